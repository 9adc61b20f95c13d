import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createPublicRateLimiter, type PublicRateLimiter } from "@/lib/api/rate-limit";

// The public API's limit shared by several app servers through one Redis.
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
// In CI (or with REQUIRE_REDIS=1) a missing Redis is a failure; elsewhere the test is skipped.
const REQUIRE_REDIS =
  (!!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase())) ||
  process.env.REQUIRE_REDIS === "1";

/** Null when Redis answers PING, else why not. */
async function redisProblem(url: string): Promise<string | null> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1500,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let cause: string | undefined;
  client.on("error", (error: Error) => {
    cause ??= error.message;
  });
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return cause ?? (error instanceof Error ? error.message : String(error));
  } finally {
    client.disconnect();
  }
}

const problem = await redisProblem(REDIS_URL);

/** Fails the test when Redis is required but missing, skips it (with the reason) otherwise. */
function needRedis(ctx: { skip: (note?: string) => never }): void {
  if (!problem) return;
  const message = `Redis is not reachable at ${REDIS_URL} (${problem}). Start Redis or set REDIS_URL`;
  if (REQUIRE_REDIS) throw new Error(`${message}; it is required here (CI / REQUIRE_REDIS=1).`);
  ctx.skip(`${message} to run this test (set REQUIRE_REDIS=1 to make this a failure).`);
}
const opened: PublicRateLimiter[] = [];
const uniquePrefix = () => `claimledger:rl:test:${randomBytes(6).toString("hex")}`;

function limiter(options: Parameters<typeof createPublicRateLimiter>[0]): PublicRateLimiter {
  const l = createPublicRateLimiter({ log: () => {}, ...options });
  opened.push(l);
  return l;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

describe("public API rate limit across app servers", () => {
  it("two app servers sharing one Redis enforce one combined limit", async (ctx) => {
    needRedis(ctx);
    const keyPrefix = uniquePrefix();
    const a = limiter({ redisUrl: REDIS_URL, limit: 5, keyPrefix });
    const b = limiter({ redisUrl: REDIS_URL, limit: 5, keyPrefix });
    expect([a.store, b.store]).toEqual(["redis", "redis"]);
    expect(await a.ready()).toBe(true);
    expect(await b.ready()).toBe(true);

    const onA = [await a.take("198.51.100.1"), await a.take("198.51.100.1"), await a.take("198.51.100.1")];
    const onB = [await b.take("198.51.100.1"), await b.take("198.51.100.1")];
    expect([...onA, ...onB].map((d) => d.allowed)).toEqual([true, true, true, true, true]);
    expect(onB[1]).toMatchObject({ remaining: 0, limit: 5 });
    // The 6th request in the window, on either server, is refused.
    const sixth = await b.take("198.51.100.1");
    expect(sixth).toMatchObject({ allowed: false, remaining: 0, limit: 5 });
    expect(sixth.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(sixth.resetSeconds).toBeLessThanOrEqual(60);
    expect((await a.take("198.51.100.1")).allowed).toBe(false);
    // Another client has its own count.
    expect(await a.take("198.51.100.2")).toMatchObject({ allowed: true, remaining: 4 });

    // The count is in Redis under the configured prefix, expiring with the window.
    const check = new Redis(REDIS_URL, { maxRetriesPerRequest: 0 });
    try {
      expect(Number(await check.get(`${keyPrefix}:198.51.100.1`))).toBeGreaterThanOrEqual(6);
      const ttl = await check.pttl(`${keyPrefix}:198.51.100.1`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      check.disconnect();
    }
  });

  it("with Redis unreachable, each server still limits in memory, quickly, and nothing throws", async () => {
    const logs: string[] = [];
    const down = createPublicRateLimiter({
      redisUrl: "redis://127.0.0.1:1",
      limit: 3,
      keyPrefix: uniquePrefix(),
      log: (m) => logs.push(m),
    });
    opened.push(down);
    expect(down.store).toBe("redis");
    const started = performance.now();
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await down.take("203.0.113.1"));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
    expect(decisions[3]).toMatchObject({ limit: 3, remaining: 0 });
    expect((await down.take("203.0.113.2")).allowed).toBe(true);
    expect(await down.ready(300)).toBe(false);
    // The outage is logged once, not once per request or reconnection attempt.
    await new Promise((r) => setTimeout(r, 500));
    expect(logs.filter((m) => /Redis unreachable/.test(m))).toHaveLength(1);
  });

  it("when the Redis connection is lost mid-window, requests fall back to memory and nothing throws", async (ctx) => {
    needRedis(ctx);
    const a = limiter({ redisUrl: REDIS_URL, limit: 3, keyPrefix: uniquePrefix() });
    expect(await a.ready()).toBe(true);
    expect(await a.take("192.0.2.1")).toMatchObject({ allowed: true, remaining: 2 });
    // Only this limiter's own connection goes (other processes may share this Redis).
    await a.close();
    const after = [];
    for (let i = 0; i < 4; i++) after.push(await a.take("192.0.2.1"));
    expect(after.map((d) => d.allowed)).toEqual([true, true, true, false]);
  });
});
