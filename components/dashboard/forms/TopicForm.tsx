"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/Field";
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
          <Field label={t("nameVi")} error={f.nameVi}>
            {(p) => <input {...p} name="nameVi" className={inputClass} />}
          </Field>
          <Field label={t("nameEn")} error={f.nameEn}>
            {(p) => <input {...p} name="nameEn" className={inputClass} />}
          </Field>
          <Field label={t("description")} error={f.description}>
            {(p) => <input {...p} name="description" className={inputClass} />}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}
