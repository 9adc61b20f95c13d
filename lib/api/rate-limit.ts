/**
 * Per-client rate limit for the public read API: a fixed one-minute window per address.
 * Kept in memory, so with several app servers each enforces its own share of the limit;
 * a shared store (e.g. Redis) would make it exact across servers.
 */
export const PUBLIC_API_LIMIT_PER_MINUTE = Number(process.env.PUBLIC_API_RATE_LIMIT ?? 300);
const WINDOW_MS = 60_000;
const MAX_TRACKED = 50_000;

const windows = new Map<string, { start: number; count: number }>();
let lastSweep = 0;

/** Forgets clients whose window has ended, so memory follows the last minute's clients. */
function sweep(now: number): void {
  lastSweep = now;
  for (const [client, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(client);
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
}

export function takeToken(client: string, now = Date.now(), limit = PUBLIC_API_LIMIT_PER_MINUTE): RateDecision {
  if (now - lastSweep >= WINDOW_MS) sweep(now);
  let w = windows.get(client);
  if (!w || now - w.start >= WINDOW_MS) {
    if (windows.size >= MAX_TRACKED) sweep(now);
    if (windows.size >= MAX_TRACKED) windows.clear(); // bounded memory under address spraying
    w = { start: now, count: 0 };
    windows.set(client, w);
  }
  w.count++;
  const resetSeconds = Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
  return { allowed: w.count <= limit, limit, remaining: Math.max(0, limit - w.count), resetSeconds };
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(d.limit),
    "X-RateLimit-Remaining": String(d.remaining),
    "X-RateLimit-Reset": String(d.resetSeconds),
    ...(d.allowed ? {} : { "Retry-After": String(d.resetSeconds) }),
  };
}
