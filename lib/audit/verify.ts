import type { PrismaClient } from "../generated/prisma/client";
import { type ChainBreak, ChainWalker } from "./chain";

export type ChainVerdict =
  | { ok: true; count: number; head: { id: string; seq: string; hash: string; createdAt: Date } | null }
  | { ok: false; count: number; broken: ChainBreak };

const eventColumns = {
  id: true,
  seq: true,
  prevHash: true,
  hash: true,
  createdAt: true,
  actorId: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
} as const;

/**
 * Walks the whole audit chain in seq order, `batch` events at a time (keyset pages: memory stays
 * bounded however long the log), recomputing every hash. The first break ends the walk. Events
 * never sealed (only possible when the sealing trigger was bypassed) are a break too.
 */
export async function verifyAuditChain(db: PrismaClient, batch = 1000): Promise<ChainVerdict> {
  const walker = new ChainWalker();
  let after: bigint | null = null;
  for (;;) {
    const rows: Awaited<ReturnType<typeof page>> = await page(after);
    for (const row of rows) {
      const broken = walker.check(row);
      if (broken) return { ok: false, count: walker.count, broken };
    }
    const last = rows.at(-1);
    if (!last || rows.length < batch) break;
    after = last.seq;
  }
  const unsealed = await db.auditEvent.findFirst({
    where: { seq: null },
    orderBy: { id: "asc" },
    select: eventColumns,
  });
  if (unsealed) {
    return {
      ok: false,
      count: walker.count,
      broken: { id: String(unsealed.id), seq: null, problem: "event is outside the chain (never sealed)" },
    };
  }
  return { ok: true, count: walker.count, head: walker.head };

  function page(from: bigint | null) {
    return db.auditEvent.findMany({
      where: from === null ? { seq: { not: null } } : { seq: { gt: from } },
      orderBy: { seq: "asc" },
      take: batch,
      select: eventColumns,
    });
  }
}
