"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

const FREQUENCIES = ["IMMEDIATE", "DAILY", "OFF"] as const;
type Frequency = (typeof FREQUENCIES)[number];

/** How often notifications come by e-mail: immediately, as a daily digest, or never. */
export function EmailPreferencesForm({ initial }: { initial: Frequency }) {
  const t = useTranslations("notifications.prefs");
  const [value, setValue] = useState<Frequency>(initial);
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useApiMutation({ fields: { emailFrequency: t("frequency") } });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const result = await run("PUT", "/api/account/notifications", { emailFrequency: value });
    if (result.ok) setSaved(true);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" aria-label={t("title")}>
      <FormError message={error?.message} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("frequency")}</legend>
        {FREQUENCIES.map((f) => (
          <label key={f} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="emailFrequency"
              value={f}
              checked={value === f}
              onChange={() => {
                setValue(f);
                setSaved(false);
              }}
            />
            {t(f)}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <p role="status" className="text-sm text-emerald-800">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
