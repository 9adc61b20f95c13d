// npm run bench:edge — what a reader gets from the edge cache, against the cheapest server there
// is, on this machine, with the same client, in one run:
//   static  nginx serving a file that holds exactly the bytes of a public claim page
//   edge    the same claim page through Varnish (deploy/varnish/claimledger.vcl) in front of one
//           app server, served from Varnish's cache (checked: the second request is a HIT)
//   direct  the same claim page from the app server itself (its in-process page cache)
//   search  /search?q=hoa+binh (Vietnamese, typed without diacritics) through the edge
// Each target gets a 2 s warm-up, then BENCH_SECONDS (10) of load, one after the other (wrk if
// installed, else autocannon). Absolute numbers drift between runs; the ratios of one run are what
// to compare. The targets follow with PASS or FAIL, then the verdict, and the last line is
// `edge/static ratio X.XX` (edge claim req/s ÷ nginx req/s; target ≥ 0.50, issue 12).
// Exit 1: a target missed (the ratio; the search page served from the edge cache; the gzip,
// direct and search runs answered, without errors — a 503 counts) or something failed. Exit 2,
// without a ratio: a precondition absent — nginx or Varnish missing and not installable, a port
// taken, the claim page not 200 or not from the app's page cache or not a HIT at the edge, nginx or
// the edge serving other bytes than the app, an error (non-2xx or socket) in a static or edge claim
// run or a run that answered nothing, or the claim no longer a HIT after the runs.
//
// Environment: BENCH_SECONDS (10), BENCH_ROUNDS (1: with more, the targets are measured in turn
// that many times and medians reported), BENCH_CONNECTIONS (32), BENCH_APP_PORT (3301),
// BENCH_EDGE_PORT (6301), BENCH_NGINX_PORT (8301), BENCH_SEARCH_QUERY ("hoa binh").
// The app runs on a fresh PGlite database (.data/bench-edge: migrated and seeded), with no
// Redis and no purge targets; the production build is made only if there is none.
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { BenchReport, EXIT_FAIL, exitCodeOf, PreconditionMissing } from "./bench/report";
import { portTaken } from "./bench/port";
import { fmt, percentile, type LoadResult } from "./bench/stats";
import { startApp, startVarnish, stopAll, varnishAvailable } from "./edge/processes.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
// Rounds through all targets (medians reported): more than 1 evens out a neighbour's load.
const ROUNDS = Math.max(1, Math.floor(Number(process.env.BENCH_ROUNDS ?? 1)));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3301);
const EDGE_PORT = Number(process.env.BENCH_EDGE_PORT ?? 6301);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 8301);
const SEARCH_QUERY = process.env.BENCH_SEARCH_QUERY ?? "hoa binh";
const DATA_DIR = ".data/bench-edge";
const VARNISH_DIR = ".data/bench-edge-varnish";
// What the app server, Varnish and nginx print goes here, not to the terminal (nothing may follow
// the last line); the tail is shown when one of them fails to start.
const LOG_DIR = ".data/bench-edge-logs";
const TARGET_RATIO = 0.5;

const median = (xs: number[]) => percentile(xs, 50);

const APP = `http://127.0.0.1:${APP_PORT}`;
const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
const NGINX = `http://127.0.0.1:${NGINX_PORT}`;

/** A failure that ends the bench (exit 1); a precondition absent is a PreconditionMissing (exit 2). */
class BenchError extends Error {}

// ---- child processes: every one is stopped on exit, on error and on Ctrl-C ------------------

const children: ChildProcess[] = [];
const starting = new Set<Promise<unknown>>();
let tmpDir: string | null = null;
let cleaning: Promise<void> | null = null;

/** A log file for a child's stdout and stderr: its path, and a descriptor to hand to spawn. */
function logFile(name: string): { file: string; fd: number } {
  mkdirSync(LOG_DIR, { recursive: true });
  const file = path.join(LOG_DIR, `${name}.log`);
  return { file, fd: openSync(file, "w") };
}

function tail(file: string, chars = 3000): string {
  const text = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  return text ? `\n--- ${file} (end) ---\n${text.slice(-chars)}` : "";
}

/**
 * Starts a child whose output goes to LOG_DIR/<name>.log, keeping it in view while it starts (an
 * interrupt then still stops it); a failure to start shows the end of its log.
 */
async function started(
  name: string,
  start: (stdio: StdioOptions) => Promise<ChildProcess>,
): Promise<ChildProcess> {
  const log = logFile(name);
  const pending = start(["ignore", log.fd, log.fd]);
  starting.add(pending);
  try {
    const child = await pending;
    children.push(child);
    return child;
  } catch (error) {
    throw new BenchError(`${error instanceof Error ? error.message : String(error)}${tail(log.file)}`);
  } finally {
    starting.delete(pending);
    closeSync(log.fd);
  }
}

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    const pending = [...starting];
    await Promise.allSettled(pending);
    await stopAll(children);
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): once is enough.
    if (interrupted) return;
    interrupted = true;
    console.error(`\nbench:edge: ${signal}, stopping everything`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Last resort (an exit without cleanup): nothing may outlive the bench.
process.on("exit", () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

// ---- tools ----------------------------------------------------------------------------------

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new BenchError(`${cmd} ${args.join(" ")} failed`);
}

/** nginx's path; installs nginx-light (and wrk) once if it is missing. */
function ensureNginx(): string {
  const found = has("nginx") || (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "");
  if (found) return found;
  console.log("bench:edge: nginx not found; apt-get install -y -qq nginx-light wrk");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "nginx-light", "wrk"], { stdio: "inherit", env }).status ===
    0;
  // A fresh machine may have no package lists yet: one update, then the same install.
  const ok =
    install() ||
    (spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }).status === 0 && install());
  const after = has("nginx") || (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "");
  if (!ok || !after) {
    throw new PreconditionMissing(
      "nginx is not installed and `apt-get install -y nginx-light wrk` failed: install nginx (and wrk) and run again",
    );
  }
  return after;
}

// ---- HTTP -----------------------------------------------------------------------------------

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Bytes of the status line and header block as sent. */
  headerBytes: number;
}

/** One GET with only Host (like wrk and autocannon send): no Accept-Encoding, no keep-alive reuse. */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const headerBytes =
          `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length +
          res.rawHeaders.reduce((n, h) => n + Buffer.byteLength(h) + 2, 0) +
          2;
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          headerBytes,
        });
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url} within 30 s`)));
    req.on("error", reject);
    req.end();
  });
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const header = (r: Reply, name: string) => String(r.headers[name] ?? "-");

// ---- load -----------------------------------------------------------------------------------

/** wrk's path once known (nginx's install may bring it), empty when autocannon is used. */
let WRK = "";

function wrkMs(v: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(v);
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return { us: n / 1000, ms: n, s: n * 1000, m: n * 60_000 }[m[2] as "us" | "ms" | "s" | "m"];
}

function wrk(url: string, seconds: number, headers: Record<string, string>): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const headerArgs = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
    const child = spawn(
      "wrk",
      ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", ...headerArgs, url],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    children.push(child);
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (children.includes(child)) children.splice(children.indexOf(child), 1);
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
      if (code !== 0 || !Number.isFinite(rps)) {
        reject(new BenchError(`wrk ${url} failed (exit ${code}):\n${out}${err}`));
        return;
      }
      const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
      const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const [refused, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
      const errors = non2xx + refused! + read! + write! + timeout!;
      const detail = errors
        ? [
            non2xx && `${non2xx} non-2xx`,
            refused && `${refused} connect`,
            read && `${read} read`,
            write && `${write} write`,
            timeout && `${timeout} timeout`,
          ]
            .filter(Boolean)
            .join(", ")
        : "";
      resolve({
        rps,
        p50: wrkMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? ""),
        p99: wrkMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? ""),
        errors,
        detail,
      });
    });
  });
}

async function cannon(url: string, seconds: number, headers: Record<string, string>): Promise<LoadResult> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  const codes = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, s]) => `${s.count}× ${code}`);
  const errors = r.errors + r.non2xx + r.timeouts;
  const detail = errors
    ? [...codes, r.errors && `${r.errors} socket`, r.timeouts && `${r.timeouts} timeout`]
        .filter(Boolean)
        .join(", ")
    : "";
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors, detail };
}

const load = (url: string, seconds: number, headers: Record<string, string> = {}) =>
  WRK ? wrk(url, seconds, headers) : cannon(url, seconds, headers);

// ---- nginx ----------------------------------------------------------------------------------

async function startNginx(
  nginx: string,
  dir: string,
  files: Record<string, Buffer>,
  stdio: StdioOptions,
): Promise<ChildProcess> {
  const www = path.join(dir, "www");
  for (const [urlPath, bytes] of Object.entries(files)) {
    const file = path.join(www, ...urlPath.split("/").filter(Boolean));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  // nginx's workers drop to an unprivileged user when it runs as root: they must read the files.
  for (const d of [dir, www]) chmodSync(d, 0o755);
  spawnSync("chmod", ["-R", "a+rX", www]);
  const conf = path.join(dir, "nginx.conf");
  const temp = (name: string) => path.join(dir, name);
  writeFileSync(
    conf,
    `daemon off;
worker_processes 2;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")};
events {}
http {
  access_log off;
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${www};
    location / { default_type text/html; }
  }
}
`,
  );
  const args = ["-p", dir, "-c", conf, "-e", temp("error.log")];
  const test = spawnSync(nginx, ["-t", "-q", ...args], { encoding: "utf8" });
  if (test.status !== 0)
    throw new BenchError(`nginx rejected its configuration:\n${test.stderr}${test.stdout}`);
  const child = spawn(nginx, args, { stdio });
  const [probe, bytes] = Object.entries(files)[0]!;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const r = await get(`${NGINX}${probe}`);
      if (r.status === 200 && r.body.equals(bytes) && String(r.headers.server ?? "").startsWith("nginx"))
        return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new BenchError(`nginx did not start on 127.0.0.1:${NGINX_PORT}${tail(temp("error.log"))}`);
}

// ---- the bench ------------------------------------------------------------------------------

async function main(): Promise<number> {
  const nginx = ensureNginx();
  WRK = has("wrk");
  if (!WRK)
    console.log(
      "bench:edge: wrk not found, using autocannon (in this process: it shares the 2 cores; apt-get install -y wrk)",
    );
  if (!varnishAvailable())
    throw new PreconditionMissing("varnishd not found: apt-get install -y varnish varnish-modules");
  for (const [name, port] of [
    ["BENCH_APP_PORT", APP_PORT],
    ["BENCH_EDGE_PORT", EDGE_PORT],
    ["BENCH_NGINX_PORT", NGINX_PORT],
  ] as const) {
    if (await portTaken(port))
      throw new PreconditionMissing(
        `127.0.0.1:${port} is already in use: stop what listens there or set ${name}`,
      );
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DATA_DIR: DATA_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    // Beyond 64 requests in progress the server sheds load (503); the direct run wants its real
    // throughput (a 503 is still counted as an error).
    MAX_INFLIGHT: "4096",
  };
  delete env.REDIS_URL;
  delete env.EDGE_PURGE_URLS;

  if (!existsSync(".next/BUILD_ID") || !existsSync(".next/csp-nonce-token")) {
    console.log("bench:edge: no production build here: npm run build");
    run("npm", ["run", "-s", "build"], env);
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
  run("npm", ["run", "-s", "db:migrate"], env);
  run("npm", ["run", "-s", "db:seed"], env);

  await started("app", (stdio) => startApp({ port: APP_PORT, env, stdio }));

  const list = await get(`${APP}/api/v1/claims?limit=1`);
  const slug = (JSON.parse(list.body.toString("utf8")) as { data?: { slug?: string }[] }).data?.[0]?.slug;
  if (list.status !== 200 || !slug)
    throw new PreconditionMissing(`GET /api/v1/claims?limit=1 gave no claim (HTTP ${list.status})`);
  const claimPath = `/claims/${encodeURIComponent(slug)}`;
  const searchPath = `/search?q=${encodeURIComponent(SEARCH_QUERY).replaceAll("%20", "+")}`;

  // Direct: the first request renders, the next come from the server's page cache.
  const direct1 = await get(`${APP}${claimPath}`);
  const direct = await get(`${APP}${claimPath}`);
  if (direct1.status !== 200 || direct.status !== 200)
    throw new PreconditionMissing(`${claimPath} answered HTTP ${direct1.status}/${direct.status} directly`);
  const page = direct.body;

  await started("varnish", (stdio) =>
    startVarnish({
      port: EDGE_PORT,
      backends: [{ host: "127.0.0.1", port: APP_PORT }],
      workDir: VARNISH_DIR,
      memory: "256m",
      stdio,
    }),
  );
  const edge1 = await get(`${EDGE}${claimPath}`);
  const edge2 = await get(`${EDGE}${claimPath}`);
  if (edge2.status !== 200 || header(edge2, "x-cache") !== "HIT") {
    throw new PreconditionMissing(
      `the edge does not serve ${claimPath} from its cache: HTTP ${edge1.status} x-cache ${header(edge1, "x-cache")}, then HTTP ${edge2.status} x-cache ${header(edge2, "x-cache")}`,
    );
  }
  // What browsers get: Accept-Encoding: gzip (shown for comparison, not in the ratio).
  const gzip = { "accept-encoding": "gzip" };
  const gz1 = await get(`${EDGE}${claimPath}`, gzip);
  const gz2 = await get(`${EDGE}${claimPath}`, gzip);
  const search1 = await get(`${EDGE}${searchPath}`);
  const search2 = await get(`${EDGE}${searchPath}`);
  if (search2.status !== 200)
    throw new PreconditionMissing(`${searchPath} answered HTTP ${search2.status} through the edge`);

  tmpDir = mkdtempSync(path.join(os.tmpdir(), "bench-edge-"));
  await started("nginx", (stdio) => startNginx(nginx, tmpDir!, { [claimPath]: page }, stdio));
  const stat = await get(`${NGINX}${claimPath}`);

  console.log(
    `bench:edge with ${WRK ? "wrk -t2" : "autocannon"}, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per target, one after the other, ${os.cpus().length} CPUs`,
  );
  console.log(`  claim page ${claimPath}: ${kb(page.length)}`);
  console.log(
    `  static  nginx: body ${stat.body.equals(page) ? "identical" : "DIFFERS"}, headers ${kb(stat.headerBytes)}`,
  );
  console.log(
    `  edge    x-cache ${header(edge1, "x-cache")} → ${header(edge2, "x-cache")}, body ${edge2.body.equals(page) ? "identical to direct" : `DIFFERS from direct (${kb(edge2.body.length)})`}, headers ${kb(edge2.headerBytes)} (x-nextjs-cache ${header(edge2, "x-nextjs-cache")}, vary "${header(edge2, "vary")}")`,
  );
  console.log(
    `  edge gz Accept-Encoding: gzip: x-cache ${header(gz1, "x-cache")} → ${header(gz2, "x-cache")}, content-encoding ${header(gz2, "content-encoding")}, ${kb(gz2.body.length)} on the wire`,
  );
  console.log(
    `  direct  x-nextjs-cache ${header(direct1, "x-nextjs-cache")} → ${header(direct, "x-nextjs-cache")}, headers ${kb(direct.headerBytes)}, cache-control "${header(direct, "cache-control")}"`,
  );
  console.log(
    `  search  ${searchPath} through the edge: ${kb(search2.body.length)}, x-cache ${header(search1, "x-cache")} → ${header(search2, "x-cache")}`,
  );
  if (header(direct, "x-nextjs-cache") !== "HIT")
    throw new PreconditionMissing(
      `the app server does not serve ${claimPath} from its page cache (x-nextjs-cache ${header(direct, "x-nextjs-cache")})`,
    );
  // The static and edge runs compare the same bytes, or the ratio compares two different pages.
  if (!stat.body.equals(page))
    throw new PreconditionMissing(
      `nginx does not serve the claim page's bytes (HTTP ${stat.status}, ${kb(stat.body.length)})`,
    );
  if (!edge2.body.equals(page))
    throw new PreconditionMissing(
      `the edge serves other bytes than the app server for ${claimPath} (${kb(edge2.body.length)} vs ${kb(page.length)})`,
    );

  const targets: { name: string; url: string; headers?: Record<string, string> }[] = [
    { name: "static (nginx)", url: `${NGINX}${claimPath}` },
    { name: "edge claim", url: `${EDGE}${claimPath}` },
    { name: "edge claim gz*", url: `${EDGE}${claimPath}`, headers: gzip },
    { name: "direct claim", url: `${APP}${claimPath}` },
    { name: "edge search", url: `${EDGE}${searchPath}` },
  ];
  const runs = new Map<string, LoadResult[]>(targets.map((t) => [t.name, []]));
  const line = (name: string, r: LoadResult) =>
    `  ${name.padEnd(15)} ${fmt(r.rps, 0).padStart(7)} req/s   p50 ${fmt(r.p50, 2).padStart(7)} ms   p99 ${fmt(r.p99, 2).padStart(7)} ms   errors ${r.errors}${r.detail ? ` (${r.detail})` : ""}`;
  const loadAverage = () =>
    os
      .loadavg()
      .map((l) => fmt(l, 1))
      .join(" ");
  console.log(`\n  load average before: ${loadAverage()} (other work on this machine skews every number)`);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      await load(t.url, WARMUP_SECONDS, t.headers);
      const r = await load(t.url, SECONDS, t.headers);
      runs.get(t.name)!.push(r);
      console.log(`${ROUNDS > 1 ? `  round ${round}` : ""}${line(t.name, r)}`);
    }
  }
  const results = new Map<string, LoadResult>(
    [...runs].map(([name, rs]) => [
      name,
      {
        rps: median(rs.map((r) => r.rps)),
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        errors: rs.reduce((n, r) => n + r.errors, 0),
        detail: "",
      },
    ]),
  );
  console.log(`  load average after: ${loadAverage()}`);

  // Still served from the cache after the load (a purge or an expiry would show here).
  const after = await get(`${EDGE}${claimPath}`);
  console.log(
    `  after the runs: edge claim x-cache ${header(after, "x-cache")}, age ${header(after, "age")} s`,
  );

  const rps = (name: string) => results.get(name)!.rps;
  const staticRps = rps("static (nginx)");
  console.log("");
  if (ROUNDS > 1) console.log(`  medians of ${ROUNDS} rounds (errors: the sum)`);
  console.log(
    `  ${"target".padEnd(15)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"÷ static".padStart(9)}`,
  );
  for (const t of targets) {
    const r = results.get(t.name)!;
    console.log(
      `  ${t.name.padEnd(15)} ${fmt(r.rps, 0).padStart(8)} ${fmt(r.p50, 2).padStart(8)} ${fmt(r.p99, 2).padStart(8)} ${String(r.errors).padStart(7)} ${fmt(r.rps / staticRps, 2).padStart(9)}`,
    );
  }
  console.log(
    `  * Accept-Encoding: gzip, as browsers send (${kb(gz2.body.length)} gzip body): for comparison, not in the ratio`,
  );
  console.log(`  edge claim ÷ direct claim: ${fmt(rps("edge claim") / rps("direct claim"), 1)}×`);
  console.log("");
  const report = new BenchReport("bench:edge");
  // What the ratio is made of: every response 2xx, and the edge answering from its cache throughout.
  const errorsOf = (name: string) => results.get(name)!.errors;
  const answered = (name: string) => runs.get(name)!.every((r) => r.rps > 0);
  report.precondition(
    "static and edge claim runs: every response 2xx, no socket error",
    errorsOf("static (nginx)") + errorsOf("edge claim") === 0,
    `static ${errorsOf("static (nginx)")}, edge claim ${errorsOf("edge claim")} error(s)`,
  );
  report.precondition(
    "static and edge claim runs: requests answered in every run",
    answered("static (nginx)") && answered("edge claim"),
  );
  report.precondition(
    "edge claim page still a HIT after the runs",
    after.status === 200 && header(after, "x-cache") === "HIT",
    `HTTP ${after.status}, x-cache ${header(after, "x-cache")}`,
  );
  if (report.exitCode !== 0) {
    console.log("  no ratio reported: the runs did not measure what this bench claims");
    return report.finish();
  }
  const ratio = rps("edge claim") / staticRps;
  report.target("edge/static ratio (edge claim req/s ÷ nginx req/s)", ratio, ">=", TARGET_RATIO, {
    digits: 2,
  });
  report.check(
    "search page served from the edge cache",
    header(search2, "x-cache") === "HIT",
    `x-cache ${header(search1, "x-cache")} → ${header(search2, "x-cache")}, cache-control "${header(search2, "cache-control")}"`,
  );
  const others = ["edge claim gz*", "direct claim", "edge search"];
  report.check(
    "no errors in the other runs (a 503 counts)",
    others.every((name) => errorsOf(name) === 0),
    others.map((name) => `${name} ${errorsOf(name)}`).join(", "),
  );
  report.check(
    "requests answered in every other run",
    others.every(answered),
    others.filter((name) => !answered(name)).join(", "),
  );
  const code = report.finish();
  console.log(`edge/static ratio ${fmt(ratio, 2)}`);
  return code;
}

void main()
  .catch((error: unknown) => {
    // A load run or a start cut short by an interrupt is no failure of its own.
    if (interrupted) return 130;
    if (error instanceof BenchError) {
      console.error("bench:edge failed:", error.message);
      return EXIT_FAIL;
    }
    return exitCodeOf("bench:edge", error);
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
