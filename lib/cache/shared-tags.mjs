// When each cache tag last expired, shared by every app server through Redis (REDIS_URL).
//
// A change expires the tags of the pages that showed it (lib/edge/invalidate.ts): the time is
// written to this process's own map and to one Redis hash before the change is answered. Every
// app server checks a cached entry's tags against that hash when it reads the entry
// (lib/cache/handler.mjs), so an expiry on server A is seen by server B on its next request.
//
// Redis down: this server cannot know what others expired, so it serves nothing from its cache
// (every read is a miss, rendered from the database) and stores nothing. Redis back — or
// restarted, which loses every key (no persistence) — bumps the epoch: entries from before are
// dropped, so nothing cached before or during the outage outlives it. Without REDIS_URL there is
// one server and its own map is the whole truth (as before).
//
// Plain JavaScript: loaded by the production server, by Next.js's cache handler (imported at run
// time, not bundled) and by the app's bundles; one instance per process through globalThis.
import { Redis } from "ioredis";

const HASH = "claimledger:tag-expired";
const STATE = Symbol.for("claimledger.sharedTags");
// Expiry times older than this are forgotten; cache entries older than it are never served.
export const MAX_ENTRY_AGE_MS = 6 * 60 * 60 * 1000;
// App servers' clocks may differ a little: an entry counts as begun this much earlier.
const CLOCK_MARGIN_MS = Number(process.env.CACHE_CLOCK_MARGIN_MS ?? 50);

// Only raise a tag's time (two servers expiring one tag must not move it back).
const RAISE = `
for i = 1, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if tonumber(ARGV[i + 1]) > current then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 1`;

/**
 * @typedef {object} SharedTags
 * @property {boolean} shared          whether REDIS_URL is configured
 * @property {() => boolean} healthy   false while Redis is configured but unreachable
 * @property {() => number} epoch      changes whenever the Redis connection is (re)established
 * @property {() => number} now        a time to stamp an entry's beginning with (clock margin applied)
 * @property {(tags: string[], at?: number) => Promise<void>} expire   local + Redis; throws if Redis fails
 * @property {(tags: string[]) => void} expireLocal
 * @property {(tags: string[]) => Promise<number>} lastExpiry   latest expiry of these tags (0 if none); throws if Redis is configured and fails
 * @property {(key: string) => void} noteStaleRender
 * @property {(key: string) => number} staleRenderAt
 * @property {() => Promise<void>} close
 */

/** @param {string | undefined} url @returns {SharedTags} */
function create(url) {
  /** @type {Map<string, number>} */
  const local = new Map();
  /** @type {Map<string, number>} */
  const staleRenders = new Map();
  let epoch = 1;
  let healthy = !url;
  let lastSweep = Date.now();

  /** @type {import("ioredis").Redis | null} */
  let redis = null;
  if (url) {
    redis = new Redis(url, {
      // Fail at once when Redis is down instead of queueing: a read becomes a miss, a write's
      // purge goes to the outbox.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1000,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(200 * times, 2000),
      lazyConnect: false,
    });
    redis.defineCommand("raiseTagExpiry", { numberOfKeys: 1, lua: RAISE });
    redis.on("ready", () => {
      epoch++;
      healthy = true;
    });
    const down = () => {
      if (healthy) epoch++;
      healthy = false;
    };
    redis.on("close", down);
    redis.on("end", down);
    // Errors are reported by the failing calls; an unhandled 'error' event would crash the process.
    redis.on("error", () => {});
  }

  function sweep(now) {
    lastSweep = now;
    for (const [tag, at] of local) if (now - at > MAX_ENTRY_AGE_MS) local.delete(tag);
    for (const [key, at] of staleRenders) if (now - at > 60_000) staleRenders.delete(key);
  }

  function expireLocal(tags, at = Date.now()) {
    if (at - lastSweep > 60_000) sweep(at);
    for (const tag of tags) if ((local.get(tag) ?? 0) < at) local.set(tag, at);
  }

  return {
    shared: Boolean(url),
    healthy: () => healthy,
    epoch: () => epoch,
    now: () => Date.now() - CLOCK_MARGIN_MS,
    expireLocal,
    async expire(tags, at = Date.now()) {
      if (tags.length === 0) return;
      expireLocal(tags, at);
      if (!redis) return;
      if (!healthy) throw new Error("Redis is unreachable");
      const args = tags.flatMap((t) => [t, String(at)]);
      // @ts-expect-error defined above with defineCommand
      await redis.raiseTagExpiry(HASH, ...args);
      // Forget expiries no entry can predate (keeps the hash bounded); cheap, and rarely needed.
      if (Math.random() < 0.001) void pruneRedis(redis).catch(() => {});
    },
    async lastExpiry(tags) {
      let latest = 0;
      for (const tag of tags) latest = Math.max(latest, local.get(tag) ?? 0);
      if (!redis || tags.length === 0) return latest;
      if (!healthy) throw new Error("Redis is unreachable");
      const values = await redis.hmget(HASH, ...tags);
      for (const v of values) if (v) latest = Math.max(latest, Number(v));
      return latest;
    },
    noteStaleRender(key) {
      staleRenders.set(key, Date.now());
    },
    staleRenderAt(key) {
      return staleRenders.get(key) ?? 0;
    },
    async close() {
      if (redis) redis.disconnect();
    },
  };
}

/** @param {import("ioredis").Redis} redis */
async function pruneRedis(redis) {
  const horizon = Date.now() - MAX_ENTRY_AGE_MS;
  let cursor = "0";
  do {
    const [next, fields] = await redis.hscan(HASH, cursor, "COUNT", 500);
    cursor = next;
    const old = [];
    for (let i = 0; i < fields.length; i += 2) if (Number(fields[i + 1]) < horizon) old.push(fields[i]);
    if (old.length) await redis.hdel(HASH, ...old);
  } while (cursor !== "0");
}

/** This process's shared tag state (created on first use from REDIS_URL). */
export function sharedTags() {
  const g = /** @type {Record<symbol, SharedTags | undefined>} */ (/** @type {unknown} */ (globalThis));
  g[STATE] ??= create(process.env.REDIS_URL || undefined);
  return g[STATE];
}
