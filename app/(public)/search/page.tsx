import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentLegend } from "@/components/claims/AssessmentLegend";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { Pager } from "@/components/ui/Pager";
import { listPublicSpeakersAndTopics } from "@/lib/claims/public-queries";
import { publicSearchSchema, searchPublishedClaims } from "@/lib/search/public-search";
import { ActiveFilters } from "./ActiveFilters";
import { SearchEmpty } from "./SearchEmpty";
import { SearchFacets } from "./SearchFacets";
import { SearchMatches } from "./SearchMatches";
import { hasFilters, searchHref } from "./search-href";

export const metadata: Metadata = {
  title: "Tìm kiếm phát ngôn",
  alternates: { canonical: "/search" },
  robots: { index: false, follow: true },
};

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

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Tìm kiếm phát ngôn</h1>
      <form role="search" action="/search" className="mt-6 flex gap-2 sm:gap-3">
        <label htmlFor="search-q" className="sr-only">
          Từ khóa (có thể gõ không dấu)
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder="Ví dụ: dam phan ba ben, Donbass, Ushakov…"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-4 py-2.5"
        />
        {params.speaker && <input type="hidden" name="speaker" value={params.speaker} />}
        {params.topic && <input type="hidden" name="topic" value={params.topic} />}
        <button
          type="submit"
          className="rounded-md bg-accent px-5 py-2.5 font-medium text-white hover:bg-accent-strong"
        >
          Tìm
        </button>
      </form>
      <p className="mt-2 text-xs text-muted">
        Không cần gõ dấu: “hoa binh” tìm được “hòa bình” và “hoà bình”. Tên chủ đề và tên người nói cũng được
        tìm.
      </p>

      {!result && catalog.topics.length > 0 && (
        <section aria-labelledby="browse-heading" className="mt-8">
          <h2 id="browse-heading" className="text-lg font-semibold">
            Hoặc xem theo chủ đề
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2 text-sm">
            {[...catalog.topics]
              .sort((a, b) => b.count - a.count)
              .slice(0, 10)
              .map((t) => (
                <li key={t.slug}>
                  <Link
                    href={`/topics/${t.slug}`}
                    className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:border-accent"
                  >
                    {t.nameVi} <span className="text-muted">({t.count})</span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}

      {result && (
        // Results first in the page: on a phone the filters come after them (a link jumps there);
        // from md up they sit in a column on the right, in the same order as they are read.
        <div className="mt-6 grid gap-8 md:grid-cols-4">
          <section aria-labelledby="results-heading" className="md:col-span-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                {result.total === 0 ? "Không có kết quả" : `${result.total} kết quả`}
                {params.q ? ` cho “${params.q}”` : ""}
              </h2>
              {result.total > 0 && (
                <a href="#filters" className="text-sm text-accent underline md:hidden">
                  Lọc kết quả ↓
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
