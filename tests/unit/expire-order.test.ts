import { beforeEach, describe, expect, it, vi } from "vitest";

// The order of the two halves of an expiry, observed from outside: what the shared tag state
// (Redis) and the edges (Varnish) were told, and when each finished.
const events: string[] = [];

vi.mock("@/lib/db", () => ({ prisma: {} }));
vi.mock("@/lib/cache/shared-tags.mjs", () => ({
  sharedTags: () => ({
    expireLocal: () => {},
    // Redis takes a while to answer; the edge purge is instant.
    expire: async () => {
      events.push("shared:start");
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push("shared:done");
    },
  }),
}));
vi.mock("@/lib/edge/purge", () => ({
  purgeEdges: async () => {
    events.push("edge:purge");
  },
}));

const { expireEverywhere } = await import("@/lib/edge/outbox");

describe("expiring a change everywhere", () => {
  beforeEach(() => {
    events.length = 0;
  });

  it("purges the edges only after every app server can see the expiry", async () => {
    // Otherwise a request that misses at the edge between the two reaches an app server that
    // still serves its pre-change copy from its own cache, and the edge keeps that copy after
    // the purge: a stale page served as fresh until the next change.
    await expireEverywhere(["claim:a", "public"]);
    expect(events).toEqual(["shared:start", "shared:done", "edge:purge"]);
  });
});
