/**
 * Memory and time of the commands that walk the whole archive (issue 17): sitemap generation,
 * `npm run export` (JSON and CSV), `npm run backup`, `npm run restore` into a scratch database,
 * and the round trip (the export of the restored database has the same sha256 as the export of
 * the original). Each step is its own process, run as the README runs it (`npm run -s …`) under
 * /usr/bin/time, so its peak RSS (the largest process of the step) is its own and not the
 * bench's. Exports are hashed as they stream through this process, never held.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../lib/db/schema-engine";
import { type BenchReport, PreconditionMissing } from "./report";
import { createScratchDatabase } from "./scratch-database";

/** The ceiling of issue 17 for every streamed step, at a million claims. */
export const STREAMING_RSS_CEILING_MB = 300;

export interface StreamingRow {
  step: string;
  seconds: number;
  peakRssMb: number;
  ok: boolean;
  detail: string;
}

interface StepRun {
  seconds: number;
  peakRssMb: number;
  code: number;
  stdoutSha256: string;
  stdoutBytes: number;
  stdoutTail: string;
  stderrTail: string;
}

const TIME = "/usr/bin/time";
/**
 * Sitemaps have no command of their own (the routes serve them): scripts/bench/sitemap-step.ts
 * writes them all, under the same heap budget as `npm run export` (package.json).
 */
const SITEMAP_STEP = [
  "sh",
  "-c",
  "node scripts/build-cli.mjs sitemap-step && exec node --max-old-space-size=96 --max-semi-space-size=4 node_modules/.cache/claimledger-cli/sitemap-step.mjs",
];

/** `npm run -s <script> -- args`: a step as the README runs it. */
const npmRun = (script: string, args: string[] = []) => ["npm", "run", "-s", script, "--", ...args];

/** Runs `command` on `databaseUrl` under /usr/bin/time; its stdout is hashed, not kept. */
function runStep(command: string[], databaseUrl: string, dir: string): Promise<StepRun> {
  const rssFile = path.join(dir, `step-${Date.now()}.rss`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" };
  const started = process.hrtime.bigint();
  const child = spawn(TIME, ["-f", "%M", "-o", rssFile, ...command], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const hash = createHash("sha256");
  let bytes = 0;
  let tail = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
    tail = (tail + chunk.toString("utf8")).slice(-2000);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // /usr/bin/time writes "Command exited with non-zero status N" before the figure on failure.
      const kb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
      resolve({
        seconds,
        peakRssMb: kb / 1024,
        code: code ?? 1,
        stdoutSha256: hash.digest("hex"),
        stdoutBytes: bytes,
        stdoutTail: tail.trim(),
        stderrTail: stderr.trim(),
      });
    });
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Measures every streamed step on the PostgreSQL database `databaseUrl` (read only: the restore
 * goes to a scratch database on the same server, dropped afterwards).
 */
export async function measureStreaming(databaseUrl: string): Promise<StreamingRow[]> {
  if (!existsSync(TIME)) throw new PreconditionMissing(`${TIME} is needed to measure each step's peak RSS`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-bench-streaming-"));
  const rows: StreamingRow[] = [];
  const row = (step: string, run: StepRun, ok: boolean, detail: string) => {
    rows.push({ step, seconds: run.seconds, peakRssMb: run.peakRssMb, ok: ok && run.code === 0, detail });
    if (run.code !== 0) rows.at(-1)!.detail = `exit ${run.code}: ${run.stderrTail.split("\n").at(-1) ?? ""}`;
  };
  try {
    const sitemaps = await runStep(SITEMAP_STEP, databaseUrl, dir);
    const summary =
      sitemaps.code === 0 ? (JSON.parse(sitemaps.stdoutTail) as { files: number; bytes: number }) : null;
    row("sitemaps", sitemaps, true, summary ? `${summary.files} files, ${mb(summary.bytes)}` : "");

    const json = await runStep(npmRun("export", ["--format", "json"]), databaseUrl, dir);
    row(
      "export json",
      json,
      json.stdoutBytes > 0,
      `${mb(json.stdoutBytes)}, sha256 ${json.stdoutSha256.slice(0, 12)}`,
    );
    const csv = await runStep(npmRun("export", ["--format", "csv"]), databaseUrl, dir);
    row(
      "export csv",
      csv,
      csv.stdoutBytes > 0,
      `${mb(csv.stdoutBytes)}, sha256 ${csv.stdoutSha256.slice(0, 12)}`,
    );

    const file = path.join(dir, "archive.json.gz");
    const backup = await runStep(npmRun("backup", ["--out", file]), databaseUrl, dir);
    row("backup", backup, existsSync(file), existsSync(file) ? `${mb(statSync(file).size)} gzip'd` : "");

    const base = new URL(databaseUrl);
    base.pathname = "/postgres";
    const scratch = await createScratchDatabase(
      "bench:streaming",
      base.toString(),
      "claimledger_bench_restore",
    );
    try {
      await migrateDatabase(scratch.target);
      const restore = await runStep(npmRun("restore", ["--file", file]), scratch.target.url, dir);
      row("restore", restore, /restore: loaded/.test(restore.stdoutTail), "into a scratch database");
      const again = await runStep(npmRun("export", ["--format", "json"]), scratch.target.url, dir);
      const same = again.code === 0 && json.code === 0 && again.stdoutSha256 === json.stdoutSha256;
      row(
        "round-trip (export after restore)",
        again,
        same,
        same
          ? "same sha256 as before"
          : `sha256 ${again.stdoutSha256.slice(0, 12)} ≠ ${json.stdoutSha256.slice(0, 12)}`,
      );
    } finally {
      await scratch.drop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The streaming steps' checks: each step succeeded and stayed under the memory ceiling. */
export function reportStreaming(report: BenchReport, rows: readonly StreamingRow[], label = "") {
  for (const r of rows) {
    report.check(`${r.step}${label} succeeded`, r.ok, r.ok ? "" : r.detail);
    report.target(`${r.step}${label} peak RSS`, r.peakRssMb, "<", STREAMING_RSS_CEILING_MB, {
      unit: " MB",
      digits: 0,
    });
  }
}
