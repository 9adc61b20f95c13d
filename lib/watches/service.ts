import { recordAudit, type DbWriter } from "../audit/record";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import type { WatchTarget } from "./validation";

/**
 * Watching a claim, a speaker or a topic: the watcher is told of new annotations on it
 * (lib/annotations/service.ts). Both calls are idempotent — watching twice, or unwatching what is
 * not watched, changes nothing and writes nothing — and audited when they do change something.
 * Two identical requests at once are safe: the unique (user, target) index lets one row in.
 */
export interface WatchResult {
  watching: boolean;
  changed: boolean;
}

async function assertTargetExists(tx: DbWriter, target: WatchTarget): Promise<{ type: string; id: string }> {
  if (target.claimId) {
    const c = await tx.claim.findFirst({
      where: { id: target.claimId, deletedAt: null },
      select: { id: true },
    });
    if (!c) throw new AppError("NOT_FOUND", "Claim not found.");
    return { type: "Claim", id: c.id };
  }
  if (target.speakerId) {
    const s = await tx.speaker.findFirst({
      where: { id: target.speakerId, deletedAt: null },
      select: { id: true },
    });
    if (!s) throw new AppError("NOT_FOUND", "Speaker not found.");
    return { type: "Speaker", id: s.id };
  }
  const t = await tx.topic.findUnique({ where: { id: target.topicId ?? "" }, select: { id: true } });
  if (!t) throw new AppError("NOT_FOUND", "Topic not found.");
  return { type: "Topic", id: t.id };
}

export async function watch(actor: Actor | null, target: WatchTarget): Promise<WatchResult> {
  assertRole(actor, "watch.manage");
  return prisma.$transaction(async (tx) => {
    const what = await assertTargetExists(tx, target);
    const { count } = await tx.watch.createMany({
      data: [{ userId: actor.id, ...target }],
      skipDuplicates: true,
    });
    if (count > 0)
      await recordAudit(tx, {
        actorId: actor.id,
        action: "watch.add",
        entityType: "Watch",
        entityId: what.id,
        after: { userId: actor.id, ...target },
      });
    return { watching: true, changed: count > 0 };
  });
}

export async function unwatch(actor: Actor | null, target: WatchTarget): Promise<WatchResult> {
  assertRole(actor, "watch.manage");
  return prisma.$transaction(async (tx) => {
    const what = await assertTargetExists(tx, target);
    const { count } = await tx.watch.deleteMany({ where: { userId: actor.id, ...target } });
    if (count > 0)
      await recordAudit(tx, {
        actorId: actor.id,
        action: "watch.remove",
        entityType: "Watch",
        entityId: what.id,
        before: { userId: actor.id, ...target },
      });
    return { watching: false, changed: count > 0 };
  });
}
