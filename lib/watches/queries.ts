import { prisma } from "../db";
import type { DbWriter } from "../audit/record";
import { assertRole, type Actor } from "../permissions";
import type { WatchTarget } from "./validation";

/** Whether the person watches the target (the Watch button's state). */
export async function isWatching(actor: Actor | null, target: WatchTarget): Promise<boolean> {
  assertRole(actor, "watch.manage");
  const found = await prisma.watch.findFirst({
    where: { userId: actor.id, ...target },
    select: { id: true },
  });
  return found !== null;
}

/** The ids the person watches among the given ones (a list page's buttons in one read). */
export async function watchedIds(
  actor: Actor | null,
  field: "speakerId" | "topicId" | "claimId",
  ids: string[],
): Promise<Set<string>> {
  assertRole(actor, "watch.manage");
  const rows = await prisma.watch.findMany({
    where: { userId: actor.id, [field]: { in: ids } },
    select: { claimId: true, speakerId: true, topicId: true },
  });
  return new Set(rows.map((r) => r[field]).filter((id): id is string => id !== null));
}

/** Everyone watching the claim, its speaker or one of its topics (inside a change's transaction). */
export async function claimWatcherIds(tx: DbWriter, claimId: string): Promise<string[]> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { speakerId: true, topics: { select: { topicId: true } } },
  });
  if (!claim) return [];
  const rows = await tx.watch.findMany({
    where: {
      OR: [
        { claimId },
        { speakerId: claim.speakerId },
        ...(claim.topics.length ? [{ topicId: { in: claim.topics.map((t) => t.topicId) } }] : []),
      ],
    },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}
