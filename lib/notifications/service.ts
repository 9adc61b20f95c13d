import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";
import { countUnreadNotifications } from "./queries";
import type { emailPreferencesSchema, MarkReadInput } from "./validation";

/**
 * Marking one's own notifications read: only the caller's rows are touched (another's id is
 * simply not among them), and marking again changes nothing. Reading state is personal and not
 * an editorial change, so it is not written to the audit log.
 */
export async function markNotificationsRead(actor: Actor | null, input: MarkReadInput) {
  assertRole(actor, "notification.read");
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count, unread: await countUnreadNotifications(actor) };
}

/** How often the caller wants notification e-mails; audited like every account change. */
export async function setEmailFrequency(actor: Actor | null, input: z.output<typeof emailPreferencesSchema>) {
  assertRole(actor, "account.notification_settings");
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { emailFrequency: true },
    });
    await tx.user.update({ where: { id: actor.id }, data: { emailFrequency: input.emailFrequency } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.notification_settings",
      entityType: "User",
      entityId: actor.id,
      before,
      after: { emailFrequency: input.emailFrequency },
    });
    return { emailFrequency: input.emailFrequency };
  });
}

export async function emailFrequencyOf(actor: Actor) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { emailFrequency: true },
  });
  return user.emailFrequency;
}
