"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, localeNames, locales, type AppLocale } from "@/i18n/locales";

/** Switches the dashboard language: stores the choice in a cookie and re-renders the page. */
export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: AppLocale) {
    if (next === locale) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Firefox and Safari
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <fieldset
      aria-label={t("language")}
      aria-busy={pending}
      className="min-w-0 inline-flex overflow-hidden rounded-md border border-slate-300 text-xs"
    >
      {locales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          disabled={pending}
          onClick={() => choose(l)}
          className={`px-2 py-1 font-medium ${locale === l ? "bg-accent text-white" : "bg-white text-muted hover:text-accent"}`}
        >
          {localeNames[l]}
        </button>
      ))}
    </fieldset>
  );
}
