import Link from "next/link";
import { inPublicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { SearchCatalog } from "@/lib/search/public-search";
import type { PublicSearchParams } from "@/lib/search/validation";
import { searchHref } from "./search-href";

/** The filters in force, each with a way to remove it, above the results (on a phone the filter list is below them). */
export function ActiveFilters({ params, catalog }: { params: PublicSearchParams; catalog: SearchCatalog }) {
  const { publicStatusLabel } = publicLabels();
  const t = publicTranslator("public.search.active");
  const chips = [
    params.speaker && {
      key: "speaker",
      label: t("speaker", {
        name: catalog.speakers.find((s) => s.slug === params.speaker)?.name ?? params.speaker,
      }),
      href: searchHref(params, { speaker: undefined }),
    },
    params.topic && {
      key: "topic",
      label: t("topic", {
        name:
          catalog.topics.find((c) => c.slug === params.topic)?.[inPublicLocale("nameVi", "nameEn")] ??
          params.topic,
      }),
      href: searchHref(params, { topic: undefined }),
    },
    params.status && {
      key: "status",
      label: publicStatusLabel[params.status],
      href: searchHref(params, { status: undefined }),
    },
    (params.from || params.to) && {
      key: "date",
      label:
        params.from && params.to && params.from.slice(0, 7) === params.to.slice(0, 7)
          ? t("month", { month: Number(params.from.slice(5, 7)), year: params.from.slice(0, 4) })
          : t("range", { from: params.from ?? "…", to: params.to ?? "…" }),
      href: searchHref(params, { from: undefined, to: undefined }),
    },
  ].filter((c): c is { key: string; label: string; href: string } => Boolean(c));
  if (chips.length === 0) return null;
  return (
    <ul aria-label={t("label")} className="mt-3 flex flex-wrap gap-2 text-sm">
      {chips.map((c) => (
        <li key={c.key}>
          <Link
            href={c.href}
            className="inline-flex items-center gap-1.5 rounded-full border border-accent bg-sky-50 px-3 py-1 hover:bg-sky-100"
          >
            {c.label}
            <span aria-hidden="true">×</span>
            <span className="sr-only">{t("remove")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
