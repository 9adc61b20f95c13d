// npm run bench:public — throughput of a cached claim page against a prerendered static page
// of the same production build, same client, same run (wrk if installed, else autocannon).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import autocannon from "autocannon";
import { serveCommand } from "./bench/serve-command";
import { fmt } from "./bench/stats";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const CLAIM_PATH = process.env.BENCH_CLAIM_PATH ?? "/claims/ushakov-no-trilateral-format-being-built";
const STATIC_PATH = "/about";
const DATA_DIR = ".data/bench-public";

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

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

function loadWithWrk(url: string, seconds = DURATION): Result {
  const r = spawnSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8" });
  const out = r.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = wrkMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = wrkMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0);
  return { rps, p50, p99, errors };
}

async function loadWithAutocannon(url: string, seconds = DURATION): Promise<Result> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

const load = (url: string, seconds = DURATION) => (hasWrk ? Promise.resolve(loadWithWrk(url, seconds)) : loadWithAutocannon(url, seconds));

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

async function main() {
  const env = { ...process.env, PGLITE_DATA_DIR: DATA_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.DATABASE_URL) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    run("npm", ["run", "-s", "db:migrate"], env);
    run("npm", ["run", "-s", "db:seed"], env);
  }
  if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD === "1") run("npm", ["run", "-s", "build"], env);

  const serve = serveCommand([], ["-p", String(PORT)]);
  const server: ChildProcess = spawn(serve.command, serve.args, { env: { ...env, ...serve.env }, stdio: "ignore", detached: true });
  try {
    await waitForServer();
    for (const path of [CLAIM_PATH, STATIC_PATH]) for (let i = 0; i < 3; i++) await fetch(`${BASE}${path}`);
    // One unrecorded run per page first: the first seconds of load pay for JIT and heap growth.
    for (const path of [STATIC_PATH, CLAIM_PATH]) await load(`${BASE}${path}`, 5);
    await new Promise((r) => setTimeout(r, 200));
    const claimHead = await fetch(`${BASE}${CLAIM_PATH}`);
    console.log(`bench:public with ${hasWrk ? "wrk" : "autocannon"}, ${CONNECTIONS} connections, ${DURATION}s per run, 3 runs each, interleaved, medians`);
    console.log(`  claim page ${CLAIM_PATH}: HTTP ${claimHead.status}, x-nextjs-cache: ${claimHead.headers.get("x-nextjs-cache")}`);
    const results: Record<"static" | "claim", Result[]> = { static: [], claim: [] };
    for (let round = 0; round < 3; round++) {
      for (const [kind, path] of [
        ["static", STATIC_PATH],
        ["claim", CLAIM_PATH],
      ] as const) {
        const r = await load(`${BASE}${path}`);
        results[kind].push(r);
        console.log(`  run ${round + 1} ${kind.padEnd(6)} ${fmt(r.rps, 0).padStart(7)} req/s   p50 ${fmt(r.p50, 2).padStart(7)} ms   p99 ${fmt(r.p99, 2).padStart(7)} ms   errors ${r.errors}`);
      }
    }
    const s = { rps: median(results.static.map((r) => r.rps)), p50: median(results.static.map((r) => r.p50)), p99: median(results.static.map((r) => r.p99)) };
    const c = { rps: median(results.claim.map((r) => r.rps)), p50: median(results.claim.map((r) => r.p50)), p99: median(results.claim.map((r) => r.p99)) };
    console.log(`\n  static page ${STATIC_PATH}: ${fmt(s.rps, 0)} req/s, p50 ${fmt(s.p50, 2)} ms, p99 ${fmt(s.p99, 2)} ms`);
    console.log(`  claim page:          ${fmt(c.rps, 0)} req/s, p50 ${fmt(c.p50, 2)} ms, p99 ${fmt(c.p99, 2)} ms`);
    console.log(`  ratio claim/static: ${fmt(c.rps / s.rps, 2)}× throughput (target ≥ 0.9), claim p99 ${fmt(c.p99, 1)} ms (target < 100 ms)`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main()
  .catch((error: unknown) => {
    console.error("bench:public failed:", error);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(process.exitCode ?? 0), 500));
