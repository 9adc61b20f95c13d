import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge, VerificationBadge } from "@/components/claims/StatusBadges";
import { ClaimActionButton } from "@/components/dashboard/ClaimActionButton";
import { ClaimForm } from "@/components/dashboard/ClaimForm";
import { DeadlineBadge } from "@/components/deadlines/DeadlineBadge";
import { CorrectionPanel } from "@/components/dashboard/CorrectionPanel";
import { LiveClaim } from "@/components/dashboard/LiveClaim";
import { snapshotToFormValues } from "@/lib/claims/form-values";
import { VerificationPanel } from "@/components/dashboard/VerificationPanel";
import { UnsavedChangesProvider } from "@/components/dashboard/UnsavedChanges";
import { WorkflowActions, type ApprovalSummary } from "@/components/dashboard/WorkflowActions";
import { ChecklistPanel } from "@/components/dashboard/ChecklistPanel";
import { AssignmentSection } from "@/components/dashboard/AssignmentSection";
import { WatchSection } from "@/components/dashboard/WatchSection";
import { approvalBlockersForStaff, claimChecklist } from "@/lib/checklists/queries";
import { CHECKABLE_STATUSES } from "@/lib/checklists/service";
import { AnnotationsPanel, type AnnotationView } from "@/components/dashboard/AnnotationsPanel";
import { LinksPanel } from "@/components/dashboard/LinksPanel";
import { ClaimSuggestionsSection } from "@/components/suggestions/ClaimSuggestionsSection";
import { SourcesPanel } from "@/components/dashboard/SourcesPanel";
import { SourcingSection } from "@/components/laundering/SourcingSection";

import { QuoteDriftSection } from "@/components/drift/QuoteDriftSection";
import { countIndependentChains } from "@/lib/claims/corroboration";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/actor";
import { claimFormOptions, findClaimForStaff, toClaimSnapshot } from "@/lib/claims/dashboard-queries";
import { findOpenReviewerRequest } from "@/lib/claims/history-queries";
import { availableTransitions, EDITABLE_STATUSES, transitions } from "@/lib/claims/workflow";
import { formatSaidAt } from "@/lib/format/dates";
import { formatDateTime } from "@/lib/format/date-time";
import { canDecideOnClaim, canOnClaim, roleAllows } from "@/lib/permissions";
import { countPendingChanges } from "@/lib/pending/queries";
import { quotedExcerpt, quotedText } from "@/lib/claims/quote-text";
import { isId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("claim"), robots: { index: false } };
}

export default async function ClaimDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!isId(id)) notFound();
  const claim = await findClaimForStaff(actor, id);
  if (!claim || !actor) notFound();

  const [locale, t, tEnum] = await Promise.all([
    getLocale(),
    getTranslations("claims.detail"),
    getTranslations("enums"),
  ]);
  const [tc, tPending, tReview] = await Promise.all([
    getTranslations("common"),
    getTranslations("pending"),
    getTranslations("review"),
  ]);
  // What the reviewer asked for, until the editors submit again (only the audit log holds it).
  const request = claim.deletedAt ? null : await findOpenReviewerRequest(actor, claim.id);
  // Changes to this claim's public page (links, sources) that wait for a reviewer.
  const pendingCount = await countPendingChanges({
    OR: [{ claimId: claim.id }, { kind: "LINK_CREATE", payload: { path: ["toClaimId"], equals: claim.id } }],
  });
  const snapshot = toClaimSnapshot(claim);
  const allowed = claim.deletedAt
    ? []
    : availableTransitions(claim.status).filter((t) => canOnClaim(actor, transitions[t].action, claim));
  const decisionBlocked =
    claim.status === "IN_REVIEW" && roleAllows(actor.role, "claim.approve") && !canDecideOnClaim(actor, claim)
      ? t("decisionBlocked")
      : null;
  const canEdit =
    !claim.deletedAt && EDITABLE_STATUSES.includes(claim.status) && roleAllows(actor.role, "claim.update");
  const options = await claimFormOptions(actor);
  // A published claim's content is corrected through a proposal another person approves.
  const canProposeCorrection =
    !claim.deletedAt && claim.status === "APPROVED" && roleAllows(actor.role, "claim.correct");
  const correctionWaiting =
    canProposeCorrection && (await countPendingChanges({ claimId: claim.id, kind: "CLAIM_CORRECT" })) > 0;
  const topicName = new Map(options.topics.map((tp) => [tp.slug, locale === "vi" ? tp.nameVi : tp.nameEn]));
  const links = [
    ...claim.linksFrom
      .filter((l) => !l.toClaim.deletedAt)
      .map((l) => ({
        id: l.id,
        type: l.type,
        note: l.note,
        direction: "outgoing" as const,
        other: {
          id: l.toClaim.id,
          speaker: l.toClaim.speaker.name,
          quote: l.toClaim.quote,
          status: l.toClaim.status,
        },
      })),
    ...claim.linksTo
      .filter((l) => !l.fromClaim.deletedAt)
      .map((l) => ({
        id: l.id,
        type: l.type,
        note: l.note,
        direction: "incoming" as const,
        other: {
          id: l.fromClaim.id,
          speaker: l.fromClaim.speaker.name,
          quote: l.fromClaim.quote,
          status: l.fromClaim.status,
        },
      })),
  ];
  const annotations: AnnotationView[] = claim.annotations.map((a) => ({
    id: a.id,
    body: a.body,
    visibility: a.visibility,
    author: a.author.name,
    createdAt: a.createdAt.toISOString(),
    createdLabel: formatDateTime(a.createdAt, locale),
    version: a.version,
    resolved: a.resolvedAt !== null,
    resolvedBy: a.resolvedBy?.name ?? null,
    mentions: a.mentions.map((m) => m.user.name),
    anchor:
      a.anchorTarget && a.anchorExact
        ? {
            target: a.anchorTarget,
            exact: a.anchorExact,
            start: a.anchorStart,
            end: a.anchorEnd,
            appearanceId: a.appearanceId,
          }
        : null,
    replies: a.replies.map((r) => ({
      id: r.id,
      body: r.body,
      author: r.author.name,
      createdAt: r.createdAt.toISOString(),
      createdLabel: formatDateTime(r.createdAt, locale),
      visibility: r.visibility,
      mentions: r.mentions.map((m) => m.user.name),
    })),
  }));
  // What a reviewer publishes by approving, and the notes still open (their own included).
  const approval: ApprovalSummary | null = allowed.includes("approve")
    ? {
        speaker: claim.speaker.name,
        quote: quotedExcerpt(claim.kind, claim.quote, 240),
        saidOn: formatSaidAt(claim.saidAt, claim.saidAtPrecision, locale),
        venue: claim.venue,
        sources: claim.appearances.map((a) => `${a.article.outlet.name}: ${a.article.title}`),
        verification: tEnum(`verificationStatus.${claim.verification}`),
        publicNotes: claim.annotations.filter((a) => a.visibility === "PUBLIC").length,
        links: links.filter((l) => l.other.status === "APPROVED" || l.other.status === "RETRACTED").length,
        openNotes: annotations
          .filter((a) => !a.resolved)
          .map((a) => ({
            id: a.id,
            excerpt: a.body.length > 200 ? `${a.body.slice(0, 200)}…` : a.body,
            author: a.author,
            visibility: a.visibility,
          })),
      }
    : null;

  // The verification checklist of the claim's kind, and what still blocks its approval (internal).
  const [checklist, blockers] = await Promise.all([
    claimChecklist(actor, claim.id),
    approvalBlockersForStaff(actor, claim.id),
  ]);
  const labelOf = (i: { labelVi: string; labelEn: string }) => (locale === "en" ? i.labelEn : i.labelVi);
  const checklistOpen = !claim.deletedAt && CHECKABLE_STATUSES.includes(claim.status);

  return (
    <UnsavedChangesProvider>
      <div className="space-y-6">
        <PageHeader
          back={
            <>
              <Link href="/dashboard" className="hover:text-accent">
                {t("breadcrumb")}
              </Link>{" "}
              / {claim.speaker.name}
            </>
          }
          title={t("heading", { speaker: claim.speaker.name })}
          intro={
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={claim.status} label={tEnum(`editorialStatus.${claim.status}`)} />
              <VerificationBadge
                verification={claim.verification}
                label={tEnum(`verificationStatus.${claim.verification}`)}
              />
              <span className="text-muted">
                {t.rich("versionLine", {
                  version: claim.version,
                  creator: claim.createdBy.name,
                  num: (chunks) => <span data-testid="claim-version">{chunks}</span>,
                })}
                {claim.lastEditedBy ? t("lastEditedBy", { name: claim.lastEditedBy.name }) : ""}
              </span>
            </div>
          }
          actions={
            <div className="flex flex-wrap gap-2 text-sm">
              {!claim.deletedAt && <WatchSection actor={actor} target={{ claimId: claim.id }} />}
              <Link
                href={`/dashboard/claims/${claim.id}/history`}
                className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:border-accent"
              >
                {t("history")}
              </Link>
              {(claim.status === "APPROVED" || claim.status === "RETRACTED") && !claim.deletedAt && (
                <Link
                  href={`/claims/${claim.slug}`}
                  className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:border-accent"
                >
                  {tc("publicPage")}
                </Link>
              )}
              {!claim.deletedAt && canOnClaim(actor, "claim.delete", claim) && (
                <ClaimActionButton
                  method="DELETE"
                  url={`/api/claims/${claim.id}`}
                  body={{ version: claim.version }}
                  label={t("delete")}
                  variant="danger"
                  confirmText={t("deleteConfirm")}
                  redirectTo="/dashboard"
                />
              )}
              {claim.deletedAt && roleAllows(actor.role, "claim.undelete") && (
                <ClaimActionButton
                  method="POST"
                  url={`/api/claims/${claim.id}/undelete`}
                  body={{ version: claim.version }}
                  label={t("restoreDeleted")}
                />
              )}
            </div>
          }
        />

        <LiveClaim claimId={claim.id} version={claim.version} meId={actor.id} />
        {pendingCount > 0 && (
          <Alert tone="info">
            {tPending("waiting", { count: pendingCount })}{" "}
            <Link href="/dashboard/pending" className="font-medium underline">
              {tPending("viewQueue")}
            </Link>
          </Alert>
        )}
        {claim.deletedAt && (
          <Alert tone="warn">{t("deletedOn", { date: formatDateTime(claim.deletedAt, locale) })}</Alert>
        )}
        {request && (
          <section
            aria-labelledby="reviewer-request-heading"
            className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
            data-testid="reviewer-request"
          >
            <h2 id="reviewer-request-heading" className="font-semibold">
              {tReview(request.decision === "reject" ? "rejectedBy" : "changesRequestedBy", {
                name: request.reviewer ?? tc("system"),
                date: formatDateTime(request.at, locale),
              })}
            </h2>
            {request.reason ? (
              <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-amber-400 pl-3">
                {request.reason}
              </blockquote>
            ) : (
              <p className="mt-2">{tReview("noReason")}</p>
            )}
            <p className="mt-2 text-sm">
              {tReview(request.decision === "reject" ? "nextStepRejected" : "nextStep")}
            </p>
          </section>
        )}
        {claim.status === "RETRACTED" && (
          <Alert tone="warn" title={t("retracted")}>
            {claim.retractionReason}
          </Alert>
        )}

        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            {canEdit ? (
              <div className="rounded-lg border border-slate-200 bg-white p-6">
                <ClaimForm
                  mode="edit"
                  claimId={claim.id}
                  version={claim.version}
                  initial={snapshotToFormValues(snapshot)}
                  initialDeadline={{
                    deadlineAt: snapshot.deadlineAt?.slice(0, 10) ?? "",
                    deadlinePhrase: snapshot.deadlinePhrase ?? "",
                  }}
                  speakers={options.speakers}
                  topics={options.topics}
                />
              </div>
            ) : (
              <article className="rounded-lg border border-slate-200 bg-white p-6">
                <p className="text-sm text-muted">{claim.roleHeld}</p>
                <blockquote
                  className="mt-2 font-serif text-xl leading-relaxed"
                  lang="vi"
                  data-testid="claim-quote"
                >
                  {quotedText(claim.kind, claim.quote)}
                </blockquote>
                {claim.translation && (
                  <p className="mt-3 italic text-muted" lang="en">
                    {claim.translation}
                  </p>
                )}
                <dl className="mt-4 grid grid-cols-2 gap-3 text-sm">
                  <div>
                    <dt className="text-muted">{t("saidOn")}</dt>
                    <dd>{formatSaidAt(claim.saidAt, claim.saidAtPrecision, locale)}</dd>
                  </div>
                  <div>
                    <dt className="text-muted">{t("venue")}</dt>
                    <dd>{claim.venue ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-muted">{t("kind")}</dt>
                    <dd>{tEnum(`claimKind.${claim.kind}`)}</dd>
                  </div>
                  <div>
                    <dt className="text-muted">{t("topics")}</dt>
                    <dd>{snapshot.topics.map((slug) => topicName.get(slug) ?? slug).join(", ") || "—"}</dd>
                  </div>
                </dl>
                <DeadlineBadge deadlineAt={claim.deadlineAt} />
              </article>
            )}

            {canProposeCorrection && (
              <CorrectionPanel
                claimId={claim.id}
                version={claim.version}
                initial={snapshotToFormValues(snapshot)}
                speakers={options.speakers}
                topics={options.topics}
                waiting={correctionWaiting}
              />
            )}

            <SourcesPanel
              claimId={claim.id}
              corroboration={countIndependentChains(claim.appearances.map((a) => a.chain))}
              sources={claim.appearances.map((a) => ({
                id: a.id,
                exact: a.exact,
                start: a.start,
                end: a.end,
                anchorLost: a.anchorLostAt !== null,
                article: { id: a.article.id, title: a.article.title, outletName: a.article.outlet.name },
                chain: a.chain.map((n) => ({ kind: n.kind, label: n.label })),
              }))}
              articles={options.articles}
              outlets={options.outlets}
              speakers={options.speakers}
              canManage={!claim.deletedAt && roleAllows(actor.role, "appearance.manage")}
            />
            <QuoteDriftSection
              actor={actor}
              claim={{
                id: claim.id,
                version: claim.version,
                status: claim.status,
                verification: claim.verification,
                deleted: claim.deletedAt !== null,
              }}
            />
            <LinksPanel
              claim={{ id: claim.id, speaker: claim.speaker.name }}
              links={links}
              canManage={!claim.deletedAt && roleAllows(actor.role, "link.manage")}
            />
            {!claim.deletedAt && <ClaimSuggestionsSection actor={actor} claimId={claim.id} />}
            <AnnotationsPanel
              claimId={claim.id}
              quote={claim.quote}
              annotations={annotations}
              sources={claim.appearances.map((a) => ({
                id: a.id,
                title: `${a.article.outlet.name}: ${a.article.title}`,
                text: a.article.text,
              }))}
              canPublish={roleAllows(actor.role, "annotation.publish")}
            />
          </div>

          <aside className="space-y-6" aria-label={t("asideLabel")}>
            {!claim.deletedAt && <SourcingSection actor={actor} claim={claim} />}
            {!claim.deletedAt && (
              <WorkflowActions
                claimId={claim.id}
                version={claim.version}
                status={claim.status}
                isAuthor={claim.createdById === actor.id}
                allowed={allowed}
                blockedReason={decisionBlocked}
                approval={approval}
                approvalBlockers={{
                  missingSource: blockers.missingSource,
                  items: blockers.uncheckedRequired.map(labelOf),
                }}
              />
            )}
            <AssignmentSection actor={actor} claimId={claim.id} />
            <ChecklistPanel
              claimId={claim.id}
              kindLabel={tEnum(`claimKind.${claim.kind}`)}
              items={checklist.map((i) => ({
                id: i.id,
                label: labelOf(i),
                required: i.required,
                retired: i.retired,
                check: i.check
                  ? {
                      by: i.check.by,
                      at: i.check.at.toISOString(),
                      atLabel: formatDateTime(i.check.at, locale),
                      note: i.check.note,
                      evidenceUrl: i.check.evidenceUrl,
                    }
                  : null,
              }))}
              canCheck={checklistOpen && roleAllows(actor.role, "checklist.check")}
              closed={!checklistOpen}
            />
            <VerificationPanel
              claimId={claim.id}
              version={claim.version}
              current={{
                verification: claim.verification,
                verificationUrl: claim.verificationUrl,
                verificationNote: claim.verificationNote,
              }}
              canEdit={!claim.deletedAt && roleAllows(actor.role, "claim.verify")}
              published={claim.status === "APPROVED" || claim.status === "RETRACTED"}
            />
          </aside>
        </div>
      </div>
    </UnsavedChangesProvider>
  );
}
