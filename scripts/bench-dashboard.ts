// npm run bench:dashboard — the newsroom claims list with 100k claims in PostgreSQL (when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a local server): p50/p95 of filtered, sorted,
// paginated list queries (results page + total count + counts per state), as the dashboard runs them.
// Target (issue 4): p95 < 100 ms over every filter combination at 100k claims. Exit 2 without
// PostgreSQL or with fewer than 100k claims (BENCH_CLAIMS): the target was then not measured; exit 1
// when it is missed.
import { countClaimsByStatus, listClaimsForStaff } from "../lib/claims/dashboard-queries";
import type { StaffClaimFilter } from "../lib/claims/staff-filter-sql";
import { closeDb, prisma, useDatabase } from "../lib/db";
import { migrateDatabase } from "../lib/db/schema-engine";
import { BenchReport, runBench, PreconditionMissing } from "./bench/report";
import { createScratchDatabase } from "./bench/scratch-database";
import { benchSizes } from "./bench/sizes";
import { benchQueries, insertSyntheticClaims } from "./bench/synthetic";
import { fmt, percentile } from "./bench/stats";

const { BENCH_CLAIMS: COUNT, BENCH_ROUNDS: ROUNDS } = benchSizes({ BENCH_CLAIMS: 100_000, BENCH_ROUNDS: 3 });
const TARGET_CLAIMS = 100_000;
const TARGET_P95_MS = 100;

async function main(): Promise<number> {
  const report = new BenchReport("bench:dashboard");
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) {
    throw new PreconditionMissing(
      "PostgreSQL is missing: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a local server, e.g. BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:dashboard (the bench creates and drops its own database)",
    );
  }
  const { target, drop } = await createScratchDatabase("bench:dashboard", base, "claimledger_bench_dash");
  try {
    await migrateDatabase(target);
    await useDatabase(target);
    await insertSyntheticClaims(prisma, { count: COUNT });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "bench@claimledger.test" } });
    const actor = { id: user.id, role: "ADMIN" as const, name: user.name, email: user.email };
    const speakers = await prisma.speaker.findMany({ take: 5, select: { id: true } });
    const topics = await prisma.topic.findMany({ take: 5, select: { slug: true } });
    const words = benchQueries(11, 20);
    const filters: { name: string; f: StaffClaimFilter }[] = [
      { name: "all, recently updated", f: { page: 1 } },
      { name: "status = in review", f: { page: 1, status: "IN_REVIEW" } },
      { name: "review queue (in review, not mine)", f: { page: 1, view: "review-queue" } },
      { name: "status + verification", f: { page: 1, status: "APPROVED", verification: "UNVERIFIED" } },
      { name: "speaker, said newest first", f: { page: 1, speaker: speakers[0]!.id, sort: "said-desc" } },
      {
        name: "topic + date range",
        f: { page: 1, topic: topics[0]!.slug, from: "2024-01-01", to: "2024-12-31" },
      },
      { name: "page 50, sorted by said date", f: { page: 50, sort: "said-asc" } },
      ...words.slice(0, 10).map((q) => ({ name: `text "${q}"`, f: { page: 1, q } as StaffClaimFilter })),
      ...words.slice(10, 15).map((q, i) => ({
        name: `text "${q}" + speaker`,
        f: { page: 1, q, speaker: speakers[i % speakers.length]!.id } as StaffClaimFilter,
      })),
    ];
    for (const { f } of filters) await listClaimsForStaff(actor, f); // warm up
    const times: number[] = [];
    const byFilter = new Map<string, number[]>();
    for (let r = 0; r < ROUNDS; r++) {
      for (const { name, f } of filters) {
        const t = performance.now();
        await Promise.all([listClaimsForStaff(actor, f), countClaimsByStatus(actor)]);
        const ms = performance.now() - t;
        times.push(ms);
        byFilter.set(name, [...(byFilter.get(name) ?? []), ms]);
      }
    }
    console.log(
      `bench:dashboard: ${COUNT} claims in PostgreSQL, ${filters.length} filter combinations × ${ROUNDS} rounds (page of 25 + total + counts per state)`,
    );
    for (const [name, v] of byFilter)
      console.log(
        `  ${name.padEnd(44)} p50 ${fmt(percentile(v, 50)).padStart(7)} ms   max ${fmt(Math.max(...v)).padStart(7)} ms`,
      );
    console.log(`  ALL: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms`);
    report.precondition(
      `${TARGET_CLAIMS} claims (the target is stated at 100k)`,
      COUNT >= TARGET_CLAIMS,
      `BENCH_CLAIMS=${COUNT}`,
    );
    report.target(
      "every filter combination, page + total + counts per state, p95",
      percentile(times, 95),
      "<",
      TARGET_P95_MS,
      { unit: " ms" },
    );
    return report.finish();
  } finally {
    await closeDb();
    await drop();
  }
}

runBench("bench:dashboard", main);
