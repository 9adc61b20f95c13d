import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentLegend } from "@/components/claims/AssessmentLegend";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { Pager } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { inPublicLocale, languageAlternates, localePath, publicTranslator, yesNo } from "@/i18n/public";
import { listPublicSpeakersAndTopics } from "@/lib/claims/public-queries";
import { searchPublishedClaims } from "@/lib/search/public-search";
import { publicSearchSchema } from "@/lib/search/validation";
import { ActiveFilters } from "./ActiveFilters";
import { SearchEmpty } from "./SearchEmpty";
import { SearchFacets } from "./SearchFacets";
import { SearchMatches } from "./SearchMatches";
import { hasFilters, searchHref } from "./search-href";

export function generateMetadata(): Metadata {
  return {
    title: publicTranslator("public.search")("title"),
    alternates: languageAlternates("/search"),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = publicSearchSchema.parse(await searchParams);
  const hasQuery = Boolean(params.q?.trim() || hasFilters(params));
  // Topic and speaker names (cached under the lists tag): matched against the query, and offered when nothing is found.
  const catalog = await listPublicSpeakersAndTopics();
  const result = hasQuery ? await searchPublishedClaims(params, catalog) : null;
  const t = publicTranslator("public.search");

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not known to every browser readers use; the role says the same */}
      <form role="search" action={localePath("/search")} className="mt-6 flex gap-2 sm:gap-3">
        <label htmlFor="search-q" className="sr-only">
          {t("queryLabel")}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-4 py-2.5"
        />
        {params.speaker && <input type="hidden" name="speaker" value={params.speaker} />}
        {params.topic && <input type="hidden" name="topic" value={params.topic} />}
        <button
          type="submit"
          className="rounded-md bg-accent px-5 py-2.5 font-medium text-white hover:bg-accent-strong"
        >
          {t("submit")}
        </button>
      </form>
      <p className="mt-2 text-xs text-muted">{t("hint")}</p>

      {!result && catalog.topics.length > 0 && (
        <Section id="browse-heading" heading="medium" title={t("browse")} className="mt-8">
          <ul className="mt-3 flex flex-wrap gap-2 text-sm">
            {[...catalog.topics]
              .sort((a, b) => b.count - a.count)
              .slice(0, 10)
              .map((t) => (
                <li key={t.slug}>
                  <Link
                    href={localePath(`/topics/${t.slug}`)}
                    className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:border-accent"
                  >
                    {inPublicLocale(t.nameVi, t.nameEn)} <span className="text-muted">({t.count})</span>
                  </Link>
                </li>
              ))}
          </ul>
        </Section>
      )}

      {result && (
        // Results first in the page: on a phone the filters come after them (a link jumps there);
        // from md up they sit in a column on the right, in the same order as they are read.
        <div className="mt-6 grid gap-8 md:grid-cols-4">
          <section aria-labelledby="results-heading" className="md:col-span-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                {params.q
                  ? t("resultsFor", {
                      count: result.total,
                      q: params.q,
                      approximate: yesNo(result.approximate),
                    })
                  : t("results", { count: result.total, approximate: yesNo(result.approximate) })}
              </h2>
              {result.total > 0 && (
                <a href="#filters" className="text-sm text-accent underline md:hidden">
                  {t("toFilters")}
                </a>
              )}
            </div>
            <ActiveFilters params={params} catalog={catalog} />
            <SearchMatches matched={result.matched} />
            {result.suggestions ? (
              <SearchEmpty params={params} terms={result.terms} suggestions={result.suggestions} />
            ) : (
              <>
                <AssessmentLegend className="mt-3" />
                <ul className="mt-4 space-y-4">
                  {result.results.map((c) => (
                    <li key={c.slug}>
                      <ClaimSummaryCard claim={c} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Pager page={params.page} pages={result.pages} href={(n) => searchHref(params, { page: n })} />
          </section>
          {result.total > 0 && <SearchFacets params={params} facets={result.facets} />}
        </div>
      )}
    </>
  );
}
