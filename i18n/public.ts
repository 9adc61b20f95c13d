import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { cache } from "react";
import en from "../messages/en.json";
import vi from "../messages/vi.json";
import type { AppLocale } from "./locales";
import { PUBLIC_LOCALES, pathIn, unlocalizedPath } from "./public-paths";

export { PUBLIC_LOCALES, unlocalizedPath };

/**
 * The public site's words, from the same catalogue as the dashboard's (messages/*.json). Its pages
 * are cached: the same bytes for every reader of one address. So the language is part of the
 * address — Vietnamese at `/claims/…`, English at `/en/claims/…` — and never comes from a cookie:
 * translators are made from the catalogue itself and never go through next-intl's request
 * configuration (i18n/request.ts), which reads the `locale` cookie and would make every page that
 * asks for it dynamic.
 *
 * Which language a render is in is kept per request (React's `cache`): the English layout and
 * pages (app/(en)/en) set it before anything renders, and every public component reads it through
 * `publicTranslator`, `publicLocale` and `localePath` without a prop threaded through the tree.
 * Outside a render (feeds, route handlers) it is always Vietnamese.
 */
export const PUBLIC_LOCALE: AppLocale = "vi";
/** OpenGraph's locale names. */
export const OPEN_GRAPH_LOCALE: Record<AppLocale, string> = { vi: "vi_VN", en: "en_GB" };

const requestLocale = cache((): { current: AppLocale } => ({ current: PUBLIC_LOCALE }));

/** Called first by every English layout, page and metadata function (app/(en)/en). */
export function setPublicLocale(locale: AppLocale): void {
  requestLocale().current = locale;
}

/** The language of the public page being rendered. */
export function publicLocale(): AppLocale {
  return requestLocale().current;
}

/** A public path ("/claims/x") in the language being rendered ("/en/claims/x" in English). */
export function localePath(path: string, locale: AppLocale = publicLocale()): string {
  return pathIn(locale, path);
}

/**
 * A public URL of this site in the language being rendered: a path ("/claims/x" →
 * "/en/claims/x") or an absolute URL ("https://…/claims/x" → "https://…/en/claims/x").
 */
export function localeUrl(url: string, locale: AppLocale = publicLocale()): string {
  if (url.startsWith("/")) {
    const [path = "/", query] = url.split(/(?=\?)/, 2);
    return localePath(unlocalizedPath(path), locale) + (query ?? "");
  }
  const parsed = new URL(url);
  return `${parsed.origin}${localePath(unlocalizedPath(parsed.pathname), locale)}${parsed.search}`;
}

/**
 * `alternates` for a page's metadata: its canonical address in the language being rendered, and
 * the same page in every public language (hreflang, both ways), `x-default` being Vietnamese.
 */
export function languageAlternates(path: string): {
  canonical: string;
  languages: Record<string, string>;
} {
  const base = unlocalizedPath(path);
  return {
    canonical: localePath(base),
    languages: {
      ...Object.fromEntries(PUBLIC_LOCALES.map((l) => [l, localePath(base, l)])),
      "x-default": base,
    },
  };
}

type Catalogue = typeof vi;
type Namespace = NamespaceKeys<Catalogue, NestedKeyOf<Catalogue>>;
const catalogues: Record<AppLocale, Catalogue> = { vi, en };

function translator<N extends Namespace>(namespace: N, locale: AppLocale) {
  // Dates are formatted by lib/format/dates (calendar dates, UTC), like the dashboard's.
  return createTranslator({ locale, messages: catalogues[locale], namespace, timeZone: "UTC" });
}

// One translator per language and namespace for the process: each keeps the messages it has parsed.
const made = new Map<string, unknown>();

/**
 * The translator for one part of the public site, e.g. `publicTranslator("public.search")`, in the
 * language being rendered (or the one named).
 */
export function publicTranslator<N extends Namespace>(
  namespace: N,
  locale: AppLocale = publicLocale(),
): ReturnType<typeof translator<N>> {
  const key = `${locale}:${namespace}`;
  let t = made.get(key) as ReturnType<typeof translator<N>> | undefined;
  if (!t) {
    t = translator(namespace, locale);
    made.set(key, t);
  }
  return t;
}

/** The Vietnamese or the English of a value stored in both (a topic's name, a rating's label). */
export function inPublicLocale<T>(vietnamese: T, english: T): T {
  return publicLocale() === "en" ? english : vietnamese;
}

/** A flag as an ICU `select` argument ("{approximate, select, yes {About } other {}}"). */
export function yesNo(flag: boolean): "yes" | "no" {
  return flag ? "yes" : "no";
}
