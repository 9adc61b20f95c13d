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

/** Watching is one row per person and target: adding it twice or removing it twice changes nothing (and audits nothing). */
async function setWatching(
  actor: Actor | null,
  target: WatchTarget,
  watching: boolean,
): Promise<WatchResult> {
  assertRole(actor, "watch.manage");
  return prisma.$transaction(async (tx) => {
    const what = await assertTargetExists(tx, target);
    const row = { userId: actor.id, ...target };
    const { count } = watching
      ? await tx.watch.createMany({ data: [row], skipDuplicates: true })
      : await tx.watch.deleteMany({ where: row });
    if (count > 0)
      await recordAudit(tx, {
        actorId: actor.id,
        action: watching ? "watch.add" : "watch.remove",
        entityType: "Watch",
        entityId: what.id,
        ...(watching ? { after: row } : { before: row }),
      });
    return { watching, changed: count > 0 };
  });
}

export const watch = (actor: Actor | null, target: WatchTarget) => setWatching(actor, target, true);
export const unwatch = (actor: Actor | null, target: WatchTarget) => setWatching(actor, target, false);
