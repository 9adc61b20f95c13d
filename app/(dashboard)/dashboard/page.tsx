import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge, VerificationBadge } from "@/components/claims/StatusBadges";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { DataTable } from "@/components/ui/DataTable";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { NamedOptions } from "@/components/ui/Field";
import { FilterInput, FilterSelect } from "@/components/ui/FilterSelect";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager } from "@/components/ui/Pager";
import { yesNo } from "@/i18n/public";
import { requireActor } from "@/lib/auth/actor";
import { claimFormOptions, countClaimsByStatus, listClaimsForStaff } from "@/lib/claims/dashboard-queries";
import { STAFF_SORTS, staffListFilterSchema } from "@/lib/claims/validation";
import { LinkType, VerificationStatus } from "@/lib/generated/prisma/enums";
import { countAssignedTo, isOverdue } from "@/lib/assignments/queries";
import { roleAllows } from "@/lib/permissions";
import { formatDateTime } from "@/lib/format/date-time";
import { DeadlineBadge } from "@/components/deadlines/DeadlineBadge";
import { DeadlineViewLink } from "@/components/deadlines/DeadlineViewLink";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("claims"), robots: { index: false } };
}

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

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const filter = staffListFilterSchema.parse(await searchParams);
  if (filter.view === "deleted" && !roleAllows(actor.role, "claim.undelete")) filter.view = undefined;
  if (filter.view === "changes-requested") {
    filter.view = undefined;
    filter.status = "CHANGES_REQUESTED";
  }
  const [{ claims, total, approximate, pages }, counts, options, assigned] = await Promise.all([
    listClaimsForStaff(actor, filter),
    countClaimsByStatus(actor),
    claimFormOptions(actor),
    countAssignedTo(actor),
  ]);
  const tAssign = await getTranslations("assignment.list");
  const [locale, t, tEnum, tc] = await Promise.all([
    getLocale(),
    getTranslations("claims.list"),
    getTranslations("enums"),
    getTranslations("common"),
  ]);
  const topicName = (topic: { nameVi: string; nameEn: string }) =>
    locale === "vi" ? topic.nameVi : topic.nameEn;
  const qs = (extra: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    const { page: _page, ...rest } = filter;
    for (const [k, v] of Object.entries({ ...rest, ...extra }))
      if (v !== undefined && v !== "") p.set(k, String(v));
    return `?${p.toString()}`;
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={
          <>
            <p>{t("matching", { count: total, approximate: yesNo(approximate) })}</p>
            <p className="mt-1">
              <Link href="/dashboard?view=assigned-to-me" className="font-medium text-accent underline">
                {tAssign("homeLink", { count: assigned.open })}
              </Link>
              {assigned.overdue > 0 && (
                <span className="ml-2 rounded bg-rose-100 px-1.5 py-0.5 text-sm font-semibold text-rose-900">
                  {tAssign("homeOverdue", { count: assigned.overdue })}
                </span>
              )}
            </p>
          </>
        }
      />
      <LiveRefresh topics={["queue"]} />

      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not known to every browser a newsroom uses; the role says the same */}
      <form
        role="search"
        aria-label={t("filterLabel")}
        className="mt-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        {filter.view && <input type="hidden" name="view" value={filter.view} />}
        <FilterInput name="q" label={t("text")} value={filter.q} placeholder={t("textPlaceholder")} wide />
        <FilterSelect name="status" label={t("status")} value={filter.status} anyLabel={tc("any")}>
          <EnumOptions
            values={Object.keys(counts) as (keyof typeof counts)[]}
            label={(s) => tEnum(`editorialStatus.${s}`)}
          />
        </FilterSelect>
        <FilterSelect
          name="verification"
          label={t("verification")}
          value={filter.verification}
          anyLabel={tc("any")}
        >
          <EnumOptions values={VerificationStatus} label={(v) => tEnum(`verificationStatus.${v}`)} />
        </FilterSelect>
        <FilterSelect name="speaker" label={t("speaker")} value={filter.speaker} anyLabel={tc("any")}>
          <NamedOptions items={options.speakers} />
        </FilterSelect>
        <FilterSelect name="topic" label={t("topic")} value={filter.topic} anyLabel={tc("any")}>
          {[...options.topics]
            .sort((a, b) => topicName(a).localeCompare(topicName(b), locale))
            .map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topicName(topic)}
              </option>
            ))}
        </FilterSelect>
        <FilterSelect name="outlet" label={t("outlet")} value={filter.outlet} anyLabel={tc("any")}>
          <NamedOptions items={options.outlets} />
        </FilterSelect>
        <FilterSelect name="linkType" label={t("hasLink")} value={filter.linkType} anyLabel={tc("any")}>
          <EnumOptions values={LinkType} label={(l) => tEnum(`linkType.${l}`)} />
        </FilterSelect>
        <FilterInput type="date" name="from" label={t("saidFrom")} value={filter.from} />
        <FilterInput type="date" name="to" label={t("saidUntil")} value={filter.to} />
        <FilterSelect name="sort" label={t("sort")} value={filter.sort ?? "updated"}>
          <EnumOptions values={STAFF_SORTS} label={(s) => t(`sorts.${s}`)} />
        </FilterSelect>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong"
          >
            {t("apply")}
          </button>
          <Link href="/dashboard" className="px-2 py-2 text-sm text-accent hover:underline">
            {t("reset")}
          </Link>
        </div>
      </form>

      <nav aria-label={t("viewsLabel")} className="mt-5 flex flex-wrap gap-2 text-sm">
        <Link
          href="/dashboard"
          className={`rounded-full border px-3 py-1 ${!filter.status && !filter.view ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
        >
          {t("all")}
        </Link>
        {viewsFor(actor.role).map((v) => (
          <Link
            key={v}
            href={`/dashboard?view=${v}`}
            aria-current={filter.view === v ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${filter.view === v ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
          >
            {t(`views.${v}`)}
          </Link>
        ))}
        {(["assigned-to-me", "overdue"] as const).map((v) => (
          <Link
            key={v}
            href={`/dashboard?view=${v}`}
            aria-current={filter.view === v ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${filter.view === v ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
          >
            {tAssign(v === "overdue" ? "overdue" : "assignedToMe")}
          </Link>
        ))}
        <DeadlineViewLink current={filter.view === "deadline-passed"} />
        <span aria-hidden="true" className="mx-1 text-slate-300">
          |
        </span>
        {(Object.keys(counts) as (keyof typeof counts)[]).map((s) => (
          <Link
            key={s}
            href={`/dashboard?status=${s}`}
            aria-current={filter.status === s && !filter.view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${filter.status === s ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
          >
            {tEnum(`editorialStatus.${s}`)}{" "}
            <span className="text-muted">
              {t("statusCount", { count: counts[s].count, approximate: yesNo(counts[s].approximate) })}
            </span>
          </Link>
        ))}
      </nav>

      <div className="mt-5">
        <DataTable
          caption={t("caption")}
          rows={claims}
          rowKey={(c) => c.id}
          empty={t("empty")}
          columns={[
            {
              key: "quote",
              header: t("colSpeakerQuote"),
              cell: (c) => (
                <>
                  <p className="font-medium">{c.speaker.name}</p>
                  <Link
                    href={`/dashboard/claims/${c.id}`}
                    className="line-clamp-2 text-accent hover:underline"
                    lang="vi"
                  >
                    {c.quote}
                  </Link>
                </>
              ),
            },
            {
              key: "status",
              header: t("colStatus"),
              cell: (c) => (
                <div className="flex flex-col items-start gap-1">
                  <StatusBadge status={c.status} label={tEnum(`editorialStatus.${c.status}`)} />
                  <VerificationBadge
                    verification={c.verification}
                    label={tEnum(`verificationStatus.${c.verification}`)}
                  />
                </div>
              ),
            },
            {
              key: "assignment",
              header: tAssign("colAssignment"),
              cell: (c) => (
                <div className="space-y-0.5 text-sm">
                  {c.assignedEditor && <p>{tAssign("editorShort", { name: c.assignedEditor.name })}</p>}
                  {c.assignedReviewer && <p>{tAssign("reviewerShort", { name: c.assignedReviewer.name })}</p>}
                  <DeadlineBadge deadlineAt={c.deadlineAt} />
                  {c.dueAt && (
                    <p>
                      <time dateTime={c.dueAt.toISOString()}>{formatDateTime(c.dueAt, locale)}</time>
                      {isOverdue(c) && (
                        <span className="ml-1 rounded bg-rose-100 px-1.5 py-0.5 font-semibold text-rose-900">
                          {tAssign("overdue")}
                        </span>
                      )}
                    </p>
                  )}
                </div>
              ),
            },
            { key: "createdBy", header: t("colCreatedBy"), wideOnly: true, cell: (c) => c.createdBy.name },
            {
              key: "updated",
              header: t("colUpdated"),
              wideOnly: true,
              cell: (c) => (
                <time dateTime={c.updatedAt.toISOString()}>{formatDateTime(c.updatedAt, locale)}</time>
              ),
            },
          ]}
        />
      </div>

      <Pager
        className="mt-4"
        page={filter.page}
        pages={pages}
        href={(n) => qs({ page: n })}
        labels={{
          nav: tc("pagination"),
          previous: t("previous"),
          next: t("next"),
          // Above the counting limit the page count is estimated: "page 3 of about 28,000".
          position: (page, pages) => t(approximate ? "pageOfAbout" : "pageOf", { page, pages }),
        }}
      />
    </>
  );
}
