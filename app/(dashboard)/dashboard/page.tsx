import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { StatusBadge, VerificationBadge } from "@/components/claims/StatusBadges";
import { requireActor } from "@/lib/auth/actor";
import { claimFormOptions, countClaimsByStatus, listClaimsForStaff, STAFF_SORTS } from "@/lib/claims/dashboard-queries";
import { EditorialStatus, LinkType, VerificationStatus } from "@/lib/generated/prisma/enums";
import { roleAllows } from "@/lib/permissions";
import { formatDateTime } from "@/lib/format/date-time";
import { ID_PATTERN } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("claims"), robots: { index: false } };
}

const filterSchema = z.object({
  status: z.enum(EditorialStatus).optional().catch(undefined),
  view: z.enum(["review-queue", "my-drafts", "changes-requested", "deleted"]).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  verification: z.enum(VerificationStatus).optional().catch(undefined),
  speaker: z.string().regex(ID_PATTERN).optional().catch(undefined),
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  outlet: z.string().regex(ID_PATTERN).optional().catch(undefined),
  linkType: z.enum(LinkType).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  sort: z.enum(STAFF_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * Saved views, each for the role whose work it lists: reviewers have no drafts, editors decide on
 * no reviews. "Changes requested" is a status chip already (a second chip with the same name
 * listed the same claims), so it is not offered as a view; old links to it still work.
 */
const viewsFor = (role: Parameters<typeof roleAllows>[0]) =>
  [
    ...(roleAllows(role, "claim.approve") ? (["review-queue"] as const) : []),
    ...(roleAllows(role, "claim.create") ? (["my-drafts"] as const) : []),
    ...(roleAllows(role, "claim.undelete") ? (["deleted"] as const) : []),
  ] as const;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const filter = filterSchema.parse(await searchParams);
  if (filter.view === "deleted" && !roleAllows(actor.role, "claim.undelete")) filter.view = undefined;
  if (filter.view === "changes-requested") {
    filter.view = undefined;
    filter.status = "CHANGES_REQUESTED";
  }
  const [{ claims, total, pages }, counts, options] = await Promise.all([listClaimsForStaff(actor, filter), countClaimsByStatus(actor), claimFormOptions(actor)]);
  const [locale, t, tEnum, tc] = await Promise.all([getLocale(), getTranslations("claims.list"), getTranslations("enums"), getTranslations("common")]);
  const topicName = (topic: { nameVi: string; nameEn: string }) => (locale === "vi" ? topic.nameVi : topic.nameEn);
  const qs = (extra: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    const { page: _page, ...rest } = filter;
    for (const [k, v] of Object.entries({ ...rest, ...extra })) if (v !== undefined && v !== "") p.set(k, String(v));
    return `?${p.toString()}`;
  };

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-sm text-muted">{t("matching", { count: total })}</p>
        </div>

      </div>

      <form role="search" aria-label={t("filterLabel")} className="mt-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        {filter.view && <input type="hidden" name="view" value={filter.view} />}
        <label className="flex flex-col gap-1 text-xs font-medium text-muted sm:col-span-2">
          {t("text")}
          <input name="q" defaultValue={filter.q} placeholder={t("textPlaceholder")} className={selectClass} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("status")}
          <select name="status" defaultValue={filter.status ?? ""} className={selectClass}>
            <option value="">{tc("any")}</option>
            {(Object.keys(counts) as (keyof typeof counts)[]).map((s) => (
              <option key={s} value={s}>
                {tEnum(`editorialStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("verification")}
          <select name="verification" defaultValue={filter.verification ?? ""} className={selectClass}>
            <option value="">{tc("any")}</option>
            {Object.values(VerificationStatus).map((v) => (
              <option key={v} value={v}>
                {tEnum(`verificationStatus.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("speaker")}
          <select name="speaker" defaultValue={filter.speaker ?? ""} className={selectClass}>
            <option value="">{tc("any")}</option>
            {options.speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("topic")}
          <select name="topic" defaultValue={filter.topic ?? ""} className={selectClass}>
            <option value="">{tc("any")}</option>
            {[...options.topics].sort((a, b) => topicName(a).localeCompare(topicName(b), locale)).map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topicName(topic)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("outlet")}
          <select name="outlet" defaultValue={filter.outlet ?? ""} className={selectClass}>
            <option value="">{tc("any")}</option>
            {options.outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("hasLink")}
          <select name="linkType" defaultValue={filter.linkType ?? ""} className={selectClass}>
            <option value="">{tc("any")}</option>
            {Object.values(LinkType).map((l) => (
              <option key={l} value={l}>
                {tEnum(`linkType.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("saidFrom")}
          <input type="date" name="from" defaultValue={filter.from} className={selectClass} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("saidUntil")}
          <input type="date" name="to" defaultValue={filter.to} className={selectClass} />
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          {t("sort")}
          <select name="sort" defaultValue={filter.sort ?? "updated"} className={selectClass}>
            {STAFF_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong">
            {t("apply")}
          </button>
          <Link href="/dashboard" className="px-2 py-2 text-sm text-accent hover:underline">
            {t("reset")}
          </Link>
        </div>
      </form>

      <nav aria-label={t("viewsLabel")} className="mt-5 flex flex-wrap gap-2 text-sm">
        <Link href="/dashboard" className={`rounded-full border px-3 py-1 ${!filter.status && !filter.view ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}>
          {t("all")}
        </Link>
        {viewsFor(actor.role).map((v) => (
          <Link key={v} href={`/dashboard?view=${v}`} aria-current={filter.view === v ? "page" : undefined} className={`rounded-full border px-3 py-1 ${filter.view === v ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}>
            {t(`views.${v}`)}
          </Link>
        ))}
        <span aria-hidden="true" className="mx-1 text-slate-300">
          |
        </span>
        {(Object.keys(counts) as (keyof typeof counts)[]).map((s) => (
          <Link key={s} href={`/dashboard?status=${s}`} aria-current={filter.status === s && !filter.view ? "page" : undefined} className={`rounded-full border px-3 py-1 ${filter.status === s ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}>
            {tEnum(`editorialStatus.${s}`)} <span className="text-muted">({counts[s]})</span>
          </Link>
        ))}
      </nav>

      <div className="mt-5 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("colSpeakerQuote")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("colStatus")}
              </th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">
                {t("colCreatedBy")}
              </th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">
                {t("colUpdated")}
              </th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id} className="border-b border-slate-100 align-top last:border-0 hover:bg-slate-50">
                <td className="px-4 py-3">
                  <p className="font-medium">{c.speaker.name}</p>
                  <Link href={`/dashboard/claims/${c.id}`} className="line-clamp-2 text-accent hover:underline" lang="vi">
                    {c.quote}
                  </Link>
                </td>
                <td className="px-4 py-3">
                  <div className="flex flex-col items-start gap-1">
                    <StatusBadge status={c.status} label={tEnum(`editorialStatus.${c.status}`)} />
                    <VerificationBadge verification={c.verification} label={tEnum(`verificationStatus.${c.verification}`)} />
                  </div>
                </td>
                <td className="hidden px-4 py-3 md:table-cell">{c.createdBy.name}</td>
                <td className="hidden px-4 py-3 md:table-cell">
                  <time dateTime={c.updatedAt.toISOString()}>{formatDateTime(c.updatedAt, locale)}</time>
                </td>
              </tr>
            ))}
            {claims.length === 0 && (
              <tr>
                <td colSpan={4} className="px-4 py-10 text-center text-muted">
                  {t("empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      {pages > 1 && (
        <nav aria-label={tc("pagination")} className="mt-4 flex items-center justify-between text-sm">
          {filter.page > 1 ? <Link href={qs({ page: filter.page - 1 })}>{t("previous")}</Link> : <span />}
          <span className="text-muted">
            {t("pageOf", { page: filter.page, pages })}
          </span>
          {filter.page < pages ? <Link href={qs({ page: filter.page + 1 })}>{t("next")}</Link> : <span />}
        </nav>
      )}
    </>
  );
}
