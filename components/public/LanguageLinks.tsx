"use client";

import { usePathname } from "next/navigation";
import { PUBLIC_LOCALES, pathIn, unlocalizedPath } from "@/i18n/public-paths";
import { type AppLocale, localeNames } from "@/i18n/locales";

/**
 * The same page in the public site's other language. A client component for one reason: the
 * layout that shows it does not know which page it wraps, the browser does (the links are the same
 * for every reader of an address, so the page stays cacheable).
 */
export function LanguageLinks({ current, label }: { current: AppLocale; label: string }) {
  const base = unlocalizedPath(usePathname() ?? "/");
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-3">
        {PUBLIC_LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold text-ink" lang={locale}>
                {localeNames[locale]}
              </span>
            ) : (
              <a
                href={pathIn(locale, base)}
                hrefLang={locale}
                lang={locale}
                className="text-muted underline hover:text-accent"
              >
                {localeNames[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
