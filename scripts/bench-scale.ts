// npm run bench:scale — how the archive's reads grow from 100,000 to 1,000,000 claims on PostgreSQL
// (issue 17). Two archives made by `npm run bench:seed` (scripts/bench/archive.ts): bench_100k and
// bench_1m on the server of BENCH_DATABASE_URL (else postgres://postgres@127.0.0.1:5432), or the
// databases given with --small URL / --large URL. A missing or unfinished archive is seeded first
// (--no-seed: reported as not measured instead); a finished one gets pending migrations first.
// --match REGEX measures only the figures whose names match (while iterating on one query). --rounds N (default 40) timed runs per figure,
// after one untimed run: with 15 the p95 was the slowest run or next to it, and one stall of a
// shared two-core machine decided a figure. --only small|large measures one archive (no growth factor, exit 2).
//
// Every figure calls the library the pages call (lib/search/public-search.ts,
// lib/claims/dashboard-queries.ts, lib/claims/public-queries.ts: its uncached loaders), and prints
// p95 at 100k and 1M, the growth factor, the target and PASS/MISS. Targets at 1M: public search with
// count and facets < 50 ms; the dashboard list with each filter combination the UI offers < 100 ms;
// the public list, the biggest speaker's timeline and the biggest topic's page, at page 1 and at the
// last page, < 50 ms. Every SQL statement a figure sends is EXPLAINed (plain EXPLAIN, the statement
// as sent with its parameters) on the 1M archive; a sequential scan of a table of 100k rows or more is
// listed under the table and fails the run. Exit 0 all met, 1 a target or a plan check missed,
// 2 an archive was missing (nothing measured for it).
import pg from "pg";
import { z } from "zod";
import { countClaimsByStatus, listClaimsForStaff } from "../lib/claims/dashboard-queries";
import type { StaffClaimFilter } from "../lib/claims/staff-filter-sql";
import {
  loadPublicSpeakersAndTopics,
  loadPublishedClaimsPage,
  loadSpeakerTimeline,
  loadTopicClaims,
} from "../lib/claims/public-queries";
import { closeDb, prisma, useDatabase } from "../lib/db";
import { sessionOptions } from "../lib/db/adapter";
import { migrateDatabase } from "../lib/db/schema-engine";
import type { Actor } from "../lib/permissions";
import { searchPublishedClaims } from "../lib/search/public-search";
import { databaseName, readArchiveInfo, seedArchive } from "./bench/archive";
import { BenchReport, PreconditionMissing, runBench } from "./bench/report";
import { fmt, percentile } from "./bench/stats";
import {
  measureStreaming,
  reportStreaming,
  STREAMING_RSS_CEILING_MB,
  type StreamingRow,
} from "./bench/streaming";
import { benchQueries } from "./bench/synthetic";

const SIZES = { small: 100_000, large: 1_000_000 } as const;
type Size = keyof typeof SIZES;
const LARGE_TABLE_ROWS = 100_000;

const Args = z.object({
  small: z.url({ protocol: /^postgres(ql)?$/ }),
  large: z.url({ protocol: /^postgres(ql)?$/ }),
  rounds: z.coerce.number().int().min(3).max(1000).default(40),
  seed: z.boolean(),
  streaming: z.boolean(),
  only: z.enum(["small", "large"]).optional(),
  match: z.string().optional(),
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) throw new Error(`unexpected argument ${argv[i]}`);
    if (m[1] === "no-seed") raw.noSeed = true;
    else if (m[1] === "no-streaming") raw.noStreaming = true;
    else raw[m[1]!] = m[2] ?? argv[++i] ?? "";
  }
  const server = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  const on = (db: string) => {
    const u = new URL(server);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const parsed = Args.safeParse({
    small: raw.small ?? on("bench_100k"),
    large: raw.large ?? on("bench_1m"),
    rounds: raw.rounds,
    seed: raw.noSeed !== true,
    streaming: raw.noStreaming !== true,
    only: raw.only,
    match: raw.match,
  });
  if (!parsed.success)
    throw new Error(
      `usage: npm run bench:scale -- [--small URL] [--large URL] [--rounds N] [--no-seed] [--no-streaming] [--only small|large]\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

// ---- SQL capture: every statement the library sends while a figure runs, for EXPLAIN ----

interface Sent {
  text: string;
  values: unknown[];
}
let recording: Sent[] | null = null;
const originalQuery = pg.Client.prototype.query;
// The Prisma adapter queries through a pg Pool, which hands each query to a pooled pg Client.
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const config = args[0] as { text?: unknown; values?: unknown } | undefined;
  if (recording && config && typeof config === "object" && typeof config.text === "string")
    recording.push({ text: config.text, values: Array.isArray(config.values) ? config.values : [] });
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function captureStatements(run: () => Promise<unknown>): Promise<Sent[]> {
  recording = [];
  try {
    await run();
    return recording.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
  } finally {
    recording = null;
  }
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}
function seqScans(node: PlanNode, out: Set<string>): Set<string> {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) out.add(node["Relation Name"]);
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

/** Large tables a figure's statements read sequentially (EXPLAIN without ANALYZE, as sent). */
async function planCheck(url: string, statements: Sent[]): Promise<{ scanned: string[]; errors: string[] }> {
  const client = new pg.Client({ connectionString: url, options: sessionOptions() });
  await client.connect();
  try {
    const { rows: big } = await client.query<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples >= $1`,
      [LARGE_TABLE_ROWS],
    );
    const large = new Set(big.map((r) => r.relname));
    const scanned = new Set<string>();
    const errors: string[] = [];
    for (const s of statements) {
      try {
        const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
          `EXPLAIN (FORMAT JSON) ${s.text}`,
          s.values,
        );
        for (const t of seqScans(rows[0]!["QUERY PLAN"][0]!.Plan, new Set()))
          if (large.has(t)) scanned.add(t);
      } catch (e) {
        errors.push(`${(e as Error).message} in ${s.text.slice(0, 80)}`);
      }
    }
    return { scanned: [...scanned].sort(), errors };
  } finally {
    await client.end();
  }
}

// ---- the figures ----

interface Figure {
  name: string;
  target: number;
  /** The calls one timed run makes (what one page view asks of the database). */
  runs: (() => Promise<unknown>)[];
}

async function figuresFor(): Promise<Figure[]> {
  const admin = await prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  const editor = await prisma.user.findFirstOrThrow({ where: { role: "EDITOR" }, orderBy: { id: "asc" } });
  const actor = (u: typeof admin): Actor => ({ id: u.id, role: u.role, name: u.name, email: u.email });
  const [biggestSpeaker] = await prisma.$queryRawUnsafe<{ id: string; slug: string }[]>(
    `SELECT s.id, s.slug FROM "Speaker" s JOIN "Claim" c ON c."speakerId" = s.id
      WHERE c.status IN ('APPROVED','RETRACTED') AND c."deletedAt" IS NULL
      GROUP BY s.id, s.slug ORDER BY count(*) DESC LIMIT 1`,
  );
  const [biggestTopic] = await prisma.$queryRawUnsafe<{ id: string; slug: string }[]>(
    `SELECT t.id, t.slug FROM "Topic" t JOIN "ClaimTopic" ct ON ct."topicId" = t.id
      GROUP BY t.id, t.slug ORDER BY count(*) DESC LIMIT 1`,
  );
  const [outlet] = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "Outlet" ORDER BY id LIMIT 1`,
  );
  if (!biggestSpeaker || !biggestTopic || !outlet)
    throw new PreconditionMissing("the archive has no public claims");
  // Last pages as the pages compute them (their own totals).
  const listPages = (await loadPublishedClaimsPage(1)).pages;
  const timelinePages = (await loadSpeakerTimeline(biggestSpeaker.slug))?.claims.pages ?? 1;
  const topicPages = (await loadTopicClaims(biggestTopic.slug))?.claims.pages ?? 1;
  const staffTotal = (await listClaimsForStaff(actor(admin), { page: 1 })).pages;
  // Figures are named alike at every size (the table lines them up); the page numbers go here.
  console.log(
    `    (last pages: list ${listPages}, speaker ${timelinePages}, topic ${topicPages}, dashboard ${staffTotal})`,
  );

  const t0 = performance.now();
  const catalog = await loadPublicSpeakersAndTopics();
  console.log(
    `    (search catalog, speakers and topics with counts, cached by the pages: ${fmt(performance.now() - t0)} ms)`,
  );
  const queries = benchQueries(7, 12);
  const words = benchQueries(11, 12);

  const dash = (
    name: string,
    f: Omit<StaffClaimFilter, "page"> & { page?: number },
    who = admin,
  ): Figure => ({
    name: `dashboard: ${name}`,
    target: 100,
    // The claims page asks for its list and the counts per state together.
    runs: [
      () => Promise.all([listClaimsForStaff(actor(who), { page: 1, ...f }), countClaimsByStatus(actor(who))]),
    ],
  });
  const pub = (name: string, run: () => Promise<unknown>): Figure => ({ name, target: 50, runs: [run] });
  return [
    {
      name: `search: count + 4 facets (${queries.length} queries)`,
      target: 50,
      runs: queries.map((q) => () => searchPublishedClaims({ q, page: 1 }, catalog)),
    },
    pub("public list, page 1", () => loadPublishedClaimsPage(1)),
    pub("public list, last page", () => loadPublishedClaimsPage(listPages)),
    pub("speaker timeline (biggest), page 1", () => loadSpeakerTimeline(biggestSpeaker.slug)),
    pub("speaker timeline (biggest), last page", () =>
      loadSpeakerTimeline(biggestSpeaker.slug, { page: timelinePages }),
    ),
    pub("topic page (biggest), page 1", () => loadTopicClaims(biggestTopic.slug)),
    pub("topic page (biggest), last page", () => loadTopicClaims(biggestTopic.slug, topicPages)),
    dash("all, recently updated", {}),
    dash("sort said newest", { sort: "said-desc" }),
    dash("sort said oldest", { sort: "said-asc" }),
    dash("sort created", { sort: "created" }),
    dash("status in review", { status: "IN_REVIEW" }),
    dash("status approved", { status: "APPROVED" }),
    dash("verification misquoted", { verification: "MISQUOTED" }),
    dash("status + verification", { status: "APPROVED", verification: "UNVERIFIED" }),
    dash("speaker (biggest)", { speaker: biggestSpeaker.id }),
    dash("speaker + said newest", { speaker: biggestSpeaker.id, sort: "said-desc" }),
    dash("topic (biggest)", { topic: biggestTopic.slug }),
    dash("topic + date range", { topic: biggestTopic.slug, from: "2025-03-01", to: "2025-05-31" }),
    dash("outlet", { outlet: outlet.id }),
    dash("link type contradicts", { linkType: "CONTRADICTS" }),
    dash("date range (a month)", { from: "2025-06-01", to: "2025-06-30" }),
    dash(`text "${words[0]}"`, { q: words[0] }),
    dash(`text "${words[1]}"`, { q: words[1] }),
    dash("text, one common word", { q: "hoa" }),
    dash(`text + speaker`, { q: words[2], speaker: biggestSpeaker.id }),
    dash(`text + status`, { q: words[3], status: "APPROVED" }),
    dash("view review queue", { view: "review-queue" }),
    dash("view my drafts", { view: "my-drafts" }, editor),
    dash("view changes requested", { view: "changes-requested" }),
    dash("view assigned to me", { view: "assigned-to-me" }, editor),
    dash("view overdue", { view: "overdue" }),
    dash("view deadline passed", { view: "deadline-passed" }),
    dash("view deleted", { view: "deleted" }),
    dash("page 50", { page: 50 }),
    dash("last page", { page: staffTotal }),
  ];
}

interface Measured {
  p95: number;
  plan?: { scanned: string[]; errors: string[] };
}

async function measureArchive(
  url: string,
  rounds: number,
  explain: boolean,
  match: RegExp | null,
): Promise<Map<string, Measured>> {
  await useDatabase({ kind: "postgres", url });
  const out = new Map<string, Measured>();
  try {
    const figures = (await figuresFor()).filter((f) => !match || match.test(f.name));
    // Every pooled connection warm first, as a running server's are: a fresh database connection
    // spends ~100 ms loading the catalog of the claims table and its indexes on its first plan,
    // which timed the pool's growth rather than the queries.
    for (let i = 0; i < 3; i++) await Promise.all(figures.flatMap((f) => f.runs.map((run) => run())));
    for (const f of figures) {
      for (const run of f.runs) await run(); // untimed: connections, plans, caches
      const times: number[] = [];
      for (let r = 0; r < rounds; r++)
        for (const run of f.runs) {
          const t = performance.now();
          await run();
          times.push(performance.now() - t);
        }
      const m: Measured = { p95: percentile(times, 95) };
      if (explain)
        m.plan = await planCheck(url, await captureStatements(() => Promise.all(f.runs.map((r) => r()))));
      out.set(`${f.name}\t${f.target}`, m);
      console.log(
        `    ${f.name}: p95 ${fmt(m.p95)} ms${m.plan?.scanned.length ? `  Seq Scan: ${m.plan.scanned.join(", ")}` : ""}`,
      );
    }
  } finally {
    await closeDb();
  }
  return out;
}

async function ensureArchive(size: Size, url: string, seed: boolean, report: BenchReport): Promise<boolean> {
  const info = await readArchiveInfo(url);
  if (info?.claims === SIZES[size]) {
    // An archive seeded before the latest migrations gets them (new indexes), as production would.
    const applied = await migrateDatabase({ kind: "postgres", url });
    if (applied.length) console.log(`  ${databaseName(url)}: applied ${applied.join(", ")}`);
    report.precondition(
      `${databaseName(url)}: ${info.claims} claims (seeded ${info.finishedAt} in ${info.seconds} s)`,
      true,
    );
    return true;
  }
  if (!seed)
    return report.precondition(
      `${databaseName(url)}: an archive of ${SIZES[size]} claims`,
      false,
      "run npm run bench:seed, or drop --no-seed",
    );
  console.log(`  seeding ${databaseName(url)} with ${SIZES[size]} claims (npm run bench:seed)`);
  const made = await seedArchive(url, { claims: SIZES[size], log: (l) => console.log(`  ${l}`) });
  return report.precondition(
    `${databaseName(url)}: ${made.claims} claims (seeded now in ${made.seconds} s)`,
    true,
  );
}

runBench("bench:scale", async () => {
  const args = parseArgs(process.argv.slice(2));
  const report = new BenchReport("bench:scale");
  const results: Partial<Record<Size, Map<string, Measured>>> = {};
  // One archive at a time, small first: never two loads or two measurements at once.
  for (const size of ["small", "large"] as const) {
    if (args.only && args.only !== size) {
      report.precondition(`${SIZES[size]} claims measured`, false, `--only ${args.only}`);
      continue;
    }
    const url = args[size];
    if (!(await ensureArchive(size, url, args.seed, report))) continue;
    console.log(`  measuring ${databaseName(url)} (${args.rounds} rounds per figure)`);
    results[size] = await measureArchive(
      url,
      args.rounds,
      size === "large" || args.only === "small",
      args.match ? new RegExp(args.match) : null,
    );
  }

  // The streamed steps (sitemaps, export, backup, restore into a scratch database, round trip), each
  // in a process of its own so that its peak RSS is its own; after the queries, never beside them.
  const streamed: Partial<Record<Size, StreamingRow[]>> = {};
  if (!args.streaming) report.precondition("streamed steps measured", false, "--no-streaming");
  else
    for (const size of ["small", "large"] as const) {
      if (!results[size]) continue;
      console.log(`  streaming steps on ${databaseName(args[size])}`);
      streamed[size] = await measureStreaming(args[size]);
    }

  const names = [...new Set([...(results.small?.keys() ?? []), ...(results.large?.keys() ?? [])])];
  const col = (s: string, w: number) => s.padEnd(w);
  const num = (n: number | undefined) => (n === undefined ? "—" : fmt(n)).padStart(9);
  console.log(
    `\n  ${col("figure (p95, ms)", 58)} ${"100k".padStart(9)} ${"1M".padStart(9)} ${"growth".padStart(7)} ${"target".padStart(8)}  result`,
  );
  const decisive: Size = args.only ?? "large";
  for (const key of names) {
    const [name, target] = key.split("\t") as [string, string];
    const small = results.small?.get(key);
    const large = results.large?.get(key);
    const growth = small && large ? `×${fmt(large.p95 / small.p95)}` : "—";
    const value = results[decisive]?.get(key)?.p95 ?? Number.NaN;
    const pass = Number.isFinite(value) && value < Number(target);
    console.log(
      `  ${col(name, 58)} ${num(small?.p95)} ${num(large?.p95)} ${growth.padStart(7)} ${`< ${target}`.padStart(8)}  ${pass ? "PASS" : "MISS"}`,
    );
  }
  console.log("");
  for (const key of names) {
    const [name, target] = key.split("\t") as [string, string];
    report.target(
      `${name} at ${SIZES[decisive]} claims, p95`,
      results[decisive]?.get(key)?.p95 ?? Number.NaN,
      "<",
      Number(target),
      {
        unit: " ms",
      },
    );
  }
  const streamedSteps = [
    ...new Set([...(streamed.small ?? []), ...(streamed.large ?? [])].map((r) => r.step)),
  ];
  if (streamedSteps.length > 0) {
    const at = (size: Size, step: string) => streamed[size]?.find((r) => r.step === step);
    const cell = (r: StreamingRow | undefined) =>
      (r ? `${fmt(r.seconds, 1)} s ${fmt(r.peakRssMb, 0)} MB` : "—").padStart(18);
    console.log(
      `\n  ${"streamed step".padEnd(24)} ${"100k".padStart(18)} ${"1M".padStart(18)} ${"time ×".padStart(7)}  ceiling`,
    );
    for (const step of streamedSteps) {
      const small = at("small", step);
      const large = at("large", step);
      const growth = small && large && small.seconds > 0 ? `×${fmt(large.seconds / small.seconds)}` : "—";
      console.log(
        `  ${step.padEnd(24)} ${cell(small)} ${cell(large)} ${growth.padStart(7)}  < ${STREAMING_RSS_CEILING_MB} MB`,
      );
    }
    console.log("");
    reportStreaming(report, streamed[decisive] ?? [], ` at ${SIZES[decisive]} claims`);
  }
  const planned = results[decisive];
  if (planned)
    for (const [key, m] of planned) {
      if (!m.plan) continue;
      const name = key.split("\t")[0]!;
      report.check(
        `${name}: no sequential scan of a table of ${LARGE_TABLE_ROWS}+ rows`,
        m.plan.scanned.length === 0 && m.plan.errors.length === 0,
        [...m.plan.scanned.map((t) => `Seq Scan on "${t}"`), ...m.plan.errors].join("; "),
      );
    }
  return report.finish();
});
