// npm run bench:search — 100k synthetic Vietnamese-like claims in PostgreSQL (when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a local server) and in PGlite; prints p50/p95
// of the indexed public search and of an ILIKE scan of the same queries, and the ratio.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDb, prisma, useDatabase } from "../lib/db";
import { createAdapterFactory, type DatabaseTarget } from "../lib/db/adapter";
import { applyPendingMigrations } from "../lib/db/schema-engine";
import { prefixQuery, searchPublishedClaims, searchSql, summariesFor } from "../lib/search/public-search";
import { searchTerms } from "../lib/search/search-text";
import { benchQueries, insertSyntheticClaims } from "./bench/synthetic";
import { fmt, percentile } from "./bench/stats";

const COUNT = Number(process.env.BENCH_CLAIMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEARCH_QUERIES = benchQueries();

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * One page of matching ids, as the public search selects them. `indexed`: the query exactly as
 * the public search sends it (one statement; the planner uses the search vector's GIN index or
 * the public-newest partial index). Otherwise index scans are switched off for a transaction and
 * the same page is selected with ILIKE: the full-table scan a naive implementation does.
 */
async function searchIds(q: string, indexed: boolean): Promise<number> {
  const terms = searchTerms(q);
  const order = `ORDER BY "saidAt" DESC NULLS LAST, slug LIMIT 20`;
  const publicOnly = `status IN ('APPROVED','RETRACTED') AND "deletedAt" IS NULL`;
  if (indexed) {
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Claim" WHERE ${publicOnly} AND "searchVector" @@ to_tsquery('simple'::regconfig, $1) ${order}`,
      prefixQuery(terms),
    );
    return rows.length;
  }
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL enable_bitmapscan = off`);
    await tx.$executeRawUnsafe(`SET LOCAL enable_indexscan = off`);
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Claim" WHERE ${publicOnly} AND ${terms.map((_, i) => `"searchText" ILIKE $${i + 1}`).join(" AND ")} ${order}`,
      ...terms.map((t) => `% ${t}%`),
    );
    return rows.length;
  });
}

async function runOn(name: string, target: DatabaseTarget) {
  const adapter = createAdapterFactory(target);
  await applyPendingMigrations(adapter.factory);
  await adapter.close();
  await useDatabase(target);
  const t0 = performance.now();
  let lastLog = 0;
  await insertSyntheticClaims(prisma, {
    count: COUNT,
    onProgress: (done) => {
      if (done - lastLog >= 25_000 || done === COUNT) {
        lastLog = done;
        process.stdout.write(`  [${name}] inserted ${done}/${COUNT}\n`);
      }
    },
  });
  console.log(`  [${name}] ${COUNT} claims generated in ${fmt((performance.now() - t0) / 1000)} s`);

  // The planner must use the trigram index.
  const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT id FROM "Claim" WHERE "searchVector" @@ to_tsquery('simple', '${prefixQuery(searchTerms(SEARCH_QUERIES[5]!))}') AND status = 'APPROVED' ORDER BY "saidAt" DESC LIMIT 20`,
  );
  const planText = plan.map((r) => r["QUERY PLAN"]).join("\n");
  const usesIndex = /Claim_searchVector_idx/.test(planText);

  const indexedFull: number[] = [];
  const indexedResults: number[] = [];
  const indexed: number[] = [];
  const scan: number[] = [];
  let hits = 0;
  for (const q of SEARCH_QUERIES) await searchPublishedClaims({ q, page: 1 }); // warm caches
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of SEARCH_QUERIES) {
      indexedResults.push(
        await timeIt(async () => {
          const { where, values } = searchSql({ q });
          const ids = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY c."saidAt" DESC NULLS LAST, c.slug LIMIT 20`, ...values);
          hits += (await summariesFor(ids.map((r) => r.id))).length;
        }),
      );
      indexedFull.push(await timeIt(() => searchPublishedClaims({ q, page: 1 })));
      indexed.push(await timeIt(() => searchIds(q, true)));
      scan.push(await timeIt(() => searchIds(q, false)));
    }
  }
  const row = (label: string, v: number[]) => `    ${label.padEnd(46)} p50 ${fmt(percentile(v, 50)).padStart(8)} ms   p95 ${fmt(percentile(v, 95)).padStart(8)} ms`;
  console.log(`\n  ${name}: ${COUNT} claims, ${SEARCH_QUERIES.length} queries × ${ROUNDS} rounds, search index used: ${usesIndex ? "yes (Claim_searchVector_idx)" : "NO"}`);
  console.log(row("indexed search: page of ids (tsvector GIN)", indexed));
  console.log(row("ILIKE full scan: same query, no index", scan));
  console.log(
    `    ratio ILIKE scan / indexed: p50 ${fmt(percentile(scan, 50) / percentile(indexed, 50))}×, p95 ${fmt(percentile(scan, 95) / percentile(indexed, 95))}×  (avg ${fmt(hits / indexedResults.length)} hits/query)`,
  );
  console.log(row("public search, results page (Prisma, with relations)", indexedResults));
  console.log(row("public search, results + count + 4 facets", indexedFull));
  if (!usesIndex) console.log(planText);
  if (process.env.BENCH_VERBOSE) {
    const per = SEARCH_QUERIES.map((q, i) => ({ q, ms: Math.max(...Array.from({ length: ROUNDS }, (_, r) => indexed[r * SEARCH_QUERIES.length + i]!)) }));
    console.log(per.sort((a, b) => b.ms - a.ms).slice(0, 8));
  }
  await closeDb();
}

async function main() {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const targets: { name: string; make: () => Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> }[] = [];
  if (pgUrl) {
    targets.push({
      name: "PostgreSQL",
      make: async () => {
        const base = new URL(pgUrl);
        if (!["127.0.0.1", "localhost", "::1"].includes(base.hostname)) throw new Error("bench:search only creates databases on a local server");
        const db = `claimledger_bench_${Date.now()}`;
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`CREATE DATABASE "${db}"`);
        await admin.end();
        const url = new URL(pgUrl);
        url.pathname = `/${db}`;
        return {
          target: { kind: "postgres", url: url.toString() },
          drop: async () => {
            const c = new pg.Client({ connectionString: pgUrl });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
            await c.end();
          },
        };
      },
    });
  } else {
    console.log("bench:search: set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to include PostgreSQL.");
  }
  if (process.env.BENCH_SKIP_PGLITE !== "1") {
    targets.push({
      name: "PGlite",
      make: async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-bench-"));
        return { target: { kind: "pglite", dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    });
  }
  console.log(`bench:search on ${os.cpus().length} cores, Node ${process.version}`);
  for (const t of targets) {
    const { target, drop } = await t.make();
    try {
      await runOn(t.name, target);
    } finally {
      await drop();
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error("bench:search failed:", error);
    process.exitCode = 1;
  })
  .finally(() => process.exit(process.exitCode ?? 0));
