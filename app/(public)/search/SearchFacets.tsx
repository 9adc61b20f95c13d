import Link from "next/link";
import { publicStatusLabel } from "@/lib/claims/labels";
import type { PublicSearchParams, PublicSearchResult } from "@/lib/search/public-search";
import { searchHref } from "./search-href";

/** The filters beside (desktop) or below (phone) the results: each a link to the filtered search. */
export function SearchFacets({
  params,
  facets,
}: {
  params: PublicSearchParams;
  facets: PublicSearchResult["facets"];
}) {
  const groups = [
    {
      title: "Người phát ngôn",
      items: facets.speakers.map((s) => ({
        key: s.slug,
        label: s.name,
        count: s.count,
        active: params.speaker === s.slug,
        link: searchHref(params, { speaker: params.speaker === s.slug ? undefined : s.slug }),
      })),
    },
    {
      title: "Chủ đề",
      items: facets.topics.map((t) => ({
        key: t.slug,
        label: t.nameVi,
        count: t.count,
        active: params.topic === t.slug,
        link: searchHref(params, { topic: params.topic === t.slug ? undefined : t.slug }),
      })),
    },
    {
      title: "Trạng thái công bố",
      items: facets.statuses.map((s) => ({
        key: s.status,
        label: publicStatusLabel[s.status],
        count: s.count,
        active: params.status === s.status,
        link: searchHref(params, { status: params.status === s.status ? undefined : s.status }),
      })),
    },
    {
      title: "Tháng",
      items: facets.months.map((m) => {
        const [y, mo] = m.month.split("-").map(Number) as [number, number];
        const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        const from = `${m.month}-01`;
        const active = params.from === from;
        return {
          key: m.month,
          label: `${mo}/${y}`,
          count: m.count,
          active,
          link: searchHref(
            params,
            active
              ? { from: undefined, to: undefined }
              : { from, to: `${m.month}-${String(last).padStart(2, "0")}` },
          ),
        };
      }),
    },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <aside id="filters" aria-label="Bộ lọc" className="scroll-mt-4 space-y-6 text-sm">
      <h2 className="text-base font-semibold md:sr-only">Bộ lọc</h2>
      {groups.map((group) => (
        <section key={group.title}>
          <h3 className="font-semibold">{group.title}</h3>
          <ul className="mt-2 space-y-1">
            {group.items.map((i) => (
              <li key={i.key}>
                <Link
                  href={i.link}
                  aria-current={i.active ? "true" : undefined}
                  className={`flex justify-between gap-2 rounded px-2 py-1 hover:bg-slate-100 ${i.active ? "bg-sky-50 font-semibold text-accent" : ""}`}
                >
                  <span>{i.label}</span>
                  <span className="text-muted">{i.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
