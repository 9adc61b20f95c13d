"use client";

import { useTranslations } from "next-intl";
import { NamedOptions } from "@/components/ui/Field";
import { SelectField } from "@/components/ui/SelectField";
import { JsonForm } from "./JsonForm";

export function MergeSpeakersForm({ speakers }: { speakers: { id: string; name: string }[] }) {
  const t = useTranslations("speakers.merge");
  return (
    <JsonForm
      fields={{
        sourceId: { label: t("source"), pick: "person" },
        targetId: { label: t("target"), pick: "person" },
      }}
      label={t("label")}
      method="POST"
      url="/api/speakers/merge"
      submit={t("submit")}
      success={t("success")}
      toBody={(d) => ({ sourceId: d.get("sourceId"), targetId: d.get("targetId") })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-2">
          <SelectField label={t("source")} error={f.sourceId} name="sourceId">
            <NamedOptions items={speakers} />
          </SelectField>
          <SelectField label={t("target")} error={f.targetId} name="targetId">
            <NamedOptions items={speakers} />
          </SelectField>
        </div>
      )}
    </JsonForm>
  );
}
