// Runs once when a Next.js server starts: the outbox worker that retries cache purges and other
// work that must follow a committed change (lib/edge/outbox-worker.ts). Not during `next build`.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.OUTBOX_WORKER === "off") return;
  const { startOutboxWorker } = await import("./lib/edge/outbox-worker");
  void startOutboxWorker();
}
