import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import type en from "../messages/en.json";
import type vi from "../messages/vi.json";
import { LOCALE_COOKIE, toLocale, type AppLocale } from "./locales";

/**
 * next-intl's per-request configuration, for the staff dashboard and the sign-in page only.
 * It reads a cookie, so it makes its caller dynamic: public (cached) pages never go through it
 * (no getTranslations, useTranslations or getLocale there); they translate with
 * `publicTranslator` (i18n/public.ts), made from the catalogue for a fixed locale.
 */
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: ((await import(`../messages/${locale}.json`)) as { default: Messages }).default,
    // Dates are formatted by lib/format/dates (calendar dates, UTC); keep next-intl's in line.
    timeZone: "UTC",
  };
});

type Messages = typeof en;

// Both catalogues must have exactly the same keys: a missing translation fails the type check.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _catalogsMatch: SameShape<Messages, typeof vi> = true;
void _catalogsMatch;

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
