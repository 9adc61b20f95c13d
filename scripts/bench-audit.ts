// npm run bench:audit — the cost of the audit hash chain (lib/audit/chain.ts): N concurrent
// audited claim edits (updateClaim: versioned update, revision, audit event, outbox row), timed
// with the chain's sealing trigger disabled (the audit log as it was before) and enabled, in
// alternating rounds; then the chain is verified (events written while the trigger was off are
// sealed first, in id order, as the upgrade migration seals old events).
//
// Runs on PGlite (a fresh folder) and, when BENCH_DATABASE_URL or TEST_DATABASE_URL names a local
// server, on a scratch PostgreSQL database too (several pooled connections: the writers really
// race for the chain's advisory lock there). BENCH_AUDIT_EDITS (default 50) edits per round, BENCH_AUDIT_WORKERS (10) at a time,
// BENCH_AUDIT_ROUNDS (3) rounds each way.
// Targets: median time with the chain ≤ 1.5× without it; the chain verifies afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { verifyAuditChain } from "../lib/audit/verify";
import { updateClaim } from "../lib/claims/service";
import { updateClaimSchema } from "../lib/claims/validation";
import { closeDb, prisma, useDatabase } from "../lib/db";
import type { DatabaseTarget } from "../lib/db/adapter";
import { migrateDatabase } from "../lib/db/schema-engine";
import type { Actor } from "../lib/permissions";
import { BenchReport, runBench } from "./bench/report";
import { createScratchDatabase } from "./bench/scratch-database";
import { fmt, percentile } from "./bench/stats";
import { insertSyntheticClaims } from "./bench/synthetic";

const EDITS = Number(process.env.BENCH_AUDIT_EDITS ?? 50);
const ROUNDS = Number(process.env.BENCH_AUDIT_ROUNDS ?? 3);
const WORKERS = Number(process.env.BENCH_AUDIT_WORKERS ?? process.env.DATABASE_POOL_SIZE ?? 10);
const MAX_RATIO = 1.5;

async function setSealing(on: boolean): Promise<void> {
  await prisma.$executeRawUnsafe(
    `ALTER TABLE "AuditEvent" ${on ? "ENABLE" : "DISABLE"} TRIGGER "AuditEvent_seal"`,
  );
}

/** EDITS concurrent edits, each of a different claim at its current version; ms for all. */
async function round(actor: Actor, label: string): Promise<number> {
  const claims = await prisma.claim.findMany({
    orderBy: { id: "asc" },
    take: EDITS,
    select: { id: true, version: true, speakerId: true, kind: true },
  });
  // WORKERS edits in flight at any time (the connection pool's size by default): more would only
  // wait for a connection, past Prisma's 2 s wait to start a transaction on a loaded machine.
  let next = 0;
  const edit = async (): Promise<void> => {
    for (let i = next++; i < claims.length; i = next++) {
      const c = claims[i]!;
      await updateClaim(
        actor,
        c.id,
        updateClaimSchema.parse({
          speakerId: c.speakerId,
          kind: c.kind,
          quote: `${label} ${i} — đàm phán`,
          version: c.version,
        }),
      );
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: WORKERS }, edit));
  const ms = performance.now() - started;
  return ms;
}

async function measure(report: BenchReport, name: string, target: DatabaseTarget): Promise<void> {
  await migrateDatabase(target);
  await useDatabase(target);
  await insertSyntheticClaims(prisma, { count: EDITS });
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: "bench@claimledger.test" },
    select: { id: true, role: true, name: true, email: true },
  });
  // The synthetic claims are approved; edits of drafts are what the bench times (no reason asked).
  await prisma.claim.updateMany({ data: { status: "DRAFT" } });
  await round(user, "warm-up");
  const without: number[] = [];
  const withChain: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    await setSealing(false);
    without.push(await round(user, `off ${r}`));
    await setSealing(true);
    withChain.push(await round(user, `on ${r}`));
  }
  await prisma.$executeRawUnsafe(
    `DO $$ DECLARE r record; BEGIN
       FOR r IN SELECT id FROM "AuditEvent" WHERE hash IS NULL ORDER BY id LOOP
         PERFORM public.audit_event_seal_row(r.id);
       END LOOP; END $$`,
  );
  const off = percentile(without, 50);
  const on = percentile(withChain, 50);
  console.log(
    `${name}: ${EDITS} audited edits, ${WORKERS} at a time, median of ${ROUNDS}: ${fmt(off, 0)} ms without the chain, ` +
      `${fmt(on, 0)} ms with it (${fmt((on - off) / EDITS, 2)} ms per edit)`,
  );
  report.target(`${name}: time with chain / without`, on / off, "<=", MAX_RATIO, { digits: 2 });
  const verdict = await verifyAuditChain(prisma);
  report.check(
    `${name}: chain verifies after the concurrent edits`,
    verdict.ok,
    verdict.ok ? `${verdict.count} events` : `${verdict.broken.id}: ${verdict.broken.problem}`,
  );
  await closeDb();
}

const report = new BenchReport("bench:audit");
const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-bench-audit-"));
let dropPostgres: (() => Promise<void>) | undefined;

runBench(
  "bench:audit",
  async () => {
    await measure(report, "PGlite", { kind: "pglite", dataDir: dir });
    const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (report.precondition("PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL)", !!base) && base) {
      const scratch = await createScratchDatabase(
        "bench:audit",
        base,
        process.env.BENCH_DB_PREFIX ?? "claimledger_bench_audit",
      );
      dropPostgres = scratch.drop;
      await measure(report, "PostgreSQL", scratch.target);
    }
    return report.finish();
  },
  {
    cleanUp: async () => {
      await closeDb();
      await dropPostgres?.();
      rmSync(dir, { recursive: true, force: true });
    },
  },
);
