import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import vi from "../messages/vi.json";
import type { AppLocale } from "./locales";

/**
 * The public site's words, from the same catalogue as the dashboard's (messages/*.json, namespace
 * "public"). The public site is Vietnamese and its pages are cached: the same bytes for every
 * reader. So its translator is made from the catalogue itself, for a fixed locale, and never
 * goes through next-intl's request configuration (i18n/request.ts), which reads the `locale`
 * cookie and would make every page that asks for it dynamic.
 */
export const PUBLIC_LOCALE: AppLocale = "vi";

type Catalogue = typeof vi;
type Namespace = NamespaceKeys<Catalogue, NestedKeyOf<Catalogue>>;

function translator<N extends Namespace>(namespace: N) {
  // Dates are formatted by lib/format/dates (calendar dates, UTC), like the dashboard's.
  return createTranslator({ locale: PUBLIC_LOCALE, messages: vi, namespace, timeZone: "UTC" });
}

// One translator per namespace for the process: each keeps the messages it has parsed.
const made = new Map<string, unknown>();

/** The translator for one part of the public site, e.g. `publicTranslator("public.search")`. */
export function publicTranslator<N extends Namespace>(namespace: N): ReturnType<typeof translator<N>> {
  let t = made.get(namespace) as ReturnType<typeof translator<N>> | undefined;
  if (!t) {
    t = translator(namespace);
    made.set(namespace, t);
  }
  return t;
}
