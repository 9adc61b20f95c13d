// npm run bench:public — throughput of a cached claim page against a prerendered static page
// of the same production build, same client, same run (wrk if installed, else autocannon).
// Targets (issue 5): claim page ≥ 0.9× the static page's req/s, claim p99 < 100 ms at 32
// connections. No ratio is reported unless both pages answer 200 from the server's cache
// (x-nextjs-cache: HIT; the claim page also after the runs) and no run had a non-2xx response or a
// socket error; otherwise the bench says why and exits 2. Exit 1: a target missed. With DATABASE_URL the bench does not seed: the claim (BENCH_CLAIM_PATH) must exist there.
// Environment: BENCH_PORT (3200), BENCH_SECONDS (10), BENCH_CLAIM_PATH, BENCH_BUILD=1 (rebuild).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import autocannon from "autocannon";
import { BenchReport, runBench, PreconditionMissing } from "./bench/report";
import { portTaken } from "./bench/port";
import { serveCommand } from "./bench/serve-command";
import { fmt, type LoadResult } from "./bench/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const CLAIM_PATH = process.env.BENCH_CLAIM_PATH ?? "/claims/ushakov-no-trilateral-format-being-built";
const STATIC_PATH = "/about";
const DATA_DIR = ".data/bench-public";
const TARGET_RATIO = 0.9;
const TARGET_P99_MS = 100;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

const hasWrk = spawnSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" }).stdout.trim() !== "";

function wrkMs(v: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(v);
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "s" ? n * 1000 : n;
}

const describeErrors = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`)
    .join(", ");

function loadWithWrk(url: string, seconds = DURATION): LoadResult {
  const r = spawnSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", url], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`wrk ${url} failed (exit ${r.status}): ${r.stderr}`);
  const out = r.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = wrkMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = wrkMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  const errors = non2xx + connect! + read! + write! + timeout!;
  return {
    rps,
    p50,
    p99,
    errors,
    detail: describeErrors({
      "non-2xx": non2xx,
      connect: connect!,
      read: read!,
      write: write!,
      timeout: timeout!,
    }),
  };
}

async function loadWithAutocannon(url: string, seconds = DURATION): Promise<LoadResult> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
    detail: describeErrors({ "non-2xx": r.non2xx, socket: r.errors, timeout: r.timeouts }),
  };
}

const load = (url: string, seconds = DURATION) =>
  hasWrk ? Promise.resolve(loadWithWrk(url, seconds)) : loadWithAutocannon(url, seconds);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}${STATIC_PATH}`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<number> {
  if (await portTaken(PORT))
    throw new PreconditionMissing(
      `127.0.0.1:${PORT} is already in use: another server would be measured; stop it or set BENCH_PORT`,
    );
  const env = { ...process.env, PGLITE_DATA_DIR: DATA_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    run("npm", ["run", "-s", "db:migrate"], env);
    run("npm", ["run", "-s", "db:seed"], env);
  }
  if (
    !existsSync(".next/BUILD_ID") ||
    !existsSync(".next/csp-nonce-token") ||
    process.env.BENCH_BUILD === "1"
  )
    run("npm", ["run", "-s", "build"], env);

  const serve = serveCommand([], ["-p", String(PORT)]);
  const server: ChildProcess = spawn(serve.command, serve.args, {
    env: { ...env, ...serve.env },
    stdio: "ignore",
    detached: true,
  });
  const report = new BenchReport("bench:public");
  // A redirect is not the page: fetch must not follow it.
  const head = async (path: string) => {
    const r = await fetch(`${BASE}${path}`, { redirect: "manual" });
    await r.arrayBuffer();
    return { status: r.status, cache: r.headers.get("x-nextjs-cache") ?? "none" };
  };
  try {
    await waitForServer();
    for (const path of [CLAIM_PATH, STATIC_PATH]) for (let i = 0; i < 3; i++) await head(path);
    console.log(
      `bench:public with ${hasWrk ? "wrk" : "autocannon"}, ${CONNECTIONS} connections, ${DURATION}s per run, 3 runs each, interleaved, medians`,
    );
    // What the ratio is about: a page answered from the page cache against a static page.
    const before = { static: await head(STATIC_PATH), claim: await head(CLAIM_PATH) };
    report.require(
      `static page ${STATIC_PATH} answers 200`,
      before.static.status === 200,
      `HTTP ${before.static.status}`,
    );
    report.require(
      `static page served from the cache (prerendered)`,
      before.static.cache === "HIT",
      `x-nextjs-cache: ${before.static.cache}`,
    );
    report.require(
      `claim page ${CLAIM_PATH} answers 200`,
      before.claim.status === 200,
      `HTTP ${before.claim.status}${process.env.DATABASE_URL ? " (DATABASE_URL is set: the bench does not seed it)" : ""}`,
    );
    report.require(
      `claim page served from the page cache`,
      before.claim.cache === "HIT",
      `x-nextjs-cache: ${before.claim.cache}`,
    );
    // One unrecorded run per page first: the first seconds of load pay for JIT and heap growth.
    for (const path of [STATIC_PATH, CLAIM_PATH]) await load(`${BASE}${path}`, 5);
    await new Promise((r) => setTimeout(r, 200));
    const results: Record<"static" | "claim", LoadResult[]> = { static: [], claim: [] };
    for (let round = 0; round < 3; round++) {
      for (const [kind, path] of [
        ["static", STATIC_PATH],
        ["claim", CLAIM_PATH],
      ] as const) {
        const r = await load(`${BASE}${path}`);
        results[kind].push(r);
        console.log(
          `  run ${round + 1} ${kind.padEnd(6)} ${fmt(r.rps, 0).padStart(7)} req/s   p50 ${fmt(r.p50, 2).padStart(7)} ms   p99 ${fmt(r.p99, 2).padStart(7)} ms   errors ${r.errors}${r.detail ? ` (${r.detail})` : ""}`,
        );
      }
    }
    const after = await head(CLAIM_PATH);
    const all = [...results.static, ...results.claim];
    const errors = all.reduce((n, r) => n + r.errors, 0);
    report.require(
      "every response of every run 2xx, no socket error or timeout",
      errors === 0,
      `${errors} error(s): ${all
        .map((r) => r.detail)
        .filter(Boolean)
        .join("; ")}`,
    );
    report.require(
      "requests answered in every run",
      all.every((r) => r.rps > 0),
    );
    report.require(
      "claim page still served from the page cache after the runs",
      after.status === 200 && after.cache === "HIT",
      `HTTP ${after.status}, x-nextjs-cache: ${after.cache}`,
    );
    const s = {
      rps: median(results.static.map((r) => r.rps)),
      p50: median(results.static.map((r) => r.p50)),
      p99: median(results.static.map((r) => r.p99)),
    };
    const c = {
      rps: median(results.claim.map((r) => r.rps)),
      p50: median(results.claim.map((r) => r.p50)),
      p99: median(results.claim.map((r) => r.p99)),
    };
    console.log(
      `\n  static page ${STATIC_PATH}: ${fmt(s.rps, 0)} req/s, p50 ${fmt(s.p50, 2)} ms, p99 ${fmt(s.p99, 2)} ms`,
    );
    console.log(
      `  claim page:          ${fmt(c.rps, 0)} req/s, p50 ${fmt(c.p50, 2)} ms, p99 ${fmt(c.p99, 2)} ms`,
    );
    report.target("throughput ratio claim/static", c.rps / s.rps, ">=", TARGET_RATIO, {
      unit: "×",
      digits: 2,
    });
    report.target("claim page p99", c.p99, "<", TARGET_P99_MS, { unit: " ms" });
    return report.finish();
  } catch (error) {
    if (error instanceof PreconditionMissing)
      console.log("  no figures reported: the runs did not measure what this bench claims");
    throw error;
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

runBench("bench:public", main, { delayMs: 500 });
