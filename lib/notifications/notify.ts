import type { DbWriter } from "../audit/record";
import type { NotificationKind } from "../generated/prisma/enums";
import { publishLiveInTx, userTopic } from "../live/publish";
import { mailConfigured } from "../mail/transport";
import { queueEmailInTx } from "./email";

/**
 * Telling people, inside the transaction of the change that concerns them: the rows commit with
 * the change or not at all, and each recipient's open pages hear of it on commit. The actor is
 * never told of their own action; disabled accounts are told nothing. People who want e-mail
 * immediately (and only when a mail server is configured) get one queued in the outbox of the
 * same transaction; DAILY ones are gathered later by the digest (lib/notifications/email.ts).
 */
export interface NotifyInput {
  kind: NotificationKind;
  /** Who might be told; duplicates and the actor are dropped. */
  recipientIds: readonly (string | null | undefined)[];
  actorId: string | null;
  claimId?: string | null;
  annotationId?: string | null;
  note?: string | null;
}

/** Writes the notifications; returns the ids of the people told. */
export async function notifyInTx(tx: DbWriter, input: NotifyInput): Promise<string[]> {
  const wanted = [...new Set(input.recipientIds.filter((id): id is string => !!id && id !== input.actorId))];
  if (wanted.length === 0) return [];
  const active = await tx.user.findMany({
    where: { id: { in: wanted }, disabledAt: null },
    select: { id: true, emailFrequency: true },
  });
  const userIds = active.map((u) => u.id);
  if (userIds.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId,
      kind: input.kind,
      claimId: input.claimId ?? null,
      annotationId: input.annotationId ?? null,
      actorId: input.actorId,
      note: input.note ?? null,
    })),
    select: { id: true, userId: true },
  });
  if (mailConfigured()) {
    const immediate = new Set(active.filter((u) => u.emailFrequency === "IMMEDIATE").map((u) => u.id));
    for (const row of rows.filter((r) => immediate.has(r.userId)))
      await queueEmailInTx(tx, { userId: row.userId, notificationIds: [row.id], digest: false });
  }
  for (const userId of userIds) await publishLiveInTx(tx, [userTopic(userId)], { type: "notifications" });
  return userIds;
}
