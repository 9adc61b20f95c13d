import type { AppLocale } from "./locales";

/**
 * The public site's languages and their addresses: Vietnamese, the site's own, at `/claims/…`,
 * English at `/en/claims/…`. Pure, safe in client components (the language links use it).
 */
export const PUBLIC_LOCALES = ["vi", "en"] as const satisfies readonly AppLocale[];
const PREFIX: Record<AppLocale, string> = { vi: "", en: "/en" };

/** A public path ("/claims/x") in one language ("/en/claims/x" in English). */
export function pathIn(locale: AppLocale, path: string): string {
  const prefix = PREFIX[locale];
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

/** The same page in the site's own language: "/en/claims/x" → "/claims/x". */
export function unlocalizedPath(path: string): string {
  for (const prefix of Object.values(PREFIX)) {
    if (!prefix) continue;
    if (path === prefix) return "/";
    if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  }
  return path;
}

/** The language a public path is in. */
export function localeOfPath(path: string): AppLocale {
  return unlocalizedPath(path) === path ? "vi" : "en";
}
