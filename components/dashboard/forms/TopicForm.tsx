"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";
import { JsonForm, orNull } from "./JsonForm";

export function TopicForm() {
  const t = useTranslations("topics.form");
  return (
    <JsonForm
      fields={{ nameVi: t("nameVi"), nameEn: t("nameEn"), description: t("description") }}
      label={t("label")}
      method="POST"
      url="/api/topics"
      submit={t("submit")}
      success={t("success")}
      toBody={(d) => ({
        nameVi: d.get("nameVi"),
        nameEn: d.get("nameEn"),
        description: orNull(d.get("description")),
      })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-3">
          <TextField label={t("nameVi")} error={f.nameVi} name="nameVi" />
          <TextField label={t("nameEn")} error={f.nameEn} name="nameEn" />
          <TextField label={t("description")} error={f.description} name="description" />
        </div>
      )}
    </JsonForm>
  );
}
