import { recordAudit, type DbWriter } from "../audit/record";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { claimTopic, publishLiveInTx, QUEUE_TOPIC } from "../live/publish";
import { notifyInTx } from "../notifications/notify";
import { assertRole, type Actor } from "../permissions";
import { assignmentSelect, EDITOR_ROLES, REVIEWER_ROLES } from "./queries";
import type { AssignmentInput, AssignmentSnapshot } from "./validation";

/**
 * Assignment of a claim: its editor, its reviewer and the date its decision is due. Not content,
 * so the claim's version (and its revisions) do not move; every change is audited before/after,
 * tells the people newly assigned (ASSIGNED) and the open claim pages and queue (live).
 *
 * Concurrency: the claim's row is locked for the transaction, so two reassignments run one after
 * the other; a request that names the assignment it saw (`expected`) is refused with 409 when
 * someone else changed it meanwhile. A request without `expected` is "last write wins", and both
 * writes are in the audit log.
 */
export interface AssignmentResult {
  claimId: string;
  editorId: string | null;
  reviewerId: string | null;
  dueAt: string | null;
  notified: string[];
}

interface CurrentAssignment {
  assignedEditorId: string | null;
  assignedReviewerId: string | null;
  dueAt: Date | null;
}

const snapshotOf = (c: CurrentAssignment): AssignmentSnapshot => ({
  editorId: c.assignedEditorId,
  reviewerId: c.assignedReviewerId,
  dueAt: c.dueAt?.toISOString() ?? null,
});

const sameInstant = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && new Date(a).getTime() === new Date(b).getTime());

const sameAssignment = (a: AssignmentSnapshot, b: AssignmentSnapshot) =>
  a.editorId === b.editorId && a.reviewerId === b.reviewerId && sameInstant(a.dueAt, b.dueAt);

/** The person, when active and of one of the roles; otherwise a 400 naming the field. */
async function assertAssignable(
  tx: DbWriter,
  userId: string,
  roles: readonly Role[],
  field: "editorId" | "reviewerId",
): Promise<{ id: string; name: string }> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt || !roles.includes(user.role)) {
    const what = field === "editorId" ? "an active editor or admin" : "an active reviewer or admin";
    const message = `The ${field === "editorId" ? "editor" : "reviewer"} must be ${what}.`;
    throw new AppError("VALIDATION", message, { fields: { [field]: [message] } }, "assignee_ineligible");
  }
  return user;
}

export async function setAssignment(
  actor: Actor | null,
  claimId: string,
  input: AssignmentInput,
): Promise<AssignmentResult> {
  assertRole(actor, "claim.assign");
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  return prisma.$transaction(async (tx) => {
    // Locked first: the assignment read below stays true until this change commits.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: assignmentSelect,
    });
    if (!claim || claim.deletedAt) throw new AppError("NOT_FOUND", "Claim not found.");
    const before = snapshotOf(claim);
    if (input.expected && !sameAssignment(before, input.expected)) {
      throw new AppError(
        "CONFLICT",
        "Someone else changed this claim's assignment after you opened it. Reload the page to see it, then try again.",
        { current: before },
        "assignment_changed",
      );
    }
    // A due date already past is a mistake, unless it is the one the claim already has (the
    // person changes only the assignees of an overdue claim).
    if (dueAt && dueAt.getTime() < Date.now() && !sameInstant(before.dueAt, input.dueAt)) {
      const message = "The due date is in the past. Choose today or a later date.";
      throw new AppError("VALIDATION", message, { fields: { dueAt: [message] } }, "due_in_past");
    }
    if (input.editorId) await assertAssignable(tx, input.editorId, EDITOR_ROLES, "editorId");
    if (input.reviewerId) {
      const reviewer = await assertAssignable(tx, input.reviewerId, REVIEWER_ROLES, "reviewerId");
      // Two-person rule (lib/permissions.ts canDecideOnClaim): the reviewer decides on the claim,
      // so it cannot be the person who wrote it, last edited it or is assigned to edit it.
      const role =
        reviewer.id === claim.createdById
          ? "wrote"
          : reviewer.id === claim.lastEditedById
            ? "last edited"
            : reviewer.id === input.editorId
              ? "is assigned to edit"
              : null;
      if (role) {
        const message = `Two-person rule: ${reviewer.name} ${role} this claim, so someone else must review it.`;
        throw new AppError(
          "VALIDATION",
          message,
          { fields: { reviewerId: [message] } },
          "reviewer_is_author",
        );
      }
    }
    const after: AssignmentSnapshot = {
      editorId: input.editorId,
      reviewerId: input.reviewerId,
      dueAt: dueAt?.toISOString() ?? null,
    };
    let notified: string[] = [];
    if (!sameAssignment(before, after)) {
      // Raw on purpose: Prisma's update would move updatedAt, which orders the claim lists and
      // stamps the public page — an assignment is not a change of the claim.
      await tx.$executeRaw`UPDATE "Claim" SET "assignedEditorId" = ${after.editorId}, "assignedReviewerId" = ${after.reviewerId}, "dueAt" = ${dueAt} WHERE id = ${claimId}`;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "claim.assign",
        entityType: "ClaimAssignment",
        entityId: claimId,
        before,
        after,
      });
      notified = await notifyInTx(tx, {
        kind: "ASSIGNED",
        recipientIds: [
          after.editorId !== before.editorId ? after.editorId : null,
          after.reviewerId !== before.reviewerId ? after.reviewerId : null,
        ],
        actorId: actor.id,
        claimId,
      });
      await publishLiveInTx(tx, [claimTopic(claimId), QUEUE_TOPIC], { type: "assignment", claimId });
    }
    return { claimId, ...after, notified };
  });
}
