"use client";

import { useTranslations } from "next-intl";
import { TextField, UrlField } from "@/components/ui/TextField";
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
          <TextField label={t("name")} error={f.name} name="name" />
          <TextField label={t("country")} error={f.country} name="country" maxLength={2} />
          <UrlField label={t("website")} error={f.url} name="url" />
          <TextField label={t("language")} error={f.language} name="language" defaultValue="vi" />
        </div>
      )}
    </JsonForm>
  );
}
