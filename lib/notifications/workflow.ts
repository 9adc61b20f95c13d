import type { DbWriter } from "../audit/record";
import type { Transition } from "../claims/workflow";
import type { NotificationKind } from "../generated/prisma/enums";
import { notifyInTx } from "./notify";

/**
 * Who hears of a claim's workflow step (inside the transition's transaction):
 * - submitted → the claim's assigned reviewer, or, when none is assigned, every active reviewer
 *   (the reviewer pool; admins may review too but are not paged for every submission);
 * - changes requested, approved, rejected, retracted → its author, its assigned editor and
 *   reviewer, and everyone watching the claim, its speaker or one of its topics, with the reason
 *   typed with the decision.
 * Withdrawing and reopening concern only the author's own work and tell nobody. The actor is
 * never told (notifyInTx).
 */
const decisionKinds: Partial<Record<Transition, NotificationKind>> = {
  request_changes: "CHANGES_REQUESTED",
  approve: "APPROVED",
  reject: "REJECTED",
  retract: "RETRACTED",
};

export async function notifyTransitionInTx(
  tx: DbWriter,
  input: { transition: Transition; claimId: string; actorId: string; reason: string | null | undefined },
): Promise<string[]> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: input.claimId },
    select: {
      createdById: true,
      assignedEditorId: true,
      assignedReviewerId: true,
      speakerId: true,
      topics: { select: { topicId: true } },
    },
  });
  const base = { actorId: input.actorId, claimId: input.claimId, note: input.reason ?? null };
  if (input.transition === "submit") {
    const recipientIds = claim.assignedReviewerId
      ? [claim.assignedReviewerId]
      : (await tx.user.findMany({ where: { role: "REVIEWER", disabledAt: null }, select: { id: true } })).map(
          (u) => u.id,
        );
    return notifyInTx(tx, { ...base, kind: "SUBMITTED", recipientIds });
  }
  const kind = decisionKinds[input.transition];
  if (!kind) return [];
  const watchers = await tx.watch.findMany({
    where: {
      OR: [
        { claimId: input.claimId },
        { speakerId: claim.speakerId },
        ...(claim.topics.length ? [{ topicId: { in: claim.topics.map((t) => t.topicId) } }] : []),
      ],
    },
    select: { userId: true },
  });
  return notifyInTx(tx, {
    ...base,
    kind,
    recipientIds: [
      claim.createdById,
      claim.assignedEditorId,
      claim.assignedReviewerId,
      ...watchers.map((w) => w.userId),
    ],
  });
}
