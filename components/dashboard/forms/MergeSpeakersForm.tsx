"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, NamedOptions } from "@/components/ui/Field";
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
          <Field label={t("source")} error={f.sourceId}>
            {(p) => (
              <select {...p} name="sourceId" className={inputClass}>
                <NamedOptions items={speakers} />
              </select>
            )}
          </Field>
          <Field label={t("target")} error={f.targetId}>
            {(p) => (
              <select {...p} name="targetId" className={inputClass}>
                <NamedOptions items={speakers} />
              </select>
            )}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}
