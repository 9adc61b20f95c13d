import type { PublicSearchParams } from "@/lib/search/validation";
import { localePath } from "@/i18n/public";

/**
 * The search page's URL for these parameters with some changed (any change goes back to page 1),
 * in the language being rendered.
 */
export function searchHref(params: PublicSearchParams, change: Partial<PublicSearchParams>): string {
  const merged = { ...params, page: 1, ...change };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(merged))
    if (v !== undefined && v !== "" && !(k === "page" && v === 1)) p.set(k, String(v));
  const query = p.toString();
  return localePath(query ? `/search?${query}` : "/search");
}

export const NO_FILTERS = {
  speaker: undefined,
  topic: undefined,
  status: undefined,
  from: undefined,
  to: undefined,
} satisfies Partial<PublicSearchParams>;

export function hasFilters(params: PublicSearchParams): boolean {
  return Boolean(params.speaker || params.topic || params.status || params.from || params.to);
}
