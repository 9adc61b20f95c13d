import { afterAll, describe, expect, it } from "vitest";

// A server whose Redis is unreachable cannot know what other servers changed: it serves nothing
// from its cache, keeps nothing, and has requests that joined a render answered again.
process.env.REDIS_URL = "redis://127.0.0.1:1";
const { default: CacheHandler } = await import("@/lib/cache/handler.mjs");
const { sharedTags } = await import("@/lib/cache/shared-tags.mjs");

describe("the cache handler with Redis unreachable", () => {
  afterAll(() => sharedTags().close());

  it("misses, keeps nothing, and marks the render for answering again", async () => {
    const handler = new CacheHandler();
    const shared = sharedTags();
    expect(shared.healthy()).toBe(false);
    const key = "/route-cache/app-page/abc/$/claims/redis-down";
    expect(await handler.get(key)).toBeNull();
    await handler.set(key, {
      kind: "APP_PAGE",
      html: "x",
      rscData: Buffer.from("x"),
      headers: { "x-next-cache-tags": "claim:redis-down" },
      status: 200,
    });
    expect(await handler.get(key)).toBeNull();
    expect(shared.staleRenderAt("/claims/redis-down")).toBeGreaterThan(0);
    await expect(shared.expire(["claim:redis-down"])).rejects.toThrow(/unreachable/);
  });
});
