import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "@/lib/api/client-address";
import { createPublicRateLimiter, rateLimitEnvFrom, rateLimitHeaders } from "@/lib/api/rate-limit";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("public API rate limit (one app server, in memory)", () => {
  it("allows the limit per minute per client, then refuses until the window resets", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const limiter = createPublicRateLimiter({ limit: 3 });
    expect(limiter.store).toBe("memory");
    expect(await limiter.ready()).toBe(true);
    const first = await limiter.take("c1");
    expect(first).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 60 });
    for (let i = 0; i < 2; i++) expect((await limiter.take("c1")).allowed).toBe(true);
    vi.advanceTimersByTime(10_000);
    const refused = await limiter.take("c1");
    expect(refused).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 50 });
    expect(rateLimitHeaders(refused)).toEqual({
      "X-RateLimit-Limit": "3",
      "X-RateLimit-Remaining": "0",
      "X-RateLimit-Reset": "50",
      "Retry-After": "50",
    });
    expect((await limiter.take("c2")).allowed).toBe(true);
    vi.advanceTimersByTime(50_001);
    expect(await limiter.take("c1")).toMatchObject({ allowed: true, remaining: 2 });
    await limiter.close();
  });

  it("lets the request through, and says so once, when the limiter fails unexpectedly", async () => {
    const log = vi.fn();
    const limiter = createPublicRateLimiter({ limit: 3, log });
    vi.spyOn(RateLimiterMemory.prototype, "consume").mockRejectedValue(new Error("boom"));
    for (let i = 0; i < 5; i++)
      expect(await limiter.take("c1")).toEqual({ allowed: true, limit: 3, remaining: 3, resetSeconds: 60 });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toMatch(/unexpected failure.*boom/s);
  });

  it("publicRead counts a client by its peer address, whatever X-Forwarded-For it sends", async () => {
    vi.stubEnv("REDIS_URL", "");
    vi.stubEnv("PUBLIC_API_RATE_LIMIT", "3");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "0");
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("claimledger.publicRateLimiter")];
    const { publicRead } = await import("@/lib/api/public-read");
    const route = publicRead(async () => Response.json({ ok: true }));
    const get = (xff: string, peer = "203.0.113.50") =>
      route(
        new Request("http://localhost/api/v1/claims", {
          headers: { "x-forwarded-for": xff, [PEER_HEADER]: peer },
        }),
        { params: Promise.resolve({}) },
      );
    for (let i = 0; i < 3; i++) expect((await get(`10.0.0.${i}`)).status).toBe(200);
    const refused = await get("10.0.0.99");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect((await get("10.0.0.99", "203.0.113.51")).status).toBe(200);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("claimledger.publicRateLimiter")];
  });
});

describe("rate limit environment", () => {
  it("defaults to 300 a minute", () => {
    expect(rateLimitEnvFrom({})).toEqual({ PUBLIC_API_RATE_LIMIT: 300 });
    expect(rateLimitEnvFrom({ PUBLIC_API_RATE_LIMIT: " 60 " })).toEqual({ PUBLIC_API_RATE_LIMIT: 60 });
  });

  it("rejects invalid values with an error naming the variable", () => {
    for (const v of ["-1", "abc", "0", "2.5"])
      expect(() => rateLimitEnvFrom({ PUBLIC_API_RATE_LIMIT: v })).toThrow(
        /Invalid environment configuration:\n {2}PUBLIC_API_RATE_LIMIT: /,
      );
  });
});
