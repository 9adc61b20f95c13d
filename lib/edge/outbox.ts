import { revalidateTag } from "next/cache";
import type { DbWriter } from "../audit/record";
import { sharedTags } from "../cache/shared-tags.mjs";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { deliverEmailEvent, EMAIL_OUTBOX_KIND } from "../notifications/email";
import { WEBHOOK_OUTBOX_KIND, webhookOutboxKind } from "../webhooks/deliver";
import { DEADLINE_REMINDER_KIND, deadlineReminderKind } from "../deadlines/remind";
import { purgeEdges } from "./purge";

/**
 * Expiring every cached copy of what a change touched, durably: the keys are written to the
 * outbox in the change's own transaction, expired right after the commit — in this server's
 * cache, in the tag state all app servers share (Redis) and at every edge (Varnish) — before the
 * change is answered, and retried by the outbox worker (lib/edge/outbox-worker.ts) for as long
 * as any part of that fails. Nothing stays stale silently.
 *
 * The same outbox carries other durable work, dispatched by the row's kind (`outboxKinds` below):
 * notification e-mails ("email", lib/notifications/email.ts) are written with the notifications
 * they carry and sent by the worker, retried with the same backoff while the mail server is down;
 * webhook deliveries ("webhook", lib/webhooks/deliver.ts) are written with the change they tell
 * of and retried on their own slower schedule, up to a limit; deadline reminders ("deadline-reminder",
 * lib/deadlines/remind.ts) are written by the deadline sweep, one per claim and due date.
 */
export const PUBLIC_INVALIDATION = "public-invalidation";

export interface PublicChange {
  /** Cache tags (= surrogate keys) of every public page that showed the change. */
  publicTags: string[];
  /** The outbox row that carries them (null when nothing public changed). */
  outboxId: string | null;
}

/** Inside the change's transaction: records the keys to expire. */
export async function queuePublicInvalidation<T extends { publicTags: string[] }>(
  tx: DbWriter,
  result: T,
): Promise<T & PublicChange> {
  const keys = [...new Set(result.publicTags)];
  if (keys.length === 0) return { ...result, publicTags: keys, outboxId: null };
  const row = await tx.outboxEvent.create({
    data: { kind: PUBLIC_INVALIDATION, payload: { keys } },
    select: { id: true },
  });
  return { ...result, publicTags: keys, outboxId: String(row.id) };
}

/** A transaction whose result names public pages it changed: the outbox row is part of it. */
export function publicChangeTransaction<T extends { publicTags: string[] }>(
  run: (tx: DbWriter) => Promise<T>,
): Promise<T & PublicChange> {
  return prisma.$transaction(async (tx) => queuePublicInvalidation(tx, await run(tx)));
}

/**
 * Expires the keys everywhere; throws (after trying every part) if any part failed.
 *
 * In order: the app servers' shared tag state first, the edges after it. The other way round, a
 * reader who misses at the edge between the two is answered by an app server that still serves
 * its pre-change copy from its own cache, and the edge, already purged, keeps that copy as fresh.
 */
export async function expireEverywhere(keys: readonly string[]): Promise<void> {
  const shared = sharedTags();
  shared.expireLocal(keys);
  for (const key of keys) {
    try {
      revalidateTag(key, { expire: 0 });
    } catch {
      // Outside a Next.js request (scripts, the worker) there is no request-bound cache to tell.
    }
  }
  const failures: string[] = [];
  // Redis down: purge the edges anyway (app servers serve nothing from their caches then), and
  // fail, so the outbox purges them again once the shared state has been written.
  await shared.expire(keys).catch((e: Error) => failures.push(`shared tag state: ${e.message}`));
  await purgeEdges(keys).catch((e: Error) => failures.push(e.message));
  if (failures.length) throw new Error(failures.join("; "));
}

/** The default retry schedule: quick (cache purges, e-mail), capped at 30 s, never giving up. */
const backoffMs = (attempts: number) => Math.min(30_000, 500 * 2 ** Math.min(attempts, 10));

/** Which attempt this is (1 = the first) and whether the row is given up if it fails. */
export interface OutboxAttempt {
  number: number;
  final: boolean;
}

/**
 * What each kind of outbox row does. `exclusiveMs`: work that must not be done twice at once
 * (an e-mail sent by two servers, or by the request's own settle and the sweep, would arrive
 * twice) first takes the row for that long — only one caller wins — and whoever wins finishes
 * it or lets the lease run out for a retry. Cache expiry is harmless to repeat and takes no lease.
 * `retry`: a kind's own schedule (delay before the next attempt, after `attempts` failures) and
 * how many attempts it gets; a row whose last attempt failed is closed (doneAt set, lastError
 * kept) — its kind records the failure where people see it (webhooks: the delivery log).
 */
export interface OutboxKind {
  run: (payload: Prisma.JsonValue, attempt: OutboxAttempt) => Promise<void>;
  exclusiveMs?: number;
  retry?: { backoffMs: (attempts: number) => number; maxAttempts: number };
}

const outboxKinds: Record<string, OutboxKind> = {
  [PUBLIC_INVALIDATION]: {
    run: async (payload) => {
      const keys = (payload as Prisma.JsonObject).keys;
      await expireEverywhere(
        Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [],
      );
    },
  },
  [EMAIL_OUTBOX_KIND]: { run: deliverEmailEvent, exclusiveMs: 120_000 },
  [WEBHOOK_OUTBOX_KIND]: webhookOutboxKind,
  // A claim's due date passed: its assignee is told (lib/deadlines/, queued by the deadline sweep).
  [DEADLINE_REMINDER_KIND]: deadlineReminderKind,
};

/**
 * Does one outbox event (if not done yet) and records the outcome. Returns true when done (or
 * when another caller holds it); on failure the row keeps the error and the time of its next
 * attempt.
 */
export async function deliverOutboxEvent(id: string): Promise<boolean> {
  const row = await prisma.outboxEvent.findUnique({ where: { id: BigInt(id) } });
  if (!row || row.doneAt) return true;
  const kind = outboxKinds[row.kind];
  const attempt: OutboxAttempt = {
    number: row.attempts + 1,
    final: kind?.retry ? row.attempts + 1 >= kind.retry.maxAttempts : false,
  };
  try {
    if (!kind) throw new Error(`unknown outbox event kind ${row.kind}`);
    if (kind.exclusiveMs) {
      const { count } = await prisma.outboxEvent.updateMany({
        where: { id: row.id, doneAt: null, nextAttemptAt: { lte: new Date() } },
        data: { nextAttemptAt: new Date(Date.now() + kind.exclusiveMs) },
      });
      if (count === 0) return true;
    }
    await kind.run(row.payload, attempt);
    await prisma.outboxEvent.update({
      where: { id: row.id },
      data: { doneAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
    return true;
  } catch (error) {
    const attempts = attempt.number;
    const delay = kind?.retry ? kind.retry.backoffMs(attempts) : backoffMs(attempts);
    await prisma.outboxEvent
      .update({
        where: { id: row.id },
        data: {
          attempts,
          lastError: String((error as Error).message).slice(0, 2000),
          nextAttemptAt: new Date(Date.now() + delay),
          ...(attempt.final ? { doneAt: new Date() } : {}),
        },
      })
      .catch(() => {});
    if (attempt.final) {
      console.warn(`outbox: event ${id} failed (attempt ${attempts}, the last): ${(error as Error).message}`);
      return true;
    }
    console.warn(`outbox: event ${id} failed (attempt ${attempts}), will retry: ${(error as Error).message}`);
    return false;
  }
}

/** Events not done whose next attempt is due (oldest first), of the kinds named (all when none). */
export async function dueOutboxEvents(
  limit = 100,
  olderThanMs = 0,
  kind?: string | string[],
): Promise<string[]> {
  const rows = await prisma.outboxEvent.findMany({
    where: {
      doneAt: null,
      ...(kind ? { kind: { in: Array.isArray(kind) ? kind : [kind] } } : {}),
      nextAttemptAt: { lte: new Date() },
      createdAt: { lte: new Date(Date.now() - olderThanMs) },
    },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => String(r.id));
}

/** Forgets events done more than a day ago. */
export async function pruneOutbox(): Promise<number> {
  const { count } = await prisma.outboxEvent.deleteMany({
    where: { doneAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } },
  });
  return count;
}
