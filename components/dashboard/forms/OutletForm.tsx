"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/Field";
import { JsonForm, orNull } from "./JsonForm";

export function OutletForm() {
  const t = useTranslations("articles.outletForm");
  return (
    <JsonForm
      fields={{ name: t("name"), country: t("country"), url: t("website"), language: t("language") }}
      label={t("label")}
      method="POST"
      url="/api/outlets"
      submit={t("submit")}
      success={t("success")}
      toBody={(d) => ({
        name: d.get("name"),
        country: orNull(d.get("country"))?.toUpperCase() ?? null,
        url: orNull(d.get("url")),
        language: String(d.get("language") || "vi"),
      })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-4">
          <Field label={t("name")} error={f.name}>
            {(p) => <input {...p} name="name" className={inputClass} />}
          </Field>
          <Field label={t("country")} error={f.country}>
            {(p) => <input {...p} name="country" maxLength={2} className={inputClass} />}
          </Field>
          <Field label={t("website")} error={f.url}>
            {(p) => <input {...p} name="url" type="url" className={inputClass} />}
          </Field>
          <Field label={t("language")} error={f.language}>
            {(p) => <input {...p} name="language" defaultValue="vi" className={inputClass} />}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}
