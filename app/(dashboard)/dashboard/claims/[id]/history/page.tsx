import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimActionButton } from "@/components/dashboard/ClaimActionButton";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requireActor } from "@/lib/auth/actor";
import { formatDay } from "@/lib/format/dates";
import { findClaimForStaff } from "@/lib/claims/dashboard-queries";
import { claimValueDescriber, contentDiffers, diffSnapshots } from "@/lib/claims/history";
import { SnapshotDiff } from "@/components/dashboard/SnapshotDiff";
import {
  isAssignmentEvent,
  isChecklistEvent,
  isLinkEvent,
  loadClaimHistory,
  type AssignmentEvent,
  type ChecklistEvent,
  type ClaimHistoryEvent,
  type ClaimVersion,
  type LinkEvent,
  type SourceEvent,
} from "@/lib/claims/history-queries";
import { EDITABLE_STATUSES } from "@/lib/claims/workflow";
import { formatDateTime, NEWSROOM_ZONE_LABEL } from "@/lib/format/date-time";
import { roleAllows } from "@/lib/permissions";
import { isId } from "@/lib/validation/ids";
import { historyQuerySchema } from "@/lib/claims/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("history"), robots: { index: false } };
}

// Audit actions of a claim revision, named in messages under history.actions (without "claim.").
const revisionActions = [
  "create",
  "update",
  "submit",
  "withdraw",
  "approve",
  "reject",
  "request_changes",
  "retract",
  "reopen",
  "verify",
  "restore_version",
  "reassign_speaker",
  "correct",
  "delete",
  "undelete",
] as const;
type RevisionAction = (typeof revisionActions)[number];
const revisionAction = (action: string): RevisionAction | null => {
  const name = action.startsWith("claim.") ? action.slice("claim.".length) : "";
  return (revisionActions as readonly string[]).includes(name) ? (name as RevisionAction) : null;
};

type TimelineItem =
  | { kind: "version"; at: Date; version: ClaimVersion; previous: ClaimVersion | undefined }
  | { kind: "event"; at: Date; event: ClaimHistoryEvent };

export default async function ClaimHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!isId(id)) notFound();
  const actor = await requireActor();
  const claim = await findClaimForStaff(actor, id);
  if (!claim || !actor) notFound();
  const history = await loadClaimHistory(actor, id);
  const versions = history.versions;
  const latest = versions[0]!;
  const q = historyQuerySchema.parse(await searchParams);
  const toV = versions.find((r) => r.version === q.to) ?? latest;
  const fromV =
    versions.find((r) => r.version === q.from) ?? versions.find((r) => r.version === toV.version - 1) ?? toV;

  const [locale, t, tc, tField, tEnum, tChecklists, tAssignment] = await Promise.all([
    getLocale(),
    getTranslations("history"),
    getTranslations("common"),
    getTranslations("claimFields"),
    getTranslations("enums"),
    getTranslations("checklists"),
    getTranslations("assignment"),
  ]);
  const lang = locale === "en" ? "en" : "vi";
  // Stored codes in the words of the dashboard's language ("In review", not IN_REVIEW).
  const describe = claimValueDescriber(
    { speakers: history.speakerNames, topics: history.topicNames },
    lang,
    (group, value) => (tEnum.has(`${group}.${value}` as never) ? tEnum(`${group}.${value}` as never) : null),
  );
  const diff = diffSnapshots(fromV.snapshot, toV.snapshot, describe);
  const actionLabel = (action: string) => {
    const known = revisionAction(action);
    return known ? t(`actions.${known}`) : t("actions.other");
  };
  const canRestore =
    !claim.deletedAt &&
    EDITABLE_STATUSES.includes(claim.status) &&
    roleAllows(actor.role, "claim.restore_version");
  const when = (at: Date) => (
    <time dateTime={at.toISOString()} className="text-muted">
      {formatDateTime(at, lang)}
    </time>
  );

  // One timeline, newest first: the claim's versions and what happened around it (sources, links).
  const timeline: TimelineItem[] = [
    ...versions.map((v, i) => ({
      kind: "version" as const,
      at: v.createdAt,
      version: v,
      previous: versions[i + 1],
    })),
    ...history.events.map((e) => ({ kind: "event" as const, at: e.at, event: e })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  const sourceSentence = (e: SourceEvent) => {
    const source = e.article ? `${e.article.outlet}: ${e.article.title}` : t("events.unknownSource");
    return (
      <>
        {t(`events.${e.kind}`, { actor: e.actor ?? tc("system"), source })}
        {e.exact && (
          <span className="mt-0.5 block text-muted" lang="vi">
            “{e.exact.length > 160 ? `${e.exact.slice(0, 160)}…` : e.exact}”
          </span>
        )}
      </>
    );
  };
  const linkSentence = (e: LinkEvent) => {
    const relation =
      e.direction === "outgoing" ? tEnum(`linkOutgoing.${e.type}`) : tEnum(`linkIncoming.${e.type}`);
    const other = e.other
      ? `${e.other.speaker}: “${e.other.quote.length > 100 ? `${e.other.quote.slice(0, 100)}…` : e.other.quote}”`
      : t("events.unknownClaim");
    const otherId = e.other?.id;
    return t.rich(`events.${e.kind}`, {
      actor: e.actor ?? tc("system"),
      relation,
      other,
      claim: (chunks) =>
        otherId ? (
          <Link href={`/dashboard/claims/${otherId}`} className="text-accent underline" lang="vi">
            {chunks}
          </Link>
        ) : (
          <span>{chunks}</span>
        ),
    });
  };
  const checklistSentence = (e: ChecklistEvent) => (
    <>
      {tChecklists(`history.${e.kind === "checklist_checked" ? "checked" : "unchecked"}`, {
        actor: e.actor ?? tc("system"),
        item: (lang === "vi" ? e.item.labelVi : e.item.labelEn) || e.item.labelVi,
      })}
      {e.note && (
        <span className="mt-0.5 block text-muted">{tChecklists("history.note", { note: e.note })}</span>
      )}
      {e.evidenceUrl && (
        <a href={e.evidenceUrl} className="mt-0.5 block text-accent underline" rel="noopener noreferrer">
          {tChecklists("history.evidence")}
        </a>
      )}
    </>
  );
  const assignmentSentence = (e: AssignmentEvent) =>
    tAssignment("history", {
      actor: e.actor ?? tc("system"),
      editor: e.editor ?? tAssignment("nobody"),
      reviewer: e.reviewer ?? tAssignment("anyReviewer"),
      due: e.dueAt ? tAssignment("dueOn", { date: formatDay(e.dueAt, lang) }) : tAssignment("noDue"),
    });
  const eventSentence = (e: ClaimHistoryEvent) =>
    isLinkEvent(e)
      ? linkSentence(e)
      : isChecklistEvent(e)
        ? checklistSentence(e)
        : isAssignmentEvent(e)
          ? assignmentSentence(e)
          : sourceSentence(e);

  return (
    <div className="space-y-6">
      <PageHeader
        back={
          <Link href={`/dashboard/claims/${id}`} className="hover:text-accent">
            {t("back")}
          </Link>
        }
        title={t("heading", { speaker: claim.speaker.name })}
        intro={
          <p>
            {t("intro")} {t("timesIn", { zone: NEWSROOM_ZONE_LABEL })}
          </p>
        }
      />

      <Panel id="compare-heading" title={t("compareHeading")} padding="p-5">
        <form className="flex flex-wrap items-end gap-3 text-sm">
          {(
            [
              ["from", fromV.version, t("fromVersion")],
              ["to", toV.version, t("toVersion")],
            ] as const
          ).map(([name, selected, label]) => (
            <label key={name} className="flex flex-col gap-1">
              {label}
              <select
                name={name}
                defaultValue={selected}
                className="max-w-full rounded-md border border-slate-300 px-2 py-1.5"
              >
                {versions.map((r) => (
                  <option key={r.version} value={r.version}>
                    v{r.version} — {actionLabel(r.action)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button
            type="submit"
            className="rounded-md bg-accent px-3 py-2 font-medium text-white hover:bg-accent-strong"
          >
            {t("compare")}
          </button>
        </form>
        <div className="mt-4" data-testid="version-diff">
          <p className="text-sm font-medium">{t("changes", { from: fromV.version, to: toV.version })}</p>
          {diff.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("noDiff")}</p>
          ) : (
            <SnapshotDiff
              diff={diff}
              fieldLabel={(field) => tField(field)}
              words={{ added: t("added"), removed: t("removed") }}
            />
          )}
        </div>
      </Panel>

      <Panel id="versions-heading" title={t("timelineHeading")} padding="p-5">
        <ol className="-mt-1 divide-y divide-slate-100">
          {timeline.map((item) => {
            if (item.kind === "event") {
              return (
                <li key={`e-${item.event.id}`} className="py-3 text-sm" data-testid="history-event">
                  <p>{eventSentence(item.event)}</p>
                  <p className="mt-0.5 text-xs">{when(item.at)}</p>
                </li>
              );
            }
            const r = item.version;
            const previous = item.previous;
            const restorable =
              canRestore && r.version !== latest.version && contentDiffers(r.snapshot, latest.snapshot);
            return (
              <li
                key={`v-${r.version}`}
                className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm"
                data-testid={`version-${r.version}`}
              >
                <div className="min-w-0 flex-1">
                  <p>
                    <span className="font-semibold">v{r.version}</span> ·{" "}
                    {t("byActor", { action: actionLabel(r.action), actor: r.actor ?? tc("system") })}
                    {r.restoredFromVersion !== null && (
                      <> {t("restoredFrom", { version: r.restoredFromVersion })}</>
                    )}
                  </p>
                  <p className="mt-0.5 text-xs">{when(r.createdAt)}</p>
                  {r.reason && (
                    <div
                      className="mt-2 rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-amber-950"
                      data-testid="version-reason"
                    >
                      <p className="text-xs font-medium">
                        {r.action === "claim.retract" ? t("publicReason") : t("reviewerNote")}
                      </p>
                      <p className="whitespace-pre-wrap">{r.reason}</p>
                    </div>
                  )}
                  {r.publicChanges.length > 0 && r.action !== "claim.retract" && (
                    <div
                      className="mt-2 rounded-md border-l-4 border-sky-400 bg-sky-50 px-3 py-2 text-sky-950"
                      data-testid="version-public-correction"
                    >
                      <p className="text-xs font-medium">{t("publicCorrection")}</p>
                      {r.publicReason && <p className="whitespace-pre-wrap">{r.publicReason}</p>}
                    </div>
                  )}
                  <p className="mt-1 line-clamp-1 text-muted" lang="vi">
                    {r.snapshot.quote}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {previous && (
                    <Link
                      href={`?from=${previous.version}&to=${r.version}`}
                      className="text-accent hover:underline"
                    >
                      {t("diffWith", { version: previous.version })}
                    </Link>
                  )}
                  {restorable && (
                    <ClaimActionButton
                      method="POST"
                      url={`/api/claims/${id}/restore`}
                      body={{ fromVersion: r.version, version: claim.version }}
                      label={t("restore", { version: r.version })}
                      confirmText={t("restoreConfirm", { version: r.version })}
                    />
                  )}
                  {canRestore && r.version !== latest.version && !restorable && (
                    <span className="text-xs text-muted">{t("sameContent")}</span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </Panel>
    </div>
  );
}
