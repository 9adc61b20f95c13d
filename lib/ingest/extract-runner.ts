/**
 * Runs the extractor off the request thread: a small pool of worker threads (node:worker_threads),
 * one job per worker at a time, each job with a time limit. A job past its limit has its worker
 * terminated (the only way to stop a busy JavaScript thread) and is answered with what the
 * extractor had found so far — the candidates of the paragraphs it finished, reported by the
 * worker as it goes — marked incomplete. A full pool queues a bounded number of jobs for a bounded
 * time, then answers "busy". So one huge or pathological article costs at most `timeoutMs` of one
 * worker's CPU and never blocks the event loop that serves every other request.
 *
 * How the worker is started:
 * - Production (`next build`, Turbopack): `new Worker(new URL("./extract-worker.ts", import.meta.url))`
 *   is the pattern Turbopack recognises for node:worker_threads; it bundles extract-worker.ts and
 *   its imports as a separate entry and rewrites the URL to the emitted chunk.
 * - From TypeScript source (tsx scripts, vitest: no NEXT_RUNTIME, and this module's URL ends in
 *   ".ts"), where Node 20 cannot load a .ts worker by itself and tsx only hooks the main thread:
 *   a few lines of plain JavaScript (`eval: true`) register tsx's loader in the worker, then
 *   import extract-worker.ts. tsx is resolved from the working directory (the project), as
 *   `npm run` and vitest run there.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractJobMessage, ExtractWorkerMessage } from "./extract-worker";
import type { Candidate, ExtractOptions } from "./types";

export interface ExtractionOutcome {
  /** False when the result is partial (time limit) or missing (busy, failed). */
  complete: boolean;
  reason?: "timeout" | "busy" | "failed";
  /** For editors and logs, when not complete. */
  message?: string;
  candidates: Candidate[];
  /** Paragraphs the candidates cover, of the whole text (known once the worker reported). */
  paragraphs?: { done: number; total: number };
  ms: number;
}

export interface RunnerLimits {
  timeoutMs: number; // per job, from the moment it is handed to a worker
  maxWorkers: number;
  maxQueued: number; // jobs waiting for a worker beyond this are answered "busy" at once
  queueTimeoutMs: number; // a job waiting longer than this is answered "busy"
  idleMs: number; // an idle worker is stopped after this long
  progressMs: number; // how often a worker reports its partial result
  maxOldGenerationSizeMb: number; // heap limit of each worker
}

export const DEFAULT_LIMITS: RunnerLimits = {
  timeoutMs: 10_000,
  maxWorkers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxQueued: 16,
  queueTimeoutMs: 20_000,
  idleMs: 60_000,
  progressMs: 500,
  maxOldGenerationSizeMb: 128, // a 200 KB article needs under 50 MB
};

interface Job {
  id: number;
  input: string;
  opts: ExtractOptions;
  timeoutMs: number;
  enqueued: number;
  partial: { candidates: Candidate[]; done: number; total: number } | null;
  timer: NodeJS.Timeout | null;
  resolve: (outcome: ExtractionOutcome) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  idleTimer: NodeJS.Timeout | null;
}

const SOURCE_WORKER_BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
import("tsx/esm/api")
  .then(({ register }) => { register(); return import(workerData.entry); })
  .catch((error) => { setImmediate(() => { throw error; }); });
`;

// Inside a Next.js server bundle NEXT_RUNTIME is set (Turbopack even replaces it by "nodejs" at
// build time) and import.meta.url names the original .ts source, so it cannot tell the two apart.
const FROM_SOURCE = !process.env.NEXT_RUNTIME && import.meta.url.endsWith(".ts");

function startWorker(limits: RunnerLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb };
  if (FROM_SOURCE) {
    const entry = import.meta.url.replace(/extract-runner\.ts$/, "extract-worker.ts");
    return new Worker(SOURCE_WORKER_BOOTSTRAP, { eval: true, workerData: { entry }, resourceLimits });
  }
  return new Worker(new URL("./extract-worker.ts", import.meta.url), { resourceLimits });
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Workers stopped at a time limit (for tests and diagnostics). */
  terminated = 0;

  constructor(readonly limits: RunnerLimits = DEFAULT_LIMITS) {}

  stats() {
    return {
      workers: this.slots.length,
      busy: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
      terminated: this.terminated,
    };
  }

  /** Extracts candidates from `input` in a worker; never rejects. */
  run(
    input: string,
    opts: ExtractOptions = {},
    timeoutMs = this.limits.timeoutMs,
  ): Promise<ExtractionOutcome> {
    return new Promise((resolve) => {
      const job: Job = {
        id: this.nextId++,
        input,
        opts,
        timeoutMs,
        enqueued: performance.now(),
        partial: null,
        timer: null,
        resolve,
      };
      const idle = this.slots.find((s) => !s.job);
      if (idle) return this.dispatch(idle, job);
      if (this.slots.length < this.limits.maxWorkers) {
        const slot = this.spawn();
        return slot
          ? this.dispatch(slot, job)
          : resolve(
              this.incomplete(
                job,
                "failed",
                "The suggestions could not be computed: no worker thread could be started.",
              ),
            );
      }
      if (this.queue.length >= this.limits.maxQueued) return resolve(this.busy(job));
      this.queue.push(job);
      job.timer = setTimeout(() => {
        const at = this.queue.indexOf(job);
        if (at >= 0) this.queue.splice(at, 1);
        resolve(this.busy(job));
      }, this.limits.queueTimeoutMs);
    });
  }

  /** Stops every worker (tests, shutdown). Queued jobs are answered "busy", running ones "failed". */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) {
      if (job.timer) clearTimeout(job.timer);
      job.resolve(this.busy(job));
    }
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const job = slot.job;
      slot.job = null;
      if (!job) continue;
      if (job.timer) clearTimeout(job.timer);
      job.resolve(
        this.incomplete(job, "failed", "The suggestions could not be computed: the server is stopping."),
      );
    }
    await Promise.all(slots.map((s) => this.stop(s)));
  }

  private busy(job: Job): ExtractionOutcome {
    return {
      complete: false,
      reason: "busy",
      message: "Too many articles are being analysed right now; reload the page in a moment.",
      candidates: [],
      ms: performance.now() - job.enqueued,
    };
  }

  private spawn(): Slot | null {
    let worker: Worker;
    try {
      worker = startWorker(this.limits);
    } catch (error) {
      console.error("[extract] could not start a worker thread", error);
      return null;
    }
    const slot: Slot = { worker, job: null, idleTimer: null };
    slot.worker.on("message", (msg: ExtractWorkerMessage) => this.onMessage(slot, msg));
    slot.worker.on("error", (error) => this.onGone(slot, `the extractor failed: ${error.message}`));
    slot.worker.on("exit", (code) => this.onGone(slot, `the extractor stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private dispatch(slot: Slot, job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.job = job;
    slot.worker.ref(); // keep the process alive while a job runs (scripts, tests)
    job.timer = setTimeout(() => this.onTimeout(slot, job), job.timeoutMs);
    slot.worker.postMessage({
      id: job.id,
      input: job.input,
      opts: job.opts,
      progressMs: this.limits.progressMs,
    } satisfies ExtractJobMessage);
  }

  private onMessage(slot: Slot, msg: ExtractWorkerMessage): void {
    const job = slot.job;
    if (!job || msg.id !== job.id || !this.slots.includes(slot)) return;
    if (msg.type === "progress") {
      job.partial = { candidates: msg.candidates, done: msg.done, total: msg.total };
      return;
    }
    this.finish(
      slot,
      job,
      msg.type === "done"
        ? {
            complete: true,
            candidates: msg.candidates,
            paragraphs: { done: msg.total, total: msg.total },
            ms: performance.now() - job.enqueued,
          }
        : this.incomplete(job, "failed", `The suggestions could not be computed (${msg.message}).`),
    );
  }

  private incomplete(job: Job, reason: "timeout" | "failed", message: string): ExtractionOutcome {
    const p = job.partial;
    return {
      complete: false,
      reason,
      message,
      candidates: p?.candidates ?? [],
      ...(p ? { paragraphs: { done: p.done, total: p.total } } : {}),
      ms: performance.now() - job.enqueued,
    };
  }

  private onTimeout(slot: Slot, job: Job): void {
    if (slot.job !== job) return;
    this.terminated++;
    slot.job = null;
    this.remove(slot);
    void this.stop(slot);
    const seconds = (job.timeoutMs / 1000).toLocaleString("en", { maximumFractionDigits: 1 });
    const p = job.partial;
    job.resolve(
      this.incomplete(
        job,
        "timeout",
        p
          ? `Stopped after ${seconds} s: suggestions cover the first ${p.done} of ${p.total} paragraphs.`
          : `Stopped after ${seconds} s before any paragraph was done: no suggestions for this article.`,
      ),
    );
    this.pump();
  }

  /** The worker died (crash, out of memory) or exited: answer its job and forget it. */
  private onGone(slot: Slot, why: string): void {
    if (!this.slots.includes(slot)) return;
    this.remove(slot);
    const job = slot.job;
    slot.job = null;
    if (job) {
      if (job.timer) clearTimeout(job.timer);
      job.resolve(this.incomplete(job, "failed", `The suggestions could not be computed: ${why}.`));
    }
    this.pump();
  }

  private finish(slot: Slot, job: Job, outcome: ExtractionOutcome): void {
    if (job.timer) clearTimeout(job.timer);
    slot.job = null;
    job.resolve(outcome);
    const next = this.queue.shift();
    if (next) {
      this.dispatch(slot, next);
      return;
    }
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      this.remove(slot);
      void this.stop(slot);
    }, this.limits.idleMs);
    slot.idleTimer.unref();
  }

  /** A worker slot freed up (or was removed): start the next queued job. */
  private pump(): void {
    while (this.queue.length && this.slots.length < this.limits.maxWorkers) {
      const job = this.queue.shift()!;
      const slot = this.spawn();
      if (slot) this.dispatch(slot, job);
      else {
        if (job.timer) clearTimeout(job.timer);
        job.resolve(
          this.incomplete(
            job,
            "failed",
            "The suggestions could not be computed: no worker thread could be started.",
          ),
        );
      }
    }
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
  }

  private async stop(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners("exit");
    slot.worker.removeAllListeners("error");
    slot.worker.on("error", () => {});
    await slot.worker.terminate().catch(() => undefined);
  }
}

let shared: ExtractionPool | null = null;

/** The process's pool (created on first use). */
export function extractionPool(): ExtractionPool {
  shared ??= new ExtractionPool();
  return shared;
}
