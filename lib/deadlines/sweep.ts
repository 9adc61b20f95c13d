/**
 * The periodic look for claims whose due date has passed and whose assignee has not been reminded
 * of that date yet (run by the outbox worker: graphile-worker's cron on PostgreSQL, a timer on
 * PGlite; lib/edge/outbox-worker.ts).
 *
 * Once per date, whatever the number of servers sweeping at the same moment: a claim is taken by
 * a conditional update (`deadlineRemindedFor` set to its `deadlineAt` only where it differs), in
 * the same transaction as the outbox row that carries its reminder; a second sweeper's update
 * waits for the first one's row lock, then matches nothing. A changed date is a new date: it is
 * reminded of when it passes. The update is raw, so the claim's updatedAt (list order, the public
 * page's date) does not move: a reminder is not a change of the claim.
 */

import { prisma } from "../db";
import { deliverOutboxEvent } from "../edge/outbox";
import { passedCutoff } from "./due";
import { DEADLINE_REMINDER_KIND, type DeadlineReminderPayload } from "./remind";

/** Queues a reminder for every claim due and not reminded of its date; returns the outbox row ids. */
export async function sweepDeadlines(now = new Date(), limit = 200): Promise<string[]> {
  const due = await prisma.$queryRaw<{ id: string; deadlineAt: Date }[]>`
    SELECT id, "deadlineAt" FROM "Claim"
     WHERE "deletedAt" IS NULL AND "deadlineAt" <= ${passedCutoff(now)}
       AND "deadlineRemindedFor" IS DISTINCT FROM "deadlineAt"
     ORDER BY "deadlineAt" ASC, id ASC
     LIMIT ${limit}`;
  const queued: string[] = [];
  for (const claim of due) {
    const id = await prisma.$transaction(async (tx) => {
      const taken = await tx.$executeRaw`
        UPDATE "Claim" SET "deadlineRemindedFor" = "deadlineAt"
         WHERE id = ${claim.id} AND "deletedAt" IS NULL AND "deadlineAt" = ${claim.deadlineAt}
           AND "deadlineRemindedFor" IS DISTINCT FROM "deadlineAt"`;
      if (taken !== 1) return null;
      const payload: DeadlineReminderPayload = {
        claimId: claim.id,
        deadlineAt: claim.deadlineAt.toISOString(),
        queuedAt: new Date().toISOString(),
      };
      const row = await tx.outboxEvent.create({
        data: { kind: DEADLINE_REMINDER_KIND, payload },
        select: { id: true },
      });
      return String(row.id);
    });
    if (id) queued.push(id);
  }
  // Told now rather than at the outbox's next sweep; a failure stays in the outbox for a retry.
  for (const id of queued) await deliverOutboxEvent(id).catch(() => {});
  return queued;
}
