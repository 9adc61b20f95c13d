import Link from "next/link";
import type { ReactNode } from "react";
import { localePath, publicTranslator, yesNo } from "@/i18n/public";
import type { SearchSuggestions } from "@/lib/search/public-search";
import type { PublicSearchParams } from "@/lib/search/validation";
import { NO_FILTERS, hasFilters, searchHref } from "./search-href";
import { ChipLinks } from "./ChipLinks";

/** Nothing found: what to try next, each a link, instead of a bare "0 results". */
export function SearchEmpty({
  params,
  terms,
  suggestions,
}: {
  params: PublicSearchParams;
  terms: string[];
  suggestions: SearchSuggestions;
}) {
  const { topics, speakers, popular, fewerWords, withoutFilters } = suggestions;
  const t = publicTranslator("public.search.empty");
  const filtered = yesNo(hasFilters(params));
  const dropFilters = (words: ReactNode) => (
    <Link href={searchHref(params, NO_FILTERS)} className="text-accent underline">
      {words}
    </Link>
  );
  return (
    <div
      className="mt-4 space-y-5 rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm"
      data-testid="search-empty"
    >
      <p className="text-base">
        {terms.length ? t("noneFor", { q: params.q ?? "", filtered }) : t("none", { filtered })}
      </p>
      <div>
        <h3 className="font-semibold">{t("try")}</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {withoutFilters !== null && withoutFilters > 0 && (
            <li>
              {t.rich("dropFiltersCount", { link: dropFilters, count: withoutFilters, q: params.q ?? "" })}
            </li>
          )}
          {hasFilters(params) && withoutFilters === null && (
            <li>{t.rich("dropFilters", { link: dropFilters })}</li>
          )}
          {fewerWords && (
            <li>
              {t.rich("fewerWords", {
                q: fewerWords.q,
                count: fewerWords.total,
                link: (words) => (
                  <Link href={searchHref(params, { q: fewerWords.q })} className="text-accent underline">
                    {words}
                  </Link>
                ),
              })}
            </li>
          )}
          <li>{terms.length ? t("spellingTerms", { terms: terms.join(" ") }) : t("spelling")}</li>
          <li>{t("where")}</li>
        </ul>
      </div>
      {topics.length > 0 && (
        <div>
          <h3 className="font-semibold">{popular ? t("popularTopics") : t("similarTopics")}</h3>
          <ChipLinks items={topics} base="/topics" variant="suggestion" />
        </div>
      )}
      {speakers.length > 0 && (
        <div>
          <h3 className="font-semibold">{popular ? t("popularSpeakers") : t("similarSpeakers")}</h3>
          <ChipLinks items={speakers} base="/speakers" variant="suggestion" />
        </div>
      )}
      <p>
        {t.rich("browse", {
          topics: (words) => (
            <Link href={localePath("/topics")} className="text-accent underline">
              {words}
            </Link>
          ),
          claims: (words) => (
            <Link href={localePath("/claims")} className="text-accent underline">
              {words}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
