import { publicTranslator } from "@/i18n/public";
import type { PublicSearchResult } from "@/lib/search/public-search";
import { ChipLinks } from "./ChipLinks";

/**
 * Topics and speakers whose names hold the query, above the results: someone typing a topic's
 * name ("dam phan ba ben") is usually looking for the topic. The topics' claims are in the
 * results already (a very big topic's are not: its own page lists them); this says which, and
 * leads to their own pages. One compact box, so that on a
 * phone the results still start on the first screen.
 */
export function SearchMatches({ matched }: { matched: PublicSearchResult["matched"] }) {
  const { topics, speakers } = matched;
  if (topics.length === 0 && speakers.length === 0) return null;
  const t = publicTranslator("public.search.matches");
  return (
    <section
      aria-label={t("label")}
      className="mt-4 space-y-3 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm"
      data-testid="search-matches"
    >
      {topics.length > 0 && (
        <div>
          <p>
            <span className="font-semibold">{t("topics", { count: topics.length })}</span>
            <span className="text-muted">
              {" "}
              {topics.every((topic) => topic.inResults)
                ? t("topicsNote", { count: topics.length })
                : t("topicsLinkedNote", { count: topics.length })}
            </span>
          </p>
          <ChipLinks items={topics} base="/topics" variant="match" border="border-sky-300" />
        </div>
      )}
      {speakers.length > 0 && (
        <div>
          <p className="font-semibold">{t("speakers")}</p>
          <ChipLinks items={speakers} base="/speakers" variant="match" border="border-slate-300" />
        </div>
      )}
    </section>
  );
}
