/**
 * The staff dashboard's languages. The locale lives in the `locale` cookie (no locale in the URL);
 * the public site never reads it and stays Vietnamese. Safe to import from client components.
 */
export const locales = ["vi", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "vi";
export const LOCALE_COOKIE = "locale";

/** Each language's own name, shown in the switcher whatever the current language. */
export const localeNames: Record<AppLocale, string> = { vi: "Tiếng Việt", en: "English" };

export function toLocale(value: string | undefined | null): AppLocale {
  return locales.includes(value as AppLocale) ? (value as AppLocale) : defaultLocale;
}
