import { prisma } from "../db";
import { quotedExcerpt } from "../claims/quote-text";
import type { LinkType, PendingChangeKind } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";

export const ACTIVITY_PAGE_SIZE = 50;

/**
 * Audit actions the activity page can say in words (messages activity.events, with "." as "_").
 * Anything else is shown as "made a change", never as its code.
 */
export const DESCRIBED_ACTIONS = [
  "claim.create",
  "claim.update",
  "claim.submit",
  "claim.withdraw",
  "claim.approve",
  "claim.reject",
  "claim.request_changes",
  "claim.retract",
  "claim.reopen",
  "claim.verify",
  "claim.restore_version",
  "claim.reassign_speaker",
  "claim.correct",
  "claim.delete",
  "claim.undelete",
  "claim.assign",
  "appearance.create",
  "appearance.delete",
  "link.create",
  "link.delete",
  "annotation.create",
  "annotation.resolve",
  "annotation.reopen",
  "speaker.create",
  "speaker.update",
  "speaker.merge",
  "topic.create",
  "outlet.create",
  "article.create",
  "user.create",
  "user.update",
  "user.change_password",
  "user.sign_out",
  "pending.propose",
  "pending.approve",
  "pending.reject",
  "pending.withdraw",
] as const;
export type DescribedAction = (typeof DESCRIBED_ACTIONS)[number];

/** What an event was about, as the activity page links or names it. */
export type ActivitySubject =
  | { kind: "claim"; id: string; label: string }
  | {
      kind: "link";
      type: LinkType;
      from: { id: string; label: string } | null;
      to: { id: string; label: string } | null;
    }
  | { kind: "named"; label: string }
  | { kind: "none" };

export interface ActivityEvent {
  id: string;
  action: DescribedAction | null;
  /** For changes proposed to published pages: what kind of change. */
  pendingKind: PendingChangeKind | null;
  subject: ActivitySubject;
  actor: string | null;
  createdAt: Date;
}

const str = (row: Record<string, unknown>, key: string): string | null =>
  typeof row[key] === "string" ? (row[key] as string) : null;

/** The newsroom's recent changes, from the append-only audit log, each with what it was about. */
export async function listRecentActivity(
  actor: Actor | null,
  page: number,
): Promise<{ hasMore: boolean; events: ActivityEvent[] }> {
  assertRole(actor, "activity.read");
  const rows = await prisma.auditEvent.findMany({
    orderBy: { id: "desc" },
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  const events = rows
    .slice(0, ACTIVITY_PAGE_SIZE)
    .map((e) => ({ ...e, row: (e.after ?? e.before ?? {}) as Record<string, unknown> }));

  // Sources, comments and proposed changes belong to a claim: name the claim.
  const pendingIds = events.filter((e) => e.entityType === "PendingChange").map((e) => e.entityId);
  const pending = await prisma.pendingChange.findMany({
    where: { id: { in: pendingIds } },
    select: { id: true, kind: true, claimId: true, speaker: { select: { name: true } } },
  });
  const pendingById = new Map(pending.map((p) => [p.id, p]));
  const claimIdOf = (e: (typeof events)[number]): string | null => {
    if (e.entityType === "Claim" || e.entityType === "ClaimChecklist" || e.entityType === "ClaimAssignment")
      return e.entityId;
    if (e.entityType === "Appearance" || e.entityType === "Annotation") return str(e.row, "claimId");
    if (e.entityType === "PendingChange") return pendingById.get(e.entityId)?.claimId ?? null;
    return null;
  };
  const claimIds = new Set<string>();
  for (const e of events) {
    const id = claimIdOf(e);
    if (id) claimIds.add(id);
    if (e.entityType === "ClaimLink")
      for (const key of ["fromClaimId", "toClaimId"]) if (str(e.row, key)) claimIds.add(str(e.row, key)!);
  }
  const claims = await prisma.claim.findMany({
    where: { id: { in: [...claimIds] } },
    select: { id: true, quote: true, kind: true, speaker: { select: { name: true } } },
  });
  const labelOf = new Map(
    claims.map((c) => [c.id, `${c.speaker.name}: ${quotedExcerpt(c.kind, c.quote, 80)}`]),
  );
  const claimRef = (id: string | null) => (id && labelOf.has(id) ? { id, label: labelOf.get(id)! } : null);

  return {
    hasMore: rows.length > ACTIVITY_PAGE_SIZE,
    events: events.map((e) => {
      let subject: ActivitySubject = { kind: "none" };
      const claim = claimRef(claimIdOf(e));
      if (e.entityType === "ClaimLink") {
        subject = {
          kind: "link",
          type: e.row.type as LinkType,
          from: claimRef(str(e.row, "fromClaimId")),
          to: claimRef(str(e.row, "toClaimId")),
        };
      } else if (claim) {
        subject = { kind: "claim", ...claim };
      } else {
        const name =
          str(e.row, "name") ??
          str(e.row, "title") ??
          str(e.row, "nameVi") ??
          (e.entityType === "PendingChange" ? (pendingById.get(e.entityId)?.speaker?.name ?? null) : null);
        if (name) subject = { kind: "named", label: name };
      }
      return {
        id: String(e.id),
        action: (DESCRIBED_ACTIONS as readonly string[]).includes(e.action)
          ? (e.action as DescribedAction)
          : null,
        pendingKind: e.entityType === "PendingChange" ? (pendingById.get(e.entityId)?.kind ?? null) : null,
        subject,
        actor: e.actor?.name ?? null,
        createdAt: e.createdAt,
      };
    }),
  };
}
