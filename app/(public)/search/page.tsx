import type { Metadata } from "next";
import Link from "next/link";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { Pager } from "@/components/ui/Pager";
import { editorialStatusLabel } from "@/lib/claims/labels";
import { publicSearchSchema, searchPublishedClaims, type PublicSearchParams } from "@/lib/search/public-search";

export const metadata: Metadata = { title: "Tìm kiếm phát ngôn", alternates: { canonical: "/search" }, robots: { index: false, follow: true } };

function href(params: PublicSearchParams, change: Partial<PublicSearchParams>): string {
  const merged = { ...params, page: 1, ...change };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) p.set(k, String(v));
  return `/search?${p.toString()}`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = publicSearchSchema.parse(await searchParams);
  const hasQuery = Boolean(params.q?.trim() || params.speaker || params.topic || params.status || params.from || params.to);
  const result = hasQuery ? await searchPublishedClaims(params) : null;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Tìm kiếm phát ngôn</h1>
      <form role="search" action="/search" className="mt-6 flex flex-col gap-3 sm:flex-row">
        <label htmlFor="search-q" className="sr-only">
          Từ khóa (có thể gõ không dấu)
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          placeholder="Ví dụ: dam phan ba ben, Donbass, Ushakov…"
          className="flex-1 rounded-md border border-slate-300 bg-white px-4 py-2.5"
        />
        {params.speaker && <input type="hidden" name="speaker" value={params.speaker} />}
        {params.topic && <input type="hidden" name="topic" value={params.topic} />}
        <button type="submit" className="rounded-md bg-accent px-5 py-2.5 font-medium text-white hover:bg-accent-strong">
          Tìm
        </button>
      </form>
      <p className="mt-2 text-xs text-muted">Không cần gõ dấu: “hoa binh” tìm được “hòa bình” và “hoà bình”.</p>

      {result && (
        <div className="mt-8 grid gap-8 md:grid-cols-4">
          <aside aria-label="Bộ lọc" className="space-y-6 text-sm md:col-span-1">
            {[
              { title: "Người phát ngôn", items: result.facets.speakers.map((s) => ({ key: s.slug, label: s.name, count: s.count, active: params.speaker === s.slug, link: href(params, { speaker: params.speaker === s.slug ? undefined : s.slug }) })) },
              { title: "Chủ đề", items: result.facets.topics.map((t) => ({ key: t.slug, label: t.nameVi, count: t.count, active: params.topic === t.slug, link: href(params, { topic: params.topic === t.slug ? undefined : t.slug }) })) },
              {
                title: "Trạng thái",
                items: result.facets.statuses.map((s) => ({ key: s.status, label: editorialStatusLabel[s.status], count: s.count, active: params.status === s.status, link: href(params, { status: params.status === s.status ? undefined : s.status }) })),
              },
              {
                title: "Tháng",
                items: result.facets.months.map((m) => {
                  const [y, mo] = m.month.split("-").map(Number) as [number, number];
                  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
                  const from = `${m.month}-01`;
                  const active = params.from === from;
                  return { key: m.month, label: `${mo}/${y}`, count: m.count, active, link: href(params, active ? { from: undefined, to: undefined } : { from, to: `${m.month}-${String(last).padStart(2, "0")}` }) };
                }),
              },
            ].map((facet) =>
              facet.items.length ? (
                <section key={facet.title}>
                  <h2 className="font-semibold">{facet.title}</h2>
                  <ul className="mt-2 space-y-1">
                    {facet.items.map((i) => (
                      <li key={i.key}>
                        <Link href={i.link} aria-current={i.active ? "true" : undefined} className={`flex justify-between rounded px-2 py-1 hover:bg-slate-100 ${i.active ? "bg-sky-50 font-semibold text-accent" : ""}`}>
                          <span>{i.label}</span>
                          <span className="text-muted">{i.count}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null,
            )}
          </aside>
          <section aria-labelledby="results-heading" className="md:col-span-3">
            <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
              {result.total} kết quả{params.q ? ` cho “${params.q}”` : ""}
            </h2>
            <ul className="mt-4 space-y-4">
              {result.results.map((c) => (
                <li key={c.slug}>
                  <ClaimSummaryCard claim={c} />
                </li>
              ))}
            </ul>
            <Pager page={params.page} pages={result.pages} href={(n) => href(params, { page: n })} />
          </section>
        </div>
      )}
    </>
  );
}
