/**
 * Reads for a claim's history page and the review loop on the claim page: versions with what
 * was said with them (a reviewer's reason), and the changes around the claim that are not
 * versions of it (sources and links added or removed), all from the append-only audit log.
 */

import { prisma } from "../db";
import type { LinkType } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";
import { detailsByVersion, type VersionDetails } from "./history";
import { revisionHistorySelect, type ClaimSnapshot } from "./snapshot";

export interface ClaimVersion extends VersionDetails {
  version: number;
  action: string;
  createdAt: Date;
  actor: string | null;
  snapshot: ClaimSnapshot;
  /** Public fields this version changed on a published claim (the corrections log), and the reason readers were given. */
  publicChanges: string[];
  publicReason: string | null;
}

interface EventBase {
  /** The audit event's id. */
  id: string;
  at: Date;
  actor: string | null;
}

/** A source (an article span and its chain) added to or removed from the claim. */
export interface SourceEvent extends EventBase {
  kind: "source_added" | "source_removed";
  article: { title: string; outlet: string } | null;
  exact: string;
}

/** A link to or from another claim, added or removed. */
export interface LinkEvent extends EventBase {
  kind: "link_added" | "link_removed";
  type: LinkType;
  /** outgoing: this claim → the other one; incoming: the other one → this claim. */
  direction: "outgoing" | "incoming";
  other: { id: string; speaker: string; quote: string } | null;
}

/** A verification checklist item checked or unchecked on the claim (lib/checklists/). */
export interface ChecklistEvent extends EventBase {
  kind: "checklist_checked" | "checklist_unchecked";
  item: { labelVi: string; labelEn: string };
  note: string | null;
  evidenceUrl: string | null;
}

/** Who edits and reviews the claim, and by when, as set by someone (lib/assignments/). */
export interface AssignmentEvent extends EventBase {
  kind: "assigned";
  editor: string | null;
  /** null: any reviewer may take it. */
  reviewer: string | null;
  dueAt: Date | null;
}

export type ClaimHistoryEvent = SourceEvent | LinkEvent | ChecklistEvent | AssignmentEvent;

export const isAssignmentEvent = (e: ClaimHistoryEvent): e is AssignmentEvent => e.kind === "assigned";

export const isLinkEvent = (e: ClaimHistoryEvent): e is LinkEvent =>
  e.kind === "link_added" || e.kind === "link_removed";

export const isChecklistEvent = (e: ClaimHistoryEvent): e is ChecklistEvent =>
  e.kind === "checklist_checked" || e.kind === "checklist_unchecked";

export interface ClaimHistory {
  /** Newest first. */
  versions: ClaimVersion[];
  /** Newest first. */
  events: ClaimHistoryEvent[];
  speakerNames: Map<string, string>;
  topicNames: Map<string, { nameVi: string; nameEn: string }>;
}

const sourceActions = { "appearance.create": "source_added", "appearance.delete": "source_removed" } as const;
const linkActions = { "link.create": "link_added", "link.delete": "link_removed" } as const;
const checklistActions = {
  "checklist.check": "checklist_checked",
  "checklist.uncheck": "checklist_unchecked",
} as const;

export async function loadClaimHistory(actor: Actor | null, claimId: string): Promise<ClaimHistory> {
  assertRole(actor, "claim.read_internal");
  const [revisions, claimEvents, appearances, links] = await Promise.all([
    prisma.revision.findMany({
      where: { claimId },
      orderBy: { version: "desc" },
      select: { ...revisionHistorySelect, actor: { select: { name: true } } },
    }),
    prisma.auditEvent.findMany({
      where: { entityType: "Claim", entityId: claimId },
      orderBy: { id: "asc" },
      select: { action: true, after: true },
    }),
    // Removed sources and links too: their removal is part of the history.
    prisma.appearance.findMany({ where: { claimId }, select: { id: true, articleId: true } }),
    prisma.claimLink.findMany({
      where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
      select: { id: true, fromClaimId: true, toClaimId: true },
    }),
  ]);
  const details = detailsByVersion(revisions, claimEvents);
  const versions: ClaimVersion[] = revisions.map((r) => ({
    version: r.version,
    action: r.action,
    createdAt: r.createdAt,
    actor: r.actor?.name ?? null,
    snapshot: r.snapshot as unknown as ClaimSnapshot,
    publicChanges: r.publicChanges,
    publicReason: r.publicReason,
    ...(details.get(r.version) ?? { reason: null, restoredFromVersion: null }),
  }));

  const aroundEvents = await prisma.auditEvent.findMany({
    where: {
      OR: [
        {
          entityType: "Appearance",
          entityId: { in: appearances.map((a) => a.id) },
          action: { in: Object.keys(sourceActions) },
        },
        {
          entityType: "ClaimLink",
          entityId: { in: links.map((l) => l.id) },
          action: { in: Object.keys(linkActions) },
        },
        { entityType: "ClaimChecklist", entityId: claimId, action: { in: Object.keys(checklistActions) } },
        { entityType: "ClaimAssignment", entityId: claimId, action: "claim.assign" },
      ],
    },
    orderBy: { id: "desc" },
    select: {
      id: true,
      action: true,
      entityId: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });

  const assignedIds = aroundEvents
    .filter((e) => e.action === "claim.assign")
    .flatMap((e) => {
      const row = (e.after ?? {}) as Record<string, unknown>;
      return [row.editorId, row.reviewerId].filter((v): v is string => typeof v === "string");
    });
  const people = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: [...new Set(assignedIds)] } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const articleIds = [...new Set(appearances.map((a) => a.articleId))];
  const linkById = new Map(links.map((l) => [l.id, l]));
  const otherIds = [...new Set(links.map((l) => (l.fromClaimId === claimId ? l.toClaimId : l.fromClaimId)))];
  const speakerIds = [...new Set(versions.map((v) => v.snapshot.speakerId))];
  const topicSlugs = [...new Set(versions.flatMap((v) => v.snapshot.topics ?? []))];
  const [articles, others, speakers, topics] = await Promise.all([
    prisma.article.findMany({
      where: { id: { in: articleIds } },
      select: { id: true, title: true, outlet: { select: { name: true } } },
    }),
    prisma.claim.findMany({
      where: { id: { in: otherIds } },
      select: { id: true, quote: true, speaker: { select: { name: true } } },
    }),
    prisma.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, name: true } }),
    prisma.topic.findMany({
      where: { slug: { in: topicSlugs } },
      select: { slug: true, nameVi: true, nameEn: true },
    }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, { title: a.title, outlet: a.outlet.name }]));
  const otherById = new Map(others.map((c) => [c.id, { id: c.id, speaker: c.speaker.name, quote: c.quote }]));

  const events: ClaimHistoryEvent[] = [];
  for (const e of aroundEvents) {
    const row = (e.after ?? e.before ?? {}) as Record<string, unknown>;
    const base = { id: String(e.id), at: e.createdAt, actor: e.actor?.name ?? null };
    if (e.action in sourceActions) {
      const articleId = typeof row.articleId === "string" ? row.articleId : null;
      events.push({
        ...base,
        kind: sourceActions[e.action as keyof typeof sourceActions],
        article: articleId ? (articleById.get(articleId) ?? null) : null,
        exact: typeof row.exact === "string" ? row.exact : "",
      });
    } else if (e.action in checklistActions) {
      // The item's labels as they were when it was checked (an item may be renamed or retired since).
      const str = (v: unknown) => (typeof v === "string" ? v : null);
      events.push({
        ...base,
        kind: checklistActions[e.action as keyof typeof checklistActions],
        item: { labelVi: str(row.labelVi) ?? "", labelEn: str(row.labelEn) ?? "" },
        note: e.action === "checklist.check" ? str(row.note) : null,
        evidenceUrl: e.action === "checklist.check" ? str(row.evidenceUrl) : null,
      });
    } else if (e.action === "claim.assign") {
      const name = (v: unknown) => (typeof v === "string" ? (people.get(v) ?? null) : null);
      events.push({
        ...base,
        kind: "assigned",
        editor: name(row.editorId),
        reviewer: name(row.reviewerId),
        dueAt: typeof row.dueAt === "string" ? new Date(row.dueAt) : null,
      });
    } else if (e.action in linkActions) {
      const link = linkById.get(e.entityId);
      if (!link) continue;
      const direction = link.fromClaimId === claimId ? "outgoing" : "incoming";
      events.push({
        ...base,
        kind: linkActions[e.action as keyof typeof linkActions],
        type: row.type as LinkType,
        direction,
        other: otherById.get(direction === "outgoing" ? link.toClaimId : link.fromClaimId) ?? null,
      });
    }
  }

  return {
    versions,
    events,
    speakerNames: new Map(speakers.map((s) => [s.id, s.name])),
    topicNames: new Map(topics.map((t) => [t.slug, { nameVi: t.nameVi, nameEn: t.nameEn }])),
  };
}

/** A reviewer's decision that sent the claim back to its editors. */
export interface ReviewerRequest {
  decision: "request_changes" | "reject";
  reason: string | null;
  reviewer: string | null;
  at: Date;
}

/**
 * What a reviewer last asked the editors to do, while it is still theirs to act on: the latest
 * "request changes" or "reject" unless the claim has been submitted again since (the new
 * submission is the answer). Only the audit log holds the reason, so it is read from there.
 */
export async function findOpenReviewerRequest(
  actor: Actor | null,
  claimId: string,
): Promise<ReviewerRequest | null> {
  assertRole(actor, "claim.read_internal");
  const last = await prisma.auditEvent.findFirst({
    where: {
      entityType: "Claim",
      entityId: claimId,
      action: { in: ["claim.submit", "claim.request_changes", "claim.reject"] },
    },
    orderBy: { id: "desc" },
    select: { action: true, after: true, createdAt: true, actor: { select: { name: true } } },
  });
  if (!last || last.action === "claim.submit") return null;
  const after = (last.after ?? {}) as Record<string, unknown>;
  return {
    decision: last.action === "claim.reject" ? "reject" : "request_changes",
    reason:
      typeof after.transitionReason === "string" && after.transitionReason.trim()
        ? after.transitionReason
        : null,
    reviewer: last.actor?.name ?? null,
    at: last.createdAt,
  };
}
