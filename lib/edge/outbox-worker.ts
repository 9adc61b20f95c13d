import { Logger, run, type Runner } from "graphile-worker";
import { env } from "../env";
import { EMAIL_OUTBOX_KIND, queueDailyDigests } from "../notifications/email";
import { WEBHOOK_OUTBOX_KIND } from "../webhooks/kind";
import { deliverOutboxEvent, dueOutboxEvents, pruneOutbox, type PublicChange } from "./outbox";
import { sweepDeadlines } from "../deadlines/sweep";

/**
 * Drains the outbox in every app server. On PostgreSQL the retries are jobs of graphile-worker
 * (a maintained PostgreSQL job queue: jobs survive restarts, one server takes each job, a
 * cron sweep picks up events whose server died before it could schedule them). On PGlite —
 * one process by construction — the same delivery code runs from a timer in-process.
 *
 * Notification e-mails ride the same outbox (kind "email"): nothing settles them inside the
 * request (a slow mail server must not slow a claim's transition), so every server also looks for
 * due e-mail rows every two seconds — each row is taken by one caller only (its lease, in
 * deliverOutboxEvent) — and a failed one waits its backoff. Webhook deliveries (kind "webhook",
 * lib/webhooks/deliver.ts) are looked for by the same timer, and retried on their own schedule. The daily digest is queued by a cron
 * job (graphile-worker, hourly) on PostgreSQL and by the timer on PGlite; it is idempotent. So is the
 * deadline sweep (lib/deadlines/sweep.ts: every minute by cron, every ten seconds by the timer).
 */
interface WorkerState {
  runner: Runner | null;
  timer: NodeJS.Timeout | null;
  mailTimer: NodeJS.Timeout | null;
  starting: Promise<void> | null;
}
const STATE = Symbol.for("claimledger.outboxWorker");
const g = globalThis as unknown as Record<symbol, WorkerState | undefined>;
g[STATE] ??= { runner: null, timer: null, mailTimer: null, starting: null };
const state: WorkerState = g[STATE];

const quiet = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`outbox worker: ${message}`);
});

async function scheduleRetry(id: string): Promise<void> {
  // Without a runner (PGlite, or PostgreSQL before the worker started) the timer/sweep finds the
  // row by its nextAttemptAt.
  if (!state.runner) return;
  await state.runner.addJob(
    "deliver_outbox",
    { id },
    { jobKey: `outbox:${id}`, runAt: new Date(Date.now() + 1000), maxAttempts: 1000 },
  );
}

/**
 * Right after a change committed: do its outbox event now (twice if need be), else leave it to
 * the worker. Never throws: the change is saved, and the row stays until its work is done.
 */
export async function settlePublicChange(change: Partial<PublicChange>): Promise<void> {
  const id = change.outboxId;
  if (!id) return;
  try {
    if (await deliverOutboxEvent(id)) return;
    await new Promise((r) => setTimeout(r, 200));
    if (await deliverOutboxEvent(id)) return;
    await scheduleRetry(id);
  } catch (error) {
    console.warn(`outbox: event ${id} left to the worker: ${(error as Error).message}`);
  }
}

async function sweep(olderThanMs: number): Promise<void> {
  for (const id of await dueOutboxEvents(200, olderThanMs)) {
    if (state.runner) await scheduleRetry(id);
    else await deliverOutboxEvent(id);
  }
}

/**
 * Due e-mail and webhook rows, delivered here (each one leased by whichever server gets it
 * first): partners hear of a change within seconds, not at the next minute's sweep.
 */
export async function deliverDueMessages(): Promise<void> {
  for (const id of await dueOutboxEvents(50, 0, [EMAIL_OUTBOX_KIND, WEBHOOK_OUTBOX_KIND]))
    await deliverOutboxEvent(id);
}

const DIGEST_CHECK_MS = 5 * 60 * 1000;
/** PGlite's look for passed due dates (graphile's cron does it every minute on PostgreSQL). */
const DEADLINE_CHECK_MS = 10 * 1000;

function startMailTimer(): void {
  let busy = false;
  let lastDigestCheck = 0;
  let lastDeadlineCheck = 0;
  state.mailTimer = setInterval(() => {
    if (busy) return;
    busy = true;
    (async () => {
      // PGlite has no cron: the digest is looked for here (graphile's crontab does it on PostgreSQL).
      if (!state.runner && Date.now() - lastDigestCheck > DIGEST_CHECK_MS) {
        lastDigestCheck = Date.now();
        await queueDailyDigests();
      }
      if (!state.runner && Date.now() - lastDeadlineCheck > DEADLINE_CHECK_MS) {
        lastDeadlineCheck = Date.now();
        await sweepDeadlines();
      }
      await deliverDueMessages();
    })()
      .catch((e: Error) => console.warn(`outbox: e-mail sweep failed: ${e.message}`))
      .finally(() => (busy = false));
  }, 2000);
  state.mailTimer.unref();
}

/** Starts this server's outbox worker once (instrumentation.ts). */
export function startOutboxWorker(): Promise<void> {
  state.starting ??= (async () => {
    if (env.DATABASE_URL) {
      state.runner = await run({
        connectionString: env.DATABASE_URL,
        concurrency: 2,
        noHandleSignals: true,
        pollInterval: 1000,
        logger: quiet,
        taskList: {
          deliver_outbox: async (payload) => {
            const { id } = payload as { id: string };
            if (!(await deliverOutboxEvent(id))) await scheduleRetry(id);
          },
          sweep_outbox: async () => {
            await sweep(10_000);
            await pruneOutbox();
          },
          queue_email_digests: async () => {
            await queueDailyDigests();
          },
          sweep_deadlines: async () => {
            await sweepDeadlines();
          },
        },
        crontab: "* * * * * sweep_outbox\n0 * * * * queue_email_digests\n* * * * * sweep_deadlines",
      });
      // Events left by a server that stopped between a commit and its purge.
      await sweep(10_000).catch(() => {});
      await queueDailyDigests().catch(() => {});
    } else {
      let busy = false;
      state.timer = setInterval(() => {
        if (busy) return;
        busy = true;
        sweep(1000)
          .catch((e: Error) => console.warn(`outbox: sweep failed: ${e.message}`))
          .finally(() => (busy = false));
      }, 1000);
      state.timer.unref();
    }
    startMailTimer();
  })().catch((error: Error) => {
    state.starting = null;
    console.error(`outbox worker did not start (retrying in 10 s): ${error.message}`);
    setTimeout(() => void startOutboxWorker(), 10_000).unref();
  });
  return state.starting;
}

export async function stopOutboxWorker(): Promise<void> {
  if (state.timer) clearInterval(state.timer);
  if (state.mailTimer) clearInterval(state.mailTimer);
  await state.runner?.stop();
  state.runner = null;
  state.timer = null;
  state.mailTimer = null;
  state.starting = null;
}
