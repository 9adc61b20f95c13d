import { z } from "zod";
import { prisma } from "../db";
import { notifyInTx } from "../notifications/notify";

/**
 * The outbox's work for a "deadline-reminder" row (lib/edge/outbox.ts): tell the claim's assignee
 * (its assigned editor; its author when nobody is assigned) that the claim's due date has passed,
 * through the notification system (the bell, and e-mail for those who want it).
 *
 * The row is written by the sweep (./sweep.ts) in the transaction that marks the claim reminded
 * for that date, so each date gives one row. The outbox leases the row to one caller at a time;
 * should a run commit its notification and the server die before the row is marked done, the
 * retry finds the notification written since the row was queued and writes none.
 */
export const DEADLINE_REMINDER_KIND = "deadline-reminder";

const payloadSchema = z.object({
  claimId: z.string(),
  deadlineAt: z.string(),
  queuedAt: z.string(),
});
export type DeadlineReminderPayload = z.infer<typeof payloadSchema>;

export async function deliverDeadlineReminder(rawPayload: unknown): Promise<void> {
  const payload = payloadSchema.parse(rawPayload);
  await prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: payload.claimId },
      select: {
        deletedAt: true,
        deadlineAt: true,
        deadlinePhrase: true,
        assignedEditorId: true,
        createdById: true,
      },
    });
    // Deleted since, or its date moved (the new date gets its own reminder when it passes).
    if (!claim || claim.deletedAt || claim.deadlineAt?.toISOString() !== payload.deadlineAt) return;
    const already = await tx.notification.findFirst({
      where: {
        claimId: payload.claimId,
        kind: "DEADLINE_PASSED",
        createdAt: { gte: new Date(payload.queuedAt) },
      },
      select: { id: true },
    });
    if (already) return;
    const day = payload.deadlineAt.slice(0, 10);
    await notifyInTx(tx, {
      kind: "DEADLINE_PASSED",
      recipientIds: [claim.assignedEditorId ?? claim.createdById],
      actorId: null,
      claimId: payload.claimId,
      note: claim.deadlinePhrase ? `“${claim.deadlinePhrase}” → ${day}` : day,
    });
  });
}

export const deadlineReminderKind = { run: deliverDeadlineReminder, exclusiveMs: 60_000 };
