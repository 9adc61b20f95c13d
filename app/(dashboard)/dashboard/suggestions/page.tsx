import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SuggestionCard } from "@/components/suggestions/SuggestionCard";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, parsePageNumber } from "@/components/ui/Pager";
import { requirePageAction } from "@/lib/auth/actor";
import { roleAllows } from "@/lib/permissions";
import { openSuggestions, QUEUE_PAGE_SIZE } from "@/lib/suggestions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("linkSuggestions");
  return { title: t("queueTitle"), robots: { index: false } };
}

/** The queue of open suggested links (possible contradictions and position changes), newest first. */
export default async function LinkSuggestionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageAction("claim.read_internal");
  const raw = (await searchParams).page;
  const page = raw === undefined ? 1 : parsePageNumber(typeof raw === "string" ? raw : undefined);
  if (page === null) notFound();
  const [{ rows, total }, t, tc] = await Promise.all([
    openSuggestions(actor, page),
    getTranslations("linkSuggestions"),
    getTranslations("common"),
  ]);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const canDecide = roleAllows(actor.role, "suggestion.decide");
  return (
    <>
      <PageHeader
        title={t("queueTitle")}
        intro={
          <>
            <p className="mt-1">{t("queueIntro")}</p>
            <p className="mt-1" data-testid="suggestion-count">
              {t("queueCount", { count: total })}
            </p>
          </>
        }
      />
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-sm text-muted">
          {t("queueEmpty")}
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {rows.map((s) => (
            <li key={s.id}>
              <SuggestionCard suggestion={s} canDecide={canDecide} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        className="mt-4"
        page={page}
        pages={pages}
        href={(n) => `/dashboard/suggestions?page=${n}`}
        labels={{
          nav: tc("pagination"),
          previous: t("previous"),
          next: t("next"),
          position: (p, all) => t("pageOf", { page: p, pages: all }),
        }}
      />
    </>
  );
}
