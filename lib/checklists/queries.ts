import type { DbWriter } from "../audit/record";
import { prisma } from "../db";
import type { ClaimKind } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";

/** A checklist item as admins manage it and the services read it. */
export const checklistItemSelect = {
  id: true,
  kind: true,
  labelVi: true,
  labelEn: true,
  required: true,
  position: true,
  retiredAt: true,
  version: true,
} as const;

/**
 * Reads for verification checklists: what an admin has defined per claim kind, what is checked on
 * one claim, and what still stands between a claim and its approval. Checklists are internal:
 * nothing here is ever read by a public page.
 */

export interface ChecklistLabel {
  id: string;
  labelVi: string;
  labelEn: string;
}

export interface ChecklistItemRow extends ChecklistLabel {
  kind: ClaimKind;
  required: boolean;
  position: number;
  retired: boolean;
  version: number;
  /** Claims on which it is checked now (kept when the item is retired). */
  checks: number;
}

/** Every item of every kind, in checklist order (the admin page). */
export async function listChecklistItems(actor: Actor | null): Promise<ChecklistItemRow[]> {
  assertRole(actor, "checklist.manage");
  const rows = await prisma.checklistItem.findMany({
    orderBy: [{ kind: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    select: { ...checklistItemSelect, _count: { select: { checks: true } } },
  });
  return rows.map(({ retiredAt, _count, ...r }) => ({
    ...r,
    retired: retiredAt !== null,
    checks: _count.checks,
  }));
}

export interface ClaimChecklistEntry extends ChecklistLabel {
  required: boolean;
  retired: boolean;
  check: { by: string; at: Date; note: string | null; evidenceUrl: string | null } | null;
}

/**
 * The checklist of one claim: the active items of its kind, and retired ones that were checked on
 * it (a past check is never hidden). In checklist order.
 */
export async function claimChecklist(actor: Actor | null, claimId: string): Promise<ClaimChecklistEntry[]> {
  assertRole(actor, "claim.read_internal");
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { kind: true } });
  if (!claim) return [];
  const items = await prisma.checklistItem.findMany({
    where: {
      OR: [{ kind: claim.kind, retiredAt: null }, { checks: { some: { claimId } } }],
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      labelVi: true,
      labelEn: true,
      required: true,
      retiredAt: true,
      checks: {
        where: { claimId },
        select: { checkedAt: true, note: true, evidenceUrl: true, checkedBy: { select: { name: true } } },
      },
    },
  });
  return items.map(({ retiredAt, checks, ...item }) => {
    const check = checks[0];
    return {
      ...item,
      retired: retiredAt !== null,
      check: check
        ? { by: check.checkedBy.name, at: check.checkedAt, note: check.note, evidenceUrl: check.evidenceUrl }
        : null,
    };
  });
}

export interface ApprovalBlockers {
  /** No live source: no appearance that is not removed, in an article that is not deleted. */
  missingSource: boolean;
  /** Required, active items of the claim's kind not checked on it, in checklist order. */
  uncheckedRequired: ChecklistLabel[];
}

export const isApprovable = (b: ApprovalBlockers) => !b.missingSource && b.uncheckedRequired.length === 0;

/** What a claim still lacks before it may be approved (the rule is checked at approval time). */
export async function approvalBlockers(db: DbWriter, claimId: string): Promise<ApprovalBlockers> {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { kind: true } });
  const [source, unchecked] = await Promise.all([
    db.appearance.findFirst({
      where: { claimId, deletedAt: null, article: { deletedAt: null } },
      select: { id: true },
    }),
    db.checklistItem.findMany({
      where: { kind: claim.kind, required: true, retiredAt: null, checks: { none: { claimId } } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, labelVi: true, labelEn: true },
    }),
  ]);
  return { missingSource: !source, uncheckedRequired: unchecked };
}

/** approvalBlockers for a page: staff only. */
export async function approvalBlockersForStaff(
  actor: Actor | null,
  claimId: string,
): Promise<ApprovalBlockers> {
  assertRole(actor, "claim.read_internal");
  return approvalBlockers(prisma, claimId);
}
