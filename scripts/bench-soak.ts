// npm run bench:soak — ten minutes of mixed newsroom traffic against a production build on
// PostgreSQL: 90% readers (claim, speaker, topic and list pages, search, feeds, the public API)
// and 10% staff (editing drafts, linking, annotating, and moving claims through the whole
// workflow: create → edit → submit → approve → retract). Prints throughput, p50/p99, errors and
// the server's RSS at the start and the end.
//
// The database holds the demo data plus SOAK_CLAIMS synthetic claims (2,000 by default, about
// 1,400 of them public): a newsroom's archive, not the 60 demo claims, so readers spread over
// more pages than the bounded page cache holds, as they do on a real site.
//
// Environment: SOAK_SECONDS (600), SOAK_WARMUP_SECONDS (180), SOAK_RATE requests/s (30),
// SOAK_STAFF_SHARE (0.1), SOAK_CLAIMS (2000), SOAK_DATABASE_URL (a fresh
// `claimledger_soak` database on the local server by default; it is dropped and recreated).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { closeDb, prisma, useDatabase } from "../lib/db";
import { serveCommand } from "./bench/serve-command";
import { fmt, percentile } from "./bench/stats";
import { insertSyntheticClaims } from "./bench/synthetic";

const PORT = Number(process.env.SOAK_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
// The same traffic runs first: a fresh server fills its page cache (bounded, 16 MB) and grows
// its heap to working size in the first minutes, and "start" is taken after that, so the growth
// measured over the run is what a leak would add. The warm-up rounds print how it settles.
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? Math.min(180, Math.max(10, Math.round(SECONDS * 0.3))));
const WARMUP_ROUNDS = 6;
// Open-loop arrivals at a rate the server sustains with headroom (on a 2-core machine; the
// report says plainly when arrivals outran the server, which makes its memory figures moot).
const RATE = Number(process.env.SOAK_RATE ?? 30);
const SYNTHETIC_CLAIMS = Number(process.env.SOAK_CLAIMS ?? 2000);
const STAFF_SHARE = Number(process.env.SOAK_STAFF_SHARE ?? 0.1);
const MAX_IN_FLIGHT = 256;
const DATABASE_URL = process.env.SOAK_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/claimledger_soak";
const PASSWORD = "claimledger-demo";

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function recreateDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name) || !["127.0.0.1", "localhost"].includes(u.hostname)) throw new Error(`refusing to recreate ${url}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** A staff member's HTTP session: next-auth's CSRF + credentials sign-in, cookies kept. */
class Staff {
  private cookies = new Map<string, string>();
  constructor(readonly email: string) {}

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }

  private get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async signIn() {
    const csrf = await fetch(`${BASE}/api/auth/csrf`);
    this.keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader },
      body: new URLSearchParams({ csrfToken, email: this.email, password: PASSWORD, json: "true" }),
    });
    this.keep(res);
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in of ${this.email} failed`);
  }

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const res = await fetch(`${BASE}${path}`, {
      method,
      headers: { cookie: this.cookieHeader, origin: BASE, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text.startsWith("{") ? JSON.parse(text) : null };
  }
}

type MemoryUsage = NodeJS.MemoryUsage;

/** The route a reader's path belongs to (/claims/[slug], /claims/page/[n], …), for the report. */
function routeOf(path: string): string {
  return path
    .split("?")[0]!
    .replace(/\/page\/\d+$/, "/page/[n]")
    .replace(/^\/(claims|speakers|topics)\/(?!page\/)[^/]+/, "/$1/[slug]")
    .replace(/^\/api\/v1\/claims\/.+/, "/api/v1/claims/[slug]");
}

interface Sample {
  kind: "read" | "write";
  ms: number;
  ok: boolean;
  what: string;
}

async function main() {
  if (!/^postgres(ql)?:/.test(DATABASE_URL)) throw new Error("the soak runs on PostgreSQL: set SOAK_DATABASE_URL");
  // Readers' addresses come in X-Forwarded-For, as from the newsroom's proxy (one hop).
  const env = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", TRUSTED_PROXY_HOPS: "1" };
  await recreateDatabase(DATABASE_URL);
  run("npm", ["run", "-s", "db:migrate"], env);
  run("npm", ["run", "-s", "db:seed"], env);
  await useDatabase({ kind: "postgres", url: DATABASE_URL });
  await insertSyntheticClaims(prisma, { count: SYNTHETIC_CLAIMS, seed: 11 });
  await closeDb();
  if (!existsSync(".next/csp-nonce-token") || process.env.BENCH_BUILD === "1") run("npm", ["run", "-s", "build"], env);

  // The production server as `npm run serve` starts it, plus --expose-gc so its SIGUSR2 memory
  // report follows a full collection.
  const serve = serveCommand(["--expose-gc"], ["-p", String(PORT), "-H", "127.0.0.1"]);
  const server = spawn(serve.command, serve.args, { env: { ...env, ...serve.env }, stdio: ["ignore", "pipe", "inherit"] });
  // The server answers SIGUSR2 with its memory after a full collection: live heap, not garbage.
  let memoryWaiter: ((m: MemoryUsage) => void) | null = null;
  let stdoutBuffer = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    stdoutBuffer += chunk.toString();
    for (let nl = stdoutBuffer.indexOf("\n"); nl >= 0; nl = stdoutBuffer.indexOf("\n")) {
      const line = stdoutBuffer.slice(0, nl);
      stdoutBuffer = stdoutBuffer.slice(nl + 1);
      if (line.startsWith('{"memory"')) memoryWaiter?.((JSON.parse(line) as { memory: MemoryUsage }).memory);
    }
  });
  const liveMemory = () =>
    new Promise<MemoryUsage>((resolve) => {
      memoryWaiter = resolve;
      server.kill("SIGUSR2");
    });
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error("server did not start");
    if (await fetch(`${BASE}/claims`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const rssBoot = rssMb(server.pid!);

  // What readers read: the demo's public pages, plus claims the staff publish during the run.
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const publicWhere = `c.status IN ('APPROVED', 'RETRACTED') AND c."deletedAt" IS NULL`;
  const slugs = async (sql: string) => (await db.query<{ slug: string }>(sql)).rows.map((r) => r.slug);
  const claimSlugs = await slugs(`SELECT slug FROM "Claim" c WHERE ${publicWhere} ORDER BY "saidAt" DESC NULLS LAST, slug`);
  const speakerSlugs = await slugs(`SELECT DISTINCT s.slug FROM "Speaker" s JOIN "Claim" c ON c."speakerId" = s.id WHERE ${publicWhere}`);
  const topicSlugs = await slugs(`SELECT DISTINCT t.slug FROM "Topic" t JOIN "ClaimTopic" ct ON ct."topicId" = t.id JOIN "Claim" c ON c.id = ct."claimId" WHERE ${publicWhere}`);
  await db.end();
  const listPages = Math.ceil(claimSlugs.length / 20);
  console.log(`soak: readers choose among ${claimSlugs.length} public claims, ${speakerSlugs.length} speakers, ${topicSlugs.length} topics, ${listPages} list pages`);
  const published: string[] = [];
  const queries = ["dam phan", "hoa binh", "ba ben", "Ukraine", "lenh ngung ban", "Nga", "lanh tho", "My"];
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  // Readership is skewed, as on any news site: the newest claims are read most, the archive's
  // long tail now and then (a third of claim reads land beyond the 400 newest of 1,400).
  const popular = <T>(xs: T[]): T => xs[Math.floor(Math.random() ** 3 * xs.length)]!;
  const readerPaths = (): string => {
    const r = Math.random();
    if (r < 0.4) return `/claims/${Math.random() < 0.15 && published.length ? pick(published) : popular(claimSlugs)}`;
    if (r < 0.5) return Math.random() < 0.5 ? "/claims" : `/claims/page/${2 + Math.floor(Math.random() ** 2 * (listPages - 1))}`;
    if (r < 0.6) return `/speakers/${pick(speakerSlugs)}`;
    if (r < 0.7) return `/topics/${pick(topicSlugs)}`;
    if (r < 0.82) return `/search?q=${encodeURIComponent(pick(queries))}`;
    if (r < 0.9) return `/api/v1/claims?limit=20`;
    if (r < 0.95) return `/api/v1/claims/${pick(claimSlugs)}`;
    return pick(["/feed.xml", "/rss.xml", "/feed.json"]);
  };

  const editor = new Staff("editor@claimledger.test");
  const reviewer = new Staff("reviewer@claimledger.test");
  await editor.signIn();
  await reviewer.signIn();
  const { speakers } = (await editor.call("GET", "/api/speakers")).json as { speakers: { id: string }[] };
  const seedIds = ((await editor.call("GET", "/api/claims?q=")).json as { claims: { id: string }[] }).claims.map((c) => c.id);

  // Staff work in lanes: each lane owns one claim at a time and walks it through the workflow,
  // so staff never edit over each other (a 409 here would be a real error).
  interface Lane {
    busy: boolean;
    claim: { id: string; slug: string; version: number } | null;
    step: number;
    linkId: string | null;
  }
  const lanes: Lane[] = Array.from({ length: 8 }, () => ({ busy: false, claim: null, step: 0, linkId: null }));
  let laneSeq = 0;
  const content = (n: number) => ({
    speakerId: speakers[n % speakers.length]!.id,
    quote: `Phát biểu kiểm thử độ bền số ${n}: đàm phán hòa bình sẽ tiếp tục trong tuần tới.`,
    kind: "DIRECT",
    saidAtPrecision: "DAY",
    saidAt: "2025-11-20",
    venue: `Phiên họp ${n}`,
    topics: ["trilateral-talks"],
  });

  async function staffStep(lane: Lane): Promise<{ status: number; what: string }> {
    const n = ++laneSeq;
    if (!lane.claim) {
      const r = await editor.call("POST", "/api/claims", content(n));
      lane.claim = r.json as Lane["claim"];
      lane.step = 0;
      return { status: r.status, what: "create" };
    }
    const c = lane.claim;
    const step = lane.step++;
    const track = (r: { status: number; json: unknown }, what: string) => {
      const v = (r.json as { version?: number } | null)?.version;
      if (typeof v === "number") c.version = v;
      return { status: r.status, what };
    };
    switch (step) {
      case 0:
      case 2:
        return track(await editor.call("PATCH", `/api/claims/${c.id}`, { ...content(n), version: c.version }), "edit");
      case 1: {
        const r = await editor.call("POST", "/api/links", { fromClaimId: c.id, toClaimId: pick(seedIds), type: "RESPONDS_TO", note: `soak ${n}` });
        lane.linkId = (r.json as { id?: string } | null)?.id ?? null;
        return { status: r.status, what: "link" };
      }
      case 3:
        return { status: (await reviewer.call("POST", `/api/claims/${pick(seedIds)}/annotations`, { body: `Ghi chú kiểm thử ${n}` })).status, what: "annotate" };
      case 4:
        return track(await editor.call("POST", `/api/claims/${c.id}/transitions`, { transition: "submit", version: c.version }), "submit");
      case 5: {
        const r = track(await reviewer.call("POST", `/api/claims/${c.id}/transitions`, { transition: "approve", version: c.version }), "approve");
        if (r.status === 200) published.push(c.slug);
        return r;
      }
      case 6: {
        const r = await editor.call("DELETE", `/api/links/${lane.linkId}`, {});
        return { status: r.status, what: "unlink" };
      }
      default: {
        const r = track(
          await reviewer.call("POST", `/api/claims/${c.id}/transitions`, { transition: "retract", version: c.version, reason: "Kiểm thử độ bền: rút lại." }),
          "retract",
        );
        lane.claim = null;
        return r;
      }
    }
  }

  const samples: Sample[] = [];
  let inFlight = 0;
  let dropped = 0;
  let recording = false;
  const failures = new Map<string, number>();
  const fire = async () => {
    if (inFlight >= MAX_IN_FLIGHT) {
      dropped++;
      return;
    }
    inFlight++;
    const t0 = performance.now();
    let sample: Omit<Sample, "ms">;
    try {
      const lane = Math.random() < STAFF_SHARE ? lanes.find((l) => !l.busy) : undefined;
      if (lane) {
        lane.busy = true;
        try {
          const r = await staffStep(lane);
          sample = { kind: "write", ok: r.status >= 200 && r.status < 300, what: `${r.what} ${r.status}` };
        } finally {
          lane.busy = false;
        }
      } else {
        const path = readerPaths();
        // Readers come from many addresses (behind the newsroom's proxy), as on a real site.
        const res = await fetch(`${BASE}${path}`, { headers: { "x-forwarded-for": `10.0.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}` } });
        await res.arrayBuffer();
        sample = { kind: "read", ok: res.ok, what: `GET ${routeOf(path)} ${res.status}` };
      }
    } catch (error) {
      sample = { kind: "read", ok: false, what: String(error) };
    }
    inFlight--;
    if (!recording) return;
    samples.push({ ...sample, ms: performance.now() - t0 });
    if (!sample.ok) failures.set(sample.what, (failures.get(sample.what) ?? 0) + 1);
  };

  // Open-loop arrivals at a fixed rate: a slow server cannot slow the offered load down.
  const drive = (seconds: number) =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      let sent = 0;
      const timer = setInterval(() => {
        const due = Math.floor(((performance.now() - start) / 1000) * RATE);
        while (sent < due) {
          sent++;
          void fire();
        }
        if (performance.now() - start >= seconds * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });

  console.log(`soak: warming up for ${WARMUP_SECONDS} s at ${RATE} req/s…`);
  for (let round = 1; round <= WARMUP_ROUNDS; round++) {
    await drive(WARMUP_SECONDS / WARMUP_ROUNDS);
    const live = await liveMemory();
    console.log(`  warm-up ${fmt((round * WARMUP_SECONDS) / WARMUP_ROUNDS, 0)} s: live heap ${fmt(live.heapUsed / 1048576)} MB, RSS ${fmt(rssMb(server.pid!))} MB`);
  }
  const rssStart = rssMb(server.pid!);
  const liveStart = await liveMemory();
  recording = true;
  console.log(`soak: ${SECONDS} s of mixed traffic at ${RATE} req/s (${Math.round((1 - STAFF_SHARE) * 100)}% readers, ${Math.round(STAFF_SHARE * 100)}% staff) on PostgreSQL`);
  const t0 = performance.now();
  const rssTrace: number[] = [];
  const sampler = setInterval(() => rssTrace.push(rssMb(server.pid!)), 10_000);
  await drive(SECONDS);
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
  clearInterval(sampler);
  const elapsed = (performance.now() - t0) / 1000;
  const rssEnd = rssMb(server.pid!);
  const liveEnd = await liveMemory();

  const report = (label: string, xs: Sample[]) => {
    const ms = xs.map((s) => s.ms);
    console.log(
      `${label.padEnd(8)} ${String(xs.length).padStart(7)} requests  ${fmt(xs.length / elapsed).padStart(6)} req/s  p50 ${fmt(percentile(ms, 50))} ms  p99 ${fmt(percentile(ms, 99))} ms  errors ${xs.filter((s) => !s.ok).length}`,
    );
  };
  console.log("");
  report("all", samples);
  report("readers", samples.filter((s) => s.kind === "read"));
  report("staff", samples.filter((s) => s.kind === "write"));
  const routes = new Map<string, number[]>();
  for (const x of samples) {
    const key = x.kind === "read" ? x.what.replace(/ \d+$/, "") : x.what.split(" ")[0]!;
    const ms = routes.get(key) ?? [];
    ms.push(x.ms);
    routes.set(key, ms);
  }
  console.log(`by route: ${[...routes].sort((a, b) => b[1].length - a[1].length).map(([k, ms]) => `${k} ${ms.length}× p50 ${fmt(percentile(ms, 50))} p99 ${fmt(percentile(ms, 99))} ms`).join("; ")}`);
  const staffOps = new Map<string, number>();
  for (const s of samples.filter((x) => x.kind === "write")) staffOps.set(s.what.split(" ")[0]!, (staffOps.get(s.what.split(" ")[0]!) ?? 0) + 1);
  console.log(`staff operations: ${[...staffOps].map(([k, v]) => `${k} ${v}`).join(", ")}; claims published during the run: ${published.length}`);
  if (dropped) {
    console.log(`OVERLOADED: ${dropped} arrivals not sent because ${MAX_IN_FLIGHT} requests were already waiting. The server did not sustain ${RATE} req/s on this machine; its memory below is a backlog's, not a steady state's. Lower SOAK_RATE.`);
  }
  for (const [what, count] of failures) console.log(`  error: ${what} × ${count}`);
  console.log(`server RSS: boot ${fmt(rssBoot)} MB, start (after ${WARMUP_SECONDS} s of warm-up) ${fmt(rssStart)} MB, end ${fmt(rssEnd)} MB → growth ${fmt(((rssEnd - rssStart) / rssStart) * 100)}% (target < 10%)`);
  console.log(`RSS every 10 s (MB): ${rssTrace.map((x) => fmt(x, 0)).join(" ")}`);
  const mb = (b: number) => b / 1024 / 1024;
  console.log(
    `after a full GC: heap used ${fmt(mb(liveStart.heapUsed))} → ${fmt(mb(liveEnd.heapUsed))} MB (${fmt(((liveEnd.heapUsed - liveStart.heapUsed) / liveStart.heapUsed) * 100)}%), RSS ${fmt(mb(liveStart.rss))} → ${fmt(mb(liveEnd.rss))} MB (${fmt(((liveEnd.rss - liveStart.rss) / liveStart.rss) * 100)}%), heap reserved ${fmt(mb(liveStart.heapTotal))} → ${fmt(mb(liveEnd.heapTotal))} MB, outside the heap ${fmt(mb(liveStart.external))} → ${fmt(mb(liveEnd.external))} MB`,
  );
  stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
