import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import CacheHandler, { pathnameOfKey } from "@/lib/cache/handler.mjs";
import { sharedTags } from "@/lib/cache/shared-tags.mjs";
import { isPublicPath, isStaffPath, surrogateKeysFor } from "@/lib/edge/public-paths.mjs";
import { inlineScriptHashes, publicPagePolicy } from "@/lib/security/csp-policy.mjs";

describe("public paths and their surrogate keys", () => {
  it("keys each public page by what it shows, and nothing else is public", () => {
    expect(surrogateKeysFor("/claims/ushakov-no-trilateral")).toEqual([
      "claim:ushakov-no-trilateral",
      "public",
    ]);
    expect(surrogateKeysFor("/api/v1/claims/ushakov-no-trilateral")).toEqual([
      "claim:ushakov-no-trilateral",
      "public",
    ]);
    expect(surrogateKeysFor("/speakers/yuri-ushakov/page/2")).toEqual(["speaker:yuri-ushakov", "public"]);
    expect(surrogateKeysFor("/topics/peace-plan")).toEqual(["topic:peace-plan", "public"]);
    for (const list of [
      "/",
      "/claims",
      "/claims/page/3",
      "/search",
      "/feed.xml",
      "/api/v1/claims",
      "/speakers",
      "/about",
    ]) {
      expect(surrogateKeysFor(list), list).toEqual(["claims-list", "public"]);
    }
    // A slug that can never exist is no key (no spaces or odd bytes in the header).
    expect(surrogateKeysFor("/claims/Bad%20Slug")).toEqual(["claims-list", "public"]);
    for (const staff of [
      "/dashboard",
      "/dashboard/claims/x",
      "/signin",
      "/account",
      "/admin/users",
      "/api/claims",
      "/api/auth/session",
    ]) {
      expect(isStaffPath(staff), staff).toBe(true);
      expect(surrogateKeysFor(staff), staff).toBeNull();
    }
    expect(isPublicPath("/_next/static/chunks/a.js")).toBe(false);
    expect(isPublicPath("/healthz")).toBe(false);
  });
});

describe("hash-based CSP of public pages", () => {
  it("lists the sha256 of every inline script (as browsers hash it) and none for external ones", () => {
    const inline = 'self.__next_f.push([1,"Đà Nẵng \\u003c"])';
    const html = `<html><head><script src="/_next/static/a.js" async></script></head><body><script>${inline}</script><script type="application/ld+json">{"a":1}</script></body></html>`;
    const hashes = inlineScriptHashes(html);
    expect(hashes).toContain(`'sha256-${createHash("sha256").update(inline, "utf8").digest("base64")}'`);
    expect(hashes).toHaveLength(2);
    const policy = publicPagePolicy(html);
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).not.toMatch(/nonce-|'unsafe-inline'|'strict-dynamic'/);
  });
});

describe("the cache handler", () => {
  const page = (html: string, tags: string[]) => ({
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(html),
    headers: { "x-next-cache-tags": tags.join(",") },
    status: 200,
  });

  it("serves an entry until one of its tags expires, and never one whose render began before the expiry", async () => {
    const handler = new CacheHandler();
    const shared = sharedTags();
    const key = `/route-cache/app-page/abc/$/claims/test-${Date.now()}`;
    expect(pathnameOfKey(key)).toMatch(/^\/claims\/test-/);
    const tag = `claim:test-${Date.now()}`;

    expect(await handler.get(key)).toBeNull(); // miss: the render begins now
    await new Promise((r) => setTimeout(r, 5));
    shared.expireLocal([tag]); // a change answered while it renders
    await handler.set(key, page("old", [tag]));
    expect(shared.staleRenderAt(pathnameOfKey(key)!), "born stale: not kept, and noted").toBeGreaterThan(0);

    await new Promise((r) => setTimeout(r, 80)); // past the clock margin
    expect(await handler.get(key)).toBeNull(); // a new render begins
    await handler.set(key, page("new", [tag]));
    expect(((await handler.get(key))!.value as { html: string }).html).toBe("new");

    await new Promise((r) => setTimeout(r, 5));
    shared.expireLocal([tag]);
    expect(await handler.get(key), "expired by its tag").toBeNull();
  });

  it("stamps concurrent renders of one key with the oldest beginning still under way", async () => {
    const handler = new CacheHandler();
    const key = `fetch-concurrent-${Date.now()}`;
    const tag = `topic:t-${Date.now()}`;
    expect(await handler.get(key, { tags: [tag] })).toBeNull(); // render 1 begins
    await new Promise((r) => setTimeout(r, 80));
    expect(await handler.get(key, { tags: [tag] })).toBeNull(); // render 2 begins
    await new Promise((r) => setTimeout(r, 5));
    sharedTags().expireLocal([tag]); // a change between render 2's beginning and its write
    await new Promise((r) => setTimeout(r, 5));
    await handler.set(key, { kind: "FETCH", data: { body: "1" }, revalidate: 300 }, { tags: [tag] }); // render 1 ends: stale
    await handler.set(key, { kind: "FETCH", data: { body: "2" }, revalidate: 300 }, { tags: [tag] }); // render 2 ends: stale too
    expect(await handler.get(key, { tags: [tag] }), "neither render may be served").toBeNull();
  });

  it("keeps data entries by their own tags", async () => {
    const handler = new CacheHandler();
    const key = `fetch-${Date.now()}`;
    const tag = `speaker:x-${Date.now()}`;
    expect(await handler.get(key, { tags: [tag] })).toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    await handler.set(key, { kind: "FETCH", data: { body: "{}" }, revalidate: 300 }, { tags: [tag] });
    expect(await handler.get(key, { tags: [tag] })).not.toBeNull();
    await handler.revalidateTag([tag]);
    expect(await handler.get(key, { tags: [tag] })).toBeNull();
  });
});
