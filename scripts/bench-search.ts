// npm run bench:search — 100k synthetic Vietnamese-like claims in PostgreSQL (when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a local server) and in PGlite; prints p50/p95
// of the indexed public search and of an ILIKE scan of the same queries, and the ratio.
//
// Both sides are timed alike: one statement each, on the same database session, whose index-scan
// settings are set for the side before each statement, untimed (on for the indexed side, off for
// the scan). The plan of every timed statement is checked with EXPLAIN of that very statement
// (same SQL text, same parameters, same settings): the indexed side must use an index on "Claim"
// and the scan side must read the table sequentially, or the comparison is not what it says.
//
// Targets (issue 5), on PostgreSQL at 100k claims: indexed p95 < 50 ms, the public search with
// count and facets p95 < 50 ms, the ILIKE scan ≥ 20× slower at p95. PGlite's figures are printed
// with its plan checks, without timing targets. Exit 2 when PostgreSQL is not given or fewer than
// 100k claims were generated (BENCH_CLAIMS): the targets were then not measured; exit 1 when a
// target or a plan check fails.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDb, prisma, useDatabase } from "../lib/db";
import type { DatabaseTarget } from "../lib/db/adapter";
import { migrateDatabase } from "../lib/db/schema-engine";
import {
  SEARCH_PAGE_SIZE,
  searchPublishedClaims,
  searchSql,
  summariesFor,
} from "../lib/search/public-search";
import { searchTerms } from "../lib/search/search-text";
import { BenchReport, runBench } from "./bench/report";
import { createScratchDatabase } from "./bench/scratch-database";
import { benchQueries, insertSyntheticClaims } from "./bench/synthetic";
import { fmt, percentile } from "./bench/stats";

const COUNT = Number(process.env.BENCH_CLAIMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEARCH_QUERIES = benchQueries();
const TARGET_CLAIMS = 100_000;
const TARGET_P95_MS = 50;
const TARGET_RATIO = 20;
const report = new BenchReport("bench:search");

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** One statement as it is timed: SQL text and parameters, and whether index scans are allowed. */
interface Statement {
  indexed: boolean;
  sql: string;
  params: unknown[];
}

/**
 * One page of matching ids. `indexed`: the public search's own id query (its WHERE from
 * `searchSql`, its order and page size), exactly as it sends it; the planner may use the search
 * vector's GIN index or the public-newest partial index. Otherwise the same page is selected with
 * ILIKE (the same words: whole words, the last one also as a prefix) with index scans switched
 * off: the full-table scan a naive implementation does.
 */
function searchStatement(q: string, indexed: boolean): Statement {
  const order = `ORDER BY c."saidAt" DESC NULLS LAST, c.slug LIMIT ${SEARCH_PAGE_SIZE} OFFSET 0`;
  if (indexed) {
    const { where, values } = searchSql({ q });
    return { indexed, sql: `SELECT c.id FROM "Claim" c WHERE ${where} ${order}`, params: values };
  }
  const terms = searchTerms(q);
  const publicOnly = `c.status IN ('APPROVED','RETRACTED') AND c."deletedAt" IS NULL`;
  return {
    indexed,
    sql: `SELECT c.id FROM "Claim" c WHERE ${publicOnly} AND ${terms.map((_, i) => `c."searchText" ILIKE $${i + 1}`).join(" AND ")} ${order}`,
    // As the tsquery matches: whole words, the last term also as the start of a word (searchText
    // has a space at both ends).
    params: terms.map((t, i) => (i === terms.length - 1 ? `% ${t}%` : `% ${t} %`)),
  };
}

/**
 * One database session that both sides are timed on, so both pay the same: one statement, one
 * round trip. Before each statement (untimed) the session's index-scan settings are set for its
 * side; PostgreSQL: a connection of its own (the app's pool would spread the settings over several);
 * PGlite: its only session, through the app's client.
 */
interface Session {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function openSession(target: DatabaseTarget): Promise<Session> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      query: async <T>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as T[],
      close: () => client.end(),
    };
  }
  return {
    query: <T>(sql: string, params: unknown[]) => prisma.$queryRawUnsafe<T[]>(sql, ...params),
    close: async () => {},
  };
}

/** Sets the session's index-scan settings for the statement's side (not timed). */
async function prepare(session: Session, st: Statement): Promise<void> {
  await session.query(
    `SELECT set_config('enable_bitmapscan', $1, false), set_config('enable_indexscan', $1, false)`,
    [st.indexed ? "on" : "off"],
  );
}

/** The plan of exactly the statement as it is timed: same text, parameters and settings. */
async function explain(session: Session, st: Statement): Promise<string[]> {
  await prepare(session, st);
  return (await session.query<{ "QUERY PLAN": string }>(`EXPLAIN ${st.sql}`, st.params)).map(
    (r) => r["QUERY PLAN"],
  );
}

/** Which indexes on "Claim" a plan reads, and whether it reads "Claim" sequentially. */
function planOf(lines: string[]): { indexes: string[]; seqScan: boolean } {
  const text = lines.join("\n");
  const indexes = [
    ...new Set(
      [
        ...text.matchAll(
          /(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) "?(Claim_[A-Za-z_]+)"?/g,
        ),
      ].map((m) => m[1]!),
    ),
  ];
  return { indexes, seqScan: /Seq Scan on "?Claim"?/.test(text) };
}

async function runOn(name: string, target: DatabaseTarget) {
  await migrateDatabase(target);
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

  // The plan of every statement that is timed below, explained as it is timed.
  const session = await openSession(target);
  const indexUse = new Map<string, number>();
  const indexedSeq: string[] = [];
  const scanIndexed: string[] = [];
  let samePage = 0;
  for (const q of SEARCH_QUERIES) {
    const a = planOf(await explain(session, searchStatement(q, true)));
    const b = planOf(await explain(session, searchStatement(q, false)));
    const key = a.indexes.length ? a.indexes.join(" + ") : "no index";
    indexUse.set(key, (indexUse.get(key) ?? 0) + 1);
    if (a.seqScan || !a.indexes.length) indexedSeq.push(q);
    if (!b.seqScan || b.indexes.length) scanIndexed.push(q);
    // The two statements must select the same page, or they are not the same query.
    const ids = async (indexed: boolean) => {
      const st = searchStatement(q, indexed);
      await prepare(session, st);
      return (await session.query<{ id: string }>(st.sql, st.params)).map((r) => r.id).join(",");
    };
    if ((await ids(true)) === (await ids(false))) samePage++;
  }

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
          const ids = await prisma.$queryRawUnsafe<{ id: string }[]>(
            `SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY c."saidAt" DESC NULLS LAST, c.slug LIMIT 20`,
            ...values,
          );
          hits += (await summariesFor(ids.map((r) => r.id))).length;
        }),
      );
      indexedFull.push(await timeIt(() => searchPublishedClaims({ q, page: 1 })));
      for (const [st, times] of [
        [searchStatement(q, true), indexed],
        [searchStatement(q, false), scan],
      ] as const) {
        await prepare(session, st);
        times.push(await timeIt(() => session.query(st.sql, st.params)));
      }
    }
  }
  await session.close();
  const row = (label: string, v: number[]) =>
    `    ${label.padEnd(46)} p50 ${fmt(percentile(v, 50)).padStart(8)} ms   p95 ${fmt(percentile(v, 95)).padStart(8)} ms`;
  const n = SEARCH_QUERIES.length;
  console.log(
    `\n  ${name}: ${COUNT} claims, ${n} queries × ${ROUNDS} rounds, each side one statement on one session (index scans off for the scan)`,
  );
  console.log(
    `    plans of the timed indexed statements: ${[...indexUse].map(([k, v]) => `${k} ${v}`).join(", ")}`,
  );
  console.log(row("indexed search: page of ids", indexed));
  console.log(row("ILIKE full scan: same query, no index", scan));
  const ratio95 = percentile(scan, 95) / percentile(indexed, 95);
  console.log(
    `    ratio ILIKE scan / indexed: p50 ${fmt(percentile(scan, 50) / percentile(indexed, 50))}×, p95 ${fmt(ratio95)}×  (avg ${fmt(hits / indexedResults.length)} hits/query)`,
  );
  console.log(row("public search, results page (Prisma, with relations)", indexedResults));
  console.log(row("public search, results + count + 4 facets", indexedFull));
  report.check(
    `[${name}] every timed indexed statement planned with an index on "Claim", no sequential scan`,
    indexedSeq.length === 0,
    `${n - indexedSeq.length}/${n}${indexedSeq.length ? `; not for: ${indexedSeq.slice(0, 5).join(", ")}` : ""}`,
  );
  report.check(
    `[${name}] every timed ILIKE statement planned as a sequential scan of "Claim", no index`,
    scanIndexed.length === 0,
    `${n - scanIndexed.length}/${n}${scanIndexed.length ? `; not for: ${scanIndexed.slice(0, 5).join(", ")}` : ""}`,
  );
  report.check(
    `[${name}] both statements select the same page of ids`,
    samePage === n,
    `${samePage}/${n} queries`,
  );
  if (name === "PostgreSQL") {
    report.target(`[${name}] indexed search p95`, percentile(indexed, 95), "<", TARGET_P95_MS, {
      unit: " ms",
    });
    report.target(
      `[${name}] public search with count + 4 facets p95`,
      percentile(indexedFull, 95),
      "<",
      TARGET_P95_MS,
      { unit: " ms" },
    );
    report.target(`[${name}] ILIKE scan / indexed at p95`, ratio95, ">=", TARGET_RATIO, { unit: "×" });
  }
  if (process.env.BENCH_VERBOSE) {
    const per = SEARCH_QUERIES.map((q, i) => ({
      q,
      ms: Math.max(...Array.from({ length: ROUNDS }, (_, r) => indexed[r * SEARCH_QUERIES.length + i]!)),
    }));
    console.log(per.sort((a, b) => b.ms - a.ms).slice(0, 8));
  }
  await closeDb();
}

async function main(): Promise<number> {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const targets: {
    name: string;
    make: () => Promise<{ target: DatabaseTarget; drop: () => Promise<void> }>;
  }[] = [];
  if (pgUrl) {
    targets.push({
      name: "PostgreSQL",
      make: () => createScratchDatabase("bench:search", pgUrl, "claimledger_bench"),
    });
  }
  if (process.env.BENCH_SKIP_PGLITE !== "1") {
    targets.push({
      name: "PGlite",
      make: async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-bench-"));
        return {
          target: { kind: "pglite", dataDir: dir },
          drop: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    });
  }
  console.log(`bench:search on ${os.cpus().length} cores, Node ${process.version}`);
  report.precondition(
    "PostgreSQL (the targets are stated on PostgreSQL)",
    Boolean(pgUrl),
    pgUrl
      ? ""
      : "set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (a local server: the bench creates and drops its own database)",
  );
  report.precondition(
    `${TARGET_CLAIMS} claims (the targets are stated at 100k)`,
    COUNT >= TARGET_CLAIMS,
    `BENCH_CLAIMS=${COUNT}`,
  );
  for (const t of targets) {
    const { target, drop } = await t.make();
    try {
      await runOn(t.name, target);
    } finally {
      await drop();
    }
  }
  console.log("");
  return report.finish();
}

runBench("bench:search", main);
