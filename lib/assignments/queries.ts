/** Reads for assignment: who may be assigned, and what "open" and "overdue" mean. */

import { prisma } from "../db";
import type { EditorialStatus, Prisma, Role } from "../generated/prisma/client";
import { assertRole, type Actor } from "../permissions";

/** A claim is waiting for a decision in these states; past its due date it is overdue. */
export const OPEN_STATUSES: readonly EditorialStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"];

export const EDITOR_ROLES: readonly Role[] = ["EDITOR", "ADMIN"];
export const REVIEWER_ROLES: readonly Role[] = ["REVIEWER", "ADMIN"];

export function isOverdue(claim: { dueAt: Date | null; status: EditorialStatus }, now = new Date()): boolean {
  return !!claim.dueAt && claim.dueAt.getTime() < now.getTime() && OPEN_STATUSES.includes(claim.status);
}

/** Claims assigned to the person (as editor or reviewer), not deleted. */
export const assignedToWhere = (userId: string): Prisma.ClaimWhereInput => ({
  OR: [{ assignedEditorId: userId }, { assignedReviewerId: userId }],
});

/** Open claims whose due date has passed. */
export const overdueWhere = (now = new Date()): Prisma.ClaimWhereInput => ({
  dueAt: { lt: now },
  status: { in: [...OPEN_STATUSES] },
});

/** Active people who may be assigned as editor and as reviewer. */
/** What the assignment rules read of a claim: who wrote and edits it, who is assigned, by when. */
export const assignmentSelect = {
  deletedAt: true,
  createdById: true,
  lastEditedById: true,
  assignedEditorId: true,
  assignedReviewerId: true,
  dueAt: true,
} satisfies Prisma.ClaimSelect;

export async function assignablePeople(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  const people = await prisma.user.findMany({
    where: { disabledAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
  return {
    editors: people.filter((p) => EDITOR_ROLES.includes(p.role)),
    reviewers: people.filter((p) => REVIEWER_ROLES.includes(p.role)),
  };
}

/** One claim's assignment, for its dashboard page. */
export async function claimAssignment(actor: Actor | null, claimId: string) {
  assertRole(actor, "claim.read_internal");
  return prisma.claim.findUnique({
    where: { id: claimId },
    select: {
      ...assignmentSelect,
      id: true,
      status: true,
      assignedEditor: { select: { id: true, name: true } },
      assignedReviewer: { select: { id: true, name: true } },
    },
  });
}

/** How many claims wait for the person, and how many of those are overdue (the dashboard's link). */
export async function countAssignedTo(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  const base: Prisma.ClaimWhereInput = { deletedAt: null, status: { in: [...OPEN_STATUSES] } };
  const [open, overdue] = await Promise.all([
    prisma.claim.count({ where: { AND: [base, assignedToWhere(actor.id)] } }),
    prisma.claim.count({ where: { AND: [base, assignedToWhere(actor.id), overdueWhere()] } }),
  ]);
  return { open, overdue };
}
