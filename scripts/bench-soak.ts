// npm run bench:soak — ten minutes of mixed newsroom traffic against a production build on
// PostgreSQL: 90% readers (claim, speaker, topic and list pages, search, feeds, the public API)
// and 10% staff (editing drafts, linking, annotating, and moving claims through the whole
// workflow: create → edit → submit → approve → retract). Prints throughput, p50/p99, errors and
// the server's RSS at the start and the end.
//
// Targets (README, issues 7 and 12), printed with PASS or FAIL after the figures: 0 reader errors
// and 0 staff errors (counted apart), every arrival sent at the offered rate (else OVERLOADED), no
// app server exited, and each server's RSS growing < 10% from the end of the warm-up to the end of
// the run. Only what is sent after the warm-up counts: its errors and the arrivals it could not
// send are reported on their own. Exit 1: a target missed; exit 2: the memory figure is not a
// steady state's (OVERLOADED), or no reader or no staff request was measured.
//
// The database holds the demo data plus SOAK_CLAIMS synthetic claims (2,000 by default, about
// 1,400 of them public): a newsroom's archive, not the 60 demo claims, so readers spread over
// more pages than the bounded page cache holds, as they do on a real site.
//
// Two targets (SOAK_TARGET):
// - single (default): one app server on SOAK_PORT, readers and staff straight to it;
// - cluster: the setup of `npm run cluster` — SOAK_SERVERS app servers (2) on SOAK_PORT,
//   SOAK_PORT+1, …, sharing PostgreSQL and Redis, behind Varnish on SOAK_EDGE_PORT (6401); all
//   traffic, readers and staff (sign-in included), goes to Varnish. It offers three times the
//   single server's rate by default (90 req/s) and reports, besides the same figures, each app
//   server's RSS and live heap and the edge's hit ratio. Readers leave from many loopback
//   addresses (127.0.1.x…), so Varnish sees many clients, as on the internet.
//
// Environment: SOAK_TARGET (single), SOAK_SECONDS (600), SOAK_WARMUP_SECONDS (180), SOAK_RATE
// requests/s (30; 90 for a cluster), SOAK_STAFF_SHARE (0.1), SOAK_CLAIMS (2000),
// SOAK_DATABASE_URL (a fresh `claimledger_soak` database on the local server by default; it is
// dropped and recreated), SOAK_PORT (3400); for a cluster also SOAK_SERVERS (2), SOAK_EDGE_PORT
// (6401), SOAK_EDGE_MEMORY (256m) and SOAK_REDIS_URL (redis://127.0.0.1:6379/3: the soak's own
// Redis database, emptied at the start; with database 0 only the claimledger:* keys are deleted).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";
import { closeDb, prisma, useDatabase } from "../lib/db";
import { serveCommand } from "./bench/serve-command";
import { loopbackReaders, resetRedis, startCluster, type Cluster } from "./bench/soak-cluster";
import { signalChildren, stopChildren, watchServer, type SoakServer } from "./bench/soak-servers";
import { BenchReport, exitCodeOf } from "./bench/report";
import { fmt, percentile } from "./bench/stats";
import { insertSyntheticClaims } from "./bench/synthetic";

const TARGET = process.env.SOAK_TARGET ?? "single";
if (TARGET !== "single" && TARGET !== "cluster")
  throw new Error(`SOAK_TARGET must be single or cluster (got ${TARGET})`);
const CLUSTER = TARGET === "cluster";
const PORT = Number(process.env.SOAK_PORT ?? 3400);
const SERVERS = CLUSTER ? Number(process.env.SOAK_SERVERS ?? 2) : 1;
if (!Number.isInteger(SERVERS) || SERVERS < 1 || SERVERS > 32)
  throw new Error("SOAK_SERVERS must be a whole number from 1 to 32");
const EDGE_PORT = Number(process.env.SOAK_EDGE_PORT ?? 6401);
const EDGE_DIR = ".data/soak-edge";
const REDIS_URL = process.env.SOAK_REDIS_URL ?? "redis://127.0.0.1:6379/3";
// Everything goes to the edge in a cluster.
const BASE = CLUSTER ? `http://127.0.0.1:${EDGE_PORT}` : `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
// The same traffic runs first: a fresh server fills its page cache (bounded, 16 MB) and grows
// its heap to working size in the first minutes, and "start" is taken after that, so the growth
// measured over the run is what a leak would add. The warm-up rounds print how it settles.
const WARMUP_SECONDS = Number(
  process.env.SOAK_WARMUP_SECONDS ?? Math.min(180, Math.max(10, Math.round(SECONDS * 0.3))),
);
const WARMUP_ROUNDS = 6;
// Open-loop arrivals at a rate the server sustains with headroom (on a 2-core machine; the
// report says plainly when arrivals outran the server, which makes its memory figures moot).
// A cluster is offered three times that: what the edge and the added servers are for.
const SINGLE_SERVER_RATE = 30;
const RATE = Number(process.env.SOAK_RATE ?? (CLUSTER ? 3 * SINGLE_SERVER_RATE : SINGLE_SERVER_RATE));
// Distinct reader addresses in a cluster (the public API's rate limit is per address).
const READER_ADDRESSES = 200;
const SYNTHETIC_CLAIMS = Number(process.env.SOAK_CLAIMS ?? 2000);
const STAFF_SHARE = Number(process.env.SOAK_STAFF_SHARE ?? 0.1);
const MAX_IN_FLIGHT = 256;
const DATABASE_URL = process.env.SOAK_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/claimledger_soak";
const PASSWORD = "claimledger-demo";
const TARGET_RSS_GROWTH_PCT = 10;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function recreateDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name) || !["127.0.0.1", "localhost"].includes(u.hostname))
    throw new Error(`refusing to recreate ${url}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
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
    if (![...this.cookies.keys()].some((k) => k.includes("session-token")))
      throw new Error(`sign-in of ${this.email} failed`);
  }

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const res = await fetch(`${BASE}${path}`, {
      method,
      headers: {
        cookie: this.cookieHeader,
        origin: BASE,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text.startsWith("{") ? JSON.parse(text) : null };
  }
}

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
  /** What the edge said (x-cache: HIT, MISS, PASS), for readers in a cluster. */
  cache?: string;
  /** How a failure is listed, when it says more than `what`. */
  failure?: string;
}

// Every process this soak starts, so that each is stopped on any way out: the end of the run,
// an error, Ctrl-C or SIGTERM.
const children: ChildProcess[] = [];
let stopping = false;
process.on("exit", () => signalChildren(children));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`soak: ${signal}: stopping the servers…`);
    void stopChildren(children).finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  if (!/^postgres(ql)?:/.test(DATABASE_URL))
    throw new Error("the soak runs on PostgreSQL: set SOAK_DATABASE_URL");
  // Readers' addresses come in X-Forwarded-For, as from the newsroom's proxy (one hop). In a
  // cluster that one hop is Varnish, which appends the address each reader connected from.
  const env = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", TRUSTED_PROXY_HOPS: "1" };
  await recreateDatabase(DATABASE_URL);
  run("npm", ["run", "-s", "db:migrate"], env);
  run("npm", ["run", "-s", "db:seed"], env);
  await useDatabase({ kind: "postgres", url: DATABASE_URL });
  await insertSyntheticClaims(prisma, { count: SYNTHETIC_CLAIMS, seed: 11 });
  await closeDb();
  if (!existsSync(".next/csp-nonce-token") || process.env.BENCH_BUILD === "1")
    run("npm", ["run", "-s", "build"], env);

  let servers: SoakServer[];
  let cluster: Cluster | null = null;
  const track = (child: ChildProcess) => {
    children.push(child);
    child.once("exit", (code, signal) => {
      if (!stopping)
        console.error(
          `soak: process ${child.pid} (${child.spawnfile}) exited unexpectedly (${code ?? signal})`,
        );
    });
  };
  if (CLUSTER) {
    console.log(`soak: ${await resetRedis(REDIS_URL)} (${REDIS_URL})`);
    // As `npm run cluster` starts them, plus --expose-gc (through NODE_OPTIONS: startApp sets
    // the node flags) so that the SIGUSR2 memory report follows a full collection.
    const edgeOrigin = `http://127.0.0.1:${EDGE_PORT}`;
    const clusterEnv = {
      ...env,
      REDIS_URL,
      EDGE_PURGE_URLS: edgeOrigin,
      SITE_URL: edgeOrigin,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--expose-gc"].filter(Boolean).join(" "),
    };
    cluster = await startCluster({
      servers: SERVERS,
      basePort: PORT,
      edgePort: EDGE_PORT,
      workDir: EDGE_DIR,
      memory: process.env.SOAK_EDGE_MEMORY ?? "256m",
      env: clusterEnv,
      track,
    });
    servers = cluster.servers;
    console.log(
      `soak: ${SERVERS} app server(s) on ${servers.map((s) => `127.0.0.1${s.name}`).join(", ")} behind Varnish on ${BASE}; Redis ${REDIS_URL}`,
    );
  } else {
    // The production server as `npm run serve` starts it, plus --expose-gc so its SIGUSR2 memory
    // report follows a full collection.
    const serve = serveCommand(["--expose-gc"], ["-p", String(PORT), "-H", "127.0.0.1"]);
    const server = spawn(serve.command, serve.args, {
      env: { ...env, ...serve.env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    track(server);
    // The server answers SIGUSR2 with its memory after a full collection: live heap, not garbage.
    servers = [watchServer(server, `:${PORT}`, { echo: false })];
  }
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error("server did not start");
    if (
      await fetch(`${BASE}/claims`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const rssBoot = servers.map((s) => s.rss());
  const readers = CLUSTER ? loopbackReaders(BASE, READER_ADDRESSES) : null;

  // What readers read: the demo's public pages, plus claims the staff publish during the run.
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const publicWhere = `c.status IN ('APPROVED', 'RETRACTED') AND c."deletedAt" IS NULL`;
  const slugs = async (sql: string) => (await db.query<{ slug: string }>(sql)).rows.map((r) => r.slug);
  const claimSlugs = await slugs(
    `SELECT slug FROM "Claim" c WHERE ${publicWhere} ORDER BY "saidAt" DESC NULLS LAST, slug`,
  );
  const speakerSlugs = await slugs(
    `SELECT DISTINCT s.slug FROM "Speaker" s JOIN "Claim" c ON c."speakerId" = s.id WHERE ${publicWhere}`,
  );
  const topicSlugs = await slugs(
    `SELECT DISTINCT t.slug FROM "Topic" t JOIN "ClaimTopic" ct ON ct."topicId" = t.id JOIN "Claim" c ON c.id = ct."claimId" WHERE ${publicWhere}`,
  );
  await db.end();
  const listPages = Math.ceil(claimSlugs.length / 20);
  console.log(
    `soak: readers choose among ${claimSlugs.length} public claims, ${speakerSlugs.length} speakers, ${topicSlugs.length} topics, ${listPages} list pages`,
  );
  const published: string[] = [];
  const queries = ["dam phan", "hoa binh", "ba ben", "Ukraine", "lenh ngung ban", "Nga", "lanh tho", "My"];
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  // Readership is skewed, as on any news site: the newest claims are read most, the archive's
  // long tail now and then (a third of claim reads land beyond the 400 newest of 1,400).
  const popular = <T>(xs: T[]): T => xs[Math.floor(Math.random() ** 3 * xs.length)]!;
  const readerPaths = (): string => {
    const r = Math.random();
    if (r < 0.4)
      return `/claims/${Math.random() < 0.15 && published.length ? pick(published) : popular(claimSlugs)}`;
    if (r < 0.5)
      return Math.random() < 0.5
        ? "/claims"
        : `/claims/page/${2 + Math.floor(Math.random() ** 2 * (listPages - 1))}`;
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
  const seedIds = (
    (await editor.call("GET", "/api/claims?q=")).json as { claims: { id: string }[] }
  ).claims.map((c) => c.id);
  // One article the soak's claims cite: approval needs a source (lib/checklists/service.ts).
  const soakRun = Date.now().toString(36);
  const outlet = (await editor.call("POST", "/api/outlets", { name: `Báo kiểm thử độ bền ${soakRun}` }))
    .json as {
    id: string;
  };
  const sourceArticle = (
    await editor.call("POST", "/api/articles", {
      outletId: outlet.id,
      title: `Bài kiểm thử độ bền ${soakRun}`,
      text: `Ông Ushakov cho biết đàm phán hòa bình sẽ tiếp tục. Bài kiểm thử độ bền ${soakRun}.`,
    })
  ).json as { id: string };

  // Staff work in lanes: each lane owns one claim at a time and walks it through the workflow,
  // so staff never edit over each other (a 409 here would be a real error).
  interface Lane {
    busy: boolean;
    claim: { id: string; slug: string; version: number } | null;
    step: number;
    linkId: string | null;
  }
  const lanes: Lane[] = Array.from({ length: 8 }, () => ({
    busy: false,
    claim: null,
    step: 0,
    linkId: null,
  }));
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
        return track(
          await editor.call("PATCH", `/api/claims/${c.id}`, { ...content(n), version: c.version }),
          "edit",
        );
      case 1: {
        const r = await editor.call("POST", "/api/links", {
          fromClaimId: c.id,
          toClaimId: pick(seedIds),
          type: "RESPONDS_TO",
          note: `soak ${n}`,
        });
        lane.linkId = (r.json as { id?: string } | null)?.id ?? null;
        return { status: r.status, what: "link" };
      }
      case 3:
        return {
          status: (
            await reviewer.call("POST", `/api/claims/${pick(seedIds)}/annotations`, {
              body: `Ghi chú kiểm thử ${n}`,
            })
          ).status,
          what: "annotate",
        };
      case 4:
        await editor.call("POST", `/api/claims/${c.id}/appearances`, {
          articleId: sourceArticle.id,
          start: 0,
          end: 11,
          exact: "Ông Ushakov",
          chain: [{ kind: "OUTLET", label: "Báo kiểm thử độ bền" }],
        });
        return track(
          await editor.call("POST", `/api/claims/${c.id}/transitions`, {
            transition: "submit",
            version: c.version,
          }),
          "submit",
        );
      case 5: {
        const r = track(
          await reviewer.call("POST", `/api/claims/${c.id}/transitions`, {
            transition: "approve",
            version: c.version,
          }),
          "approve",
        );
        if (r.status === 200) published.push(c.slug);
        return r;
      }
      case 6: {
        const r = await editor.call("DELETE", `/api/links/${lane.linkId}`, {});
        return { status: r.status, what: "unlink" };
      }
      default: {
        const r = track(
          await reviewer.call("POST", `/api/claims/${c.id}/transitions`, {
            transition: "retract",
            version: c.version,
            reason: "Kiểm thử độ bền: rút lại.",
          }),
          "retract",
        );
        lane.claim = null;
        return r;
      }
    }
  }

  const samples: Sample[] = [];
  let inFlight = 0;
  // Arrivals not sent because MAX_IN_FLIGHT requests were waiting: during the warm-up, then
  // (reset when recording starts) during the run.
  let dropped = 0;
  let warmupDropped = 0;
  let recording = false;
  // Failures of the run by kind (readers apart from staff), and the warm-up's.
  const failures = { read: new Map<string, number>(), write: new Map<string, number>() };
  const warmupFailures = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const fire = async () => {
    if (inFlight >= MAX_IN_FLIGHT) {
      dropped++;
      return;
    }
    // A request belongs to the phase it was sent in: a warm-up request that ends during the run
    // is not counted in the run.
    const recorded = recording;
    inFlight++;
    const t0 = performance.now();
    const lane = Math.random() < STAFF_SHARE ? lanes.find((l) => !l.busy) : undefined;
    const kind: Sample["kind"] = lane ? "write" : "read";
    let sample: Omit<Sample, "ms">;
    try {
      if (lane) {
        lane.busy = true;
        try {
          const r = await staffStep(lane);
          sample = { kind, ok: r.status >= 200 && r.status < 300, what: `${r.what} ${r.status}` };
        } finally {
          lane.busy = false;
        }
      } else {
        const path = readerPaths();
        if (readers) {
          // Readers connect to the edge from many addresses of their own.
          const res = await readers.get(path);
          const what = `GET ${routeOf(path)} ${res.status}`;
          const ok = res.status >= 200 && res.status < 300;
          // Whose 503: an app server's admission control says Retry-After: 1; Varnish's own
          // (built-in vcl_backend_error: no app server answered in time) Retry-After: 5.
          const whose503 =
            res.retryAfter === "1"
              ? ", app server busy (admission control)"
              : ", from Varnish: backend fetch failed";
          const failure = ok
            ? undefined
            : `${what} (x-cache ${res.cache}${res.status === 503 ? whose503 : ""})`;
          sample = { kind, ok, what, cache: res.cache, ...(failure ? { failure } : {}) };
        } else {
          // Readers come from many addresses (behind the newsroom's proxy), as on a real site.
          const res = await fetch(`${BASE}${path}`, {
            headers: {
              "x-forwarded-for": `10.0.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}`,
            },
          });
          await res.arrayBuffer();
          sample = { kind, ok: res.ok, what: `GET ${routeOf(path)} ${res.status}` };
        }
      }
    } catch (error) {
      // A staff request that threw is a staff error, a reader's a reader error.
      sample = {
        kind,
        ok: false,
        what: `${kind === "write" ? "staff" : "reader"} request failed: ${String(error)}`,
      };
    }
    inFlight--;
    if (!recorded) {
      if (!sample.ok)
        count(warmupFailures, `${kind === "write" ? "staff" : "reader"}: ${sample.failure ?? sample.what}`);
      return;
    }
    samples.push({ ...sample, ms: performance.now() - t0 });
    if (!sample.ok) count(failures[kind], sample.failure ?? sample.what);
  };

  // Nothing left to send traffic to: every app server (or the edge) has exited.
  const down = () =>
    servers.every((s) => s.exited !== null) ||
    (cluster !== null && (cluster.edge.exitCode !== null || cluster.edge.signalCode !== null));
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
        if (performance.now() - start >= seconds * 1000 || down()) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });

  const mb = (b: number) => b / 1024 / 1024;
  const liveMemory = () => Promise.all(servers.map((s) => s.liveMemory()));
  const label = (s: SoakServer) => (CLUSTER ? `server ${s.name}` : "server");
  console.log(`soak: warming up for ${WARMUP_SECONDS} s at ${RATE} req/s…`);
  const warmupAt = Date.now();
  for (let round = 1; round <= WARMUP_ROUNDS; round++) {
    await drive(WARMUP_SECONDS / WARMUP_ROUNDS);
    if (down()) break;
    const live = await liveMemory();
    const each = servers.map(
      (s, i) =>
        `${CLUSTER ? `${s.name} ` : ""}live heap ${fmt((live[i]?.heapUsed ?? Number.NaN) / 1048576)} MB, RSS ${fmt(s.rss())} MB`,
    );
    console.log(
      `  warm-up ${fmt((round * WARMUP_SECONDS) / WARMUP_ROUNDS, 0)} s: ${each.join("; ")}${cluster ? `; Varnish RSS ${fmt(cluster.edgeRss())} MB` : ""}`,
    );
  }
  if (warmupFailures.size) {
    const list = [...warmupFailures].sort((a, b) => b[1] - a[1]);
    console.log(
      `  warm-up errors (not counted in the results): ${list.reduce((n, [, c]) => n + c, 0)}: ${list
        .slice(0, 6)
        .map(([k, v]) => `${k} × ${v}`)
        .join("; ")}`,
    );
  }
  // The run's counters start from zero: what the warm-up could not send is reported on its own.
  warmupDropped = dropped;
  dropped = 0;
  if (warmupDropped)
    console.log(
      `  warm-up: ${warmupDropped} arrivals not sent (${MAX_IN_FLIGHT} requests waiting; not counted in the results)`,
    );
  const rssStart = servers.map((s) => s.rss());
  const liveStart = await liveMemory();
  const edgeRssStart = cluster?.edgeRss() ?? Number.NaN;
  const countersStart = cluster?.edgeCounters() ?? null;
  recording = true;
  console.log(
    `soak: ${SECONDS} s of mixed traffic at ${RATE} req/s (${Math.round((1 - STAFF_SHARE) * 100)}% readers, ${Math.round(STAFF_SHARE * 100)}% staff) on PostgreSQL${CLUSTER ? `, through Varnish to ${SERVERS} app servers` : ""}`,
  );
  const t0 = performance.now();
  const startedAt = Date.now();
  const rssTrace: number[][] = servers.map(() => []);
  const sampler = setInterval(() => {
    for (const [i, s] of servers.entries()) rssTrace[i]!.push(s.rss());
  }, 10_000);
  await drive(SECONDS);
  if (down())
    console.log(
      `soak: ${CLUSTER ? "every app server or the edge" : "the server"} has exited: traffic stopped after ${fmt((performance.now() - t0) / 1000, 0)} s`,
    );
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
  clearInterval(sampler);
  const elapsed = (performance.now() - t0) / 1000;
  const rssEnd = servers.map((s) => s.rss());
  const liveEnd = await liveMemory();
  const edgeRssEnd = cluster?.edgeRss() ?? Number.NaN;
  const countersEnd = cluster?.edgeCounters() ?? null;
  readers?.close();

  const when = (at: number) =>
    at < warmupAt
      ? "before the warm-up"
      : at < startedAt
        ? `warm-up +${fmt((at - warmupAt) / 1000, 0)} s`
        : `run +${fmt((at - startedAt) / 1000, 0)} s`;
  const growthOf = (i: number) =>
    servers[i]!.exited ? "n/a (exited)" : `${fmt(((rssEnd[i]! - rssStart[i]!) / rssStart[i]!) * 100)}%`;
  const report = (label: string, xs: Sample[]) => {
    const ms = xs.map((s) => s.ms);
    console.log(
      `${label.padEnd(8)} ${String(xs.length).padStart(7)} requests  ${fmt(xs.length / elapsed).padStart(6)} req/s  p50 ${fmt(percentile(ms, 50))} ms  p99 ${fmt(percentile(ms, 99))} ms  errors ${xs.filter((s) => !s.ok).length}`,
    );
  };
  console.log("");
  report("all", samples);
  report(
    "readers",
    samples.filter((s) => s.kind === "read"),
  );
  report(
    "staff",
    samples.filter((s) => s.kind === "write"),
  );
  const routes = new Map<string, number[]>();
  for (const x of samples) {
    const key = x.kind === "read" ? x.what.replace(/ \d+$/, "") : x.what.split(" ")[0]!;
    const ms = routes.get(key) ?? [];
    ms.push(x.ms);
    routes.set(key, ms);
  }
  console.log(
    `by route: ${[...routes]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([k, ms]) => `${k} ${ms.length}× p50 ${fmt(percentile(ms, 50))} p99 ${fmt(percentile(ms, 99))} ms`)
      .join("; ")}`,
  );
  const staffOps = new Map<string, number>();
  for (const s of samples.filter((x) => x.kind === "write"))
    staffOps.set(s.what.split(" ")[0]!, (staffOps.get(s.what.split(" ")[0]!) ?? 0) + 1);
  console.log(
    `staff operations: ${[...staffOps].map(([k, v]) => `${k} ${v}`).join(", ")}; claims published during the run: ${published.length}`,
  );
  if (cluster) {
    // The edge, as readers saw it (x-cache on each response), and as Varnish counted it.
    const reads = samples.filter((s) => s.kind === "read");
    const byCache = new Map<string, number[]>();
    for (const x of reads) {
      const ms = byCache.get(x.cache ?? "none") ?? [];
      ms.push(x.ms);
      byCache.set(x.cache ?? "none", ms);
    }
    const hits = byCache.get("HIT")?.length ?? 0;
    console.log(
      `edge: hit ratio ${fmt((hits / reads.length) * 100)}% of reader responses (x-cache: ${[...byCache]
        .sort((a, b) => b[1].length - a[1].length)
        .map(
          ([k, ms]) =>
            `${k} ${ms.length} (${fmt((ms.length / reads.length) * 100)}%) p50 ${fmt(percentile(ms, 50))} p99 ${fmt(percentile(ms, 99))} ms`,
        )
        .join(", ")})`,
    );
    // A public page fetched with status 200 but not stored (x-cache PASS): a purge arrived while
    // it was being fetched (the VCL's purge generation), so Varnish kept nothing.
    const passed = reads.filter((x) => x.cache === "PASS" && / 200$/.test(x.what)).length;
    if (passed)
      console.log(
        `edge: ${passed} reader responses (200) fetched but not stored: a purge arrived during the fetch`,
      );
    const hitByRoute = new Map<string, [number, number]>();
    for (const x of reads) {
      const key = x.what.replace(/ \d+$/, "");
      const [h, n] = hitByRoute.get(key) ?? [0, 0];
      hitByRoute.set(key, [h + (x.cache === "HIT" ? 1 : 0), n + 1]);
    }
    console.log(
      `edge hit ratio by route: ${[...hitByRoute]
        .sort((a, b) => b[1][1] - a[1][1])
        .map(([k, [h, n]]) => `${k} ${fmt((h / n) * 100, 0)}%`)
        .join("; ")}`,
    );
    if (countersStart && countersEnd) {
      const delta = (k: string) => (countersEnd.get(k) ?? 0) - (countersStart.get(k) ?? 0);
      const counters = [
        "cache_hit",
        "cache_hit_grace",
        "cache_miss",
        "cache_hitmiss",
        "cache_hitpass",
        "s_pass",
        "s_synth",
        "backend_fail",
        "backend_unhealthy",
        "fetch_failed",
        "n_lru_nuked",
        "sess_dropped",
        "req_dropped",
        "thread_queue_len",
      ]
        .filter((k) => countersEnd.has(`MAIN.${k}`))
        .map((k) => `${k} ${delta(`MAIN.${k}`)}`);
      const backends = [...countersEnd.keys()]
        .map((k) => /^VBE\.[^.]+\.(app\d+)\.req$/.exec(k))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => `${m[1]} (:${PORT + Number(m[1]!.slice(3)) - 1}) ${delta(m[0])}`);
      console.log(
        `Varnish over the run: ${counters.join(", ")}; objects cached at the end ${countersEnd.get("MAIN.n_object") ?? "?"}; fetches per app server: ${backends.join(", ")}`,
      );
    } else {
      console.log("Varnish counters: varnishstat gave nothing");
    }
    const changes = cluster.healthChanges;
    console.log(
      `edge health probes: ${
        changes.length
          ? `${changes.filter((c) => c.change === "went sick").length} time(s) an app server was taken out of rotation: ${changes
              .slice(0, 24)
              .map((c) => `${c.backend} ${c.change} (${when(c.at)})`)
              .join(", ")}${changes.length > 24 ? ", …" : ""}`
          : "every app server stayed in rotation"
      }`,
    );
    console.log(
      `Varnish (worker) RSS: start ${fmt(edgeRssStart)} MB, end ${fmt(edgeRssEnd)} MB (cache storage up to ${process.env.SOAK_EDGE_MEMORY ?? "256m"})`,
    );
  }
  if (dropped) {
    console.log(
      `OVERLOADED: ${dropped} arrivals not sent because ${MAX_IN_FLIGHT} requests were already waiting. The ${CLUSTER ? "cluster" : "server"} did not sustain ${RATE} req/s on this machine; its memory below is a backlog's, not a steady state's. Lower SOAK_RATE.`,
    );
  }
  for (const [what, n] of failures.read) console.log(`  reader error: ${what} × ${n}`);
  for (const [what, n] of failures.write) console.log(`  staff error: ${what} × ${n}`);
  for (const [i, s] of servers.entries()) {
    const [boot, start, end, trace, a, b] = [
      rssBoot[i]!,
      rssStart[i]!,
      rssEnd[i]!,
      rssTrace[i]!,
      liveStart[i],
      liveEnd[i],
    ];
    if (s.exited)
      console.log(
        `${label(s)} EXITED (${s.exited.how}) at ${when(s.exited.at)}${/SIGABRT/.test(s.exited.how) ? ": see its log below (V8 aborts when the heap reaches --max-old-space-size)" : ""}`,
      );
    console.log(
      `${label(s)} RSS: boot ${fmt(boot)} MB, start (after ${WARMUP_SECONDS} s of warm-up) ${fmt(start)} MB, end ${fmt(end)} MB → growth ${growthOf(i)} (target < 10%)`,
    );
    console.log(
      `${CLUSTER ? "  " : ""}RSS every 10 s (MB): ${trace
        .filter(Number.isFinite)
        .map((x) => fmt(x, 0))
        .join(" ")}${s.exited ? " (exited)" : ""}`,
    );
    if (!a || !b) {
      console.log(
        `${CLUSTER ? "  " : ""}after a full GC: n/a (${s.exited ? "the server exited" : "the server did not answer SIGUSR2 within 30 s"})`,
      );
      continue;
    }
    console.log(
      `${CLUSTER ? "  " : ""}after a full GC: heap used ${fmt(mb(a.heapUsed))} → ${fmt(mb(b.heapUsed))} MB (${fmt(((b.heapUsed - a.heapUsed) / a.heapUsed) * 100)}%), RSS ${fmt(mb(a.rss))} → ${fmt(mb(b.rss))} MB (${fmt(((b.rss - a.rss) / a.rss) * 100)}%), heap reserved ${fmt(mb(a.heapTotal))} → ${fmt(mb(b.heapTotal))} MB, outside the heap ${fmt(mb(a.external))} → ${fmt(mb(b.external))} MB`,
    );
  }
  if (CLUSTER) {
    // Every change purges the edge and the shared tag state through the outbox: anything not
    // done, or done only on a retry, is a purge that failed at first.
    const db2 = new pg.Client({ connectionString: DATABASE_URL });
    await db2.connect();
    await new Promise((r) => setTimeout(r, 1000)); // the last changes' invalidations finish
    const { rows } = await db2.query<{ total: string; pending: string; retried: string }>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE "doneAt" IS NULL) AS pending, count(*) FILTER (WHERE attempts > 1 OR "lastError" IS NOT NULL) AS retried FROM "OutboxEvent"`,
    );
    const outboxErrors = await db2.query<{ error: string; n: string }>(
      `SELECT left("lastError", 200) AS error, count(*) AS n FROM "OutboxEvent" WHERE "lastError" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
    );
    await db2.end();
    const o = rows[0]!;
    console.log(
      `invalidations (outbox, since boot): ${o.total} events, ${o.pending} not done at the end, ${o.retried} needed a retry${outboxErrors.rows.map((e) => `\n  outbox error: ${e.error} × ${e.n}`).join("")}`,
    );
    for (const s of servers) {
      const notable = [...s.log.notable].sort((a, b) => b[1] - a[1]);
      console.log(
        `server ${s.name} log since boot (stderr in ${EDGE_DIR}/app-${s.name.slice(1)}.log): ${s.log.lines} line(s)${notable.length ? `, ${notable.reduce((n, [, c]) => n + c, 0)} about purges, the outbox, Redis or errors:` : ""}`,
      );
      for (const [line, count] of notable.slice(0, 8)) console.log(`  ${line} × ${count}`);
    }
  }
  const readerSamples = samples.filter((s) => s.kind === "read");
  const staffSamples = samples.filter((s) => s.kind === "write");
  const readerErrors = readerSamples.filter((s) => !s.ok).length;
  const staffErrors = staffSamples.filter((s) => !s.ok).length;
  const growth = servers.map((s, i) => `${CLUSTER ? `${s.name} ` : ""}${growthOf(i)}`);
  const exited = servers.filter((s) => s.exited);
  // Before the servers are stopped below (a stopped server counts as exited).
  const growthPct = servers.map((s, i) =>
    s.exited ? Number.NaN : ((rssEnd[i]! - rssStart[i]!) / rssStart[i]!) * 100,
  );
  console.log(
    `verdict: ${exited.length ? `EXITED: ${exited.map((s) => `${s.name} (${s.exited!.how}, ${when(s.exited!.at)})`).join(", ")}; ` : ""}reader errors ${readerErrors}, staff errors ${staffErrors}; ${dropped ? `OVERLOADED (${dropped} arrivals not sent)` : `every arrival sent at ${RATE} req/s`}; RSS growth ${growth.join(", ")} (target < ${TARGET_RSS_GROWTH_PCT}%)`,
  );
  stopping = true;
  await stopChildren(children);

  console.log("");
  const targets = new BenchReport("bench:soak");
  targets.precondition("reader requests measured", readerSamples.length > 0, `${readerSamples.length}`);
  targets.precondition(
    "staff requests measured",
    STAFF_SHARE === 0 || staffSamples.length > 0,
    `${staffSamples.length} (SOAK_STAFF_SHARE ${STAFF_SHARE})`,
  );
  targets.target("reader errors", readerErrors, "<=", 0, { digits: 0 });
  targets.target("staff errors", staffErrors, "<=", 0, { digits: 0 });
  targets.target(`arrivals not sent at ${RATE} req/s (OVERLOADED)`, dropped, "<=", 0, { digits: 0 });
  targets.check(
    "no app server exited",
    exited.length === 0,
    exited.map((s) => `${s.name} ${s.exited!.how}`).join(", "),
  );
  // A backlog's memory says nothing about leaks: the growth is a steady state's or not reported.
  if (
    targets.precondition(
      "memory measured in a steady state (every arrival sent)",
      dropped === 0,
      dropped ? `OVERLOADED: ${dropped} arrivals not sent` : "",
    )
  ) {
    for (const [i, s] of servers.entries()) {
      targets.target(`${label(s)} RSS growth over the run`, growthPct[i]!, "<", TARGET_RSS_GROWTH_PCT, {
        unit: "%",
      });
    }
  }
  return targets.finish();
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    const code = exitCodeOf("bench:soak", error);
    stopping = true;
    await stopChildren(children);
    process.exit(code);
  },
);
