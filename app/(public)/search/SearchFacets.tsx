import Link from "next/link";
import { inPublicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicSearchResult } from "@/lib/search/public-search";
import type { PublicSearchParams } from "@/lib/search/validation";
import { searchHref } from "./search-href";

/** The filters beside (desktop) or below (phone) the results: each a link to the filtered search. */
export function SearchFacets({
  params,
  facets,
}: {
  params: PublicSearchParams;
  facets: PublicSearchResult["facets"];
}) {
  const { publicStatusLabel } = publicLabels();
  const t = publicTranslator("public.search.facets");
  // A value of one filter: chosen, it is taken off again; otherwise it is applied.
  const toggle = (field: "speaker" | "topic" | "status", key: string, label: string, count: number) => ({
    key,
    label,
    count,
    active: params[field] === key,
    link: searchHref(params, {
      [field]: params[field] === key ? undefined : key,
    } as Partial<PublicSearchParams>),
  });
  const groups = [
    {
      title: t("speaker"),
      items: facets.speakers.map((s) => toggle("speaker", s.slug, s.name, s.count)),
    },
    {
      title: t("topic"),
      items: facets.topics.map((c) => toggle("topic", c.slug, inPublicLocale(c.nameVi, c.nameEn), c.count)),
    },
    {
      title: t("status"),
      items: facets.statuses.map((s) => toggle("status", s.status, publicStatusLabel[s.status], s.count)),
    },
    {
      title: t("month"),
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
    <aside id="filters" aria-label={t("label")} className="scroll-mt-4 space-y-6 text-sm">
      <h2 className="text-base font-semibold md:sr-only">{t("label")}</h2>
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
                  <span className="text-muted">
                    {facets.approximate ? "≈" : ""}
                    {i.count}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {facets.approximate && <p className="text-xs text-muted">{t("estimated")}</p>}
    </aside>
  );
}
