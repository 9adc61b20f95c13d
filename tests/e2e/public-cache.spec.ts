import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiAs, users } from "./support/session";

/**
 * Public pages are served from the cache (x-nextjs-cache: HIT) and a change to a claim —
 * approval, an edit of what readers see, retraction — shows on its page and in the API on the
 * very next request: no stale page is ever served for it.
 */
let owner: APIRequestContext;
let reviewer: APIRequestContext;
let reader: APIRequestContext;

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  reviewer = await apiAs(users.reviewer);
  reader = await apiAs(null);
});
test.afterAll(async () => {
  for (const c of [owner, reviewer, reader]) await c?.dispose();
});

test("approving, editing and retracting a claim is reflected on its cached page and in the API", async () => {
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(await owner.get("/api/speakers"));
  const speakerId = speakers.find((s) => s.name === "Dmitry Peskov")?.id ?? speakers[0]!.id;
  const quote = `Điện Kremlin chưa nhận được văn kiện nào (kiểm thử bộ nhớ đệm ${Date.now()})`;
  let c = await ok<{ id: string; slug: string; version: number }>(
    await owner.post("/api/claims", { data: { speakerId, quote, kind: "DIRECT", saidAt: "2025-12-22", topics: ["us-russia-talks"] } }),
  );
  const page = `/claims/${c.slug}`;
  const api = `/api/v1/claims/${c.slug}`;

  // A draft: 404 on the page and in the API (and that 404 may be cached).
  expect((await reader.get(page)).status()).toBe(404);
  expect((await reader.get(page)).status()).toBe(404);
  expect((await reader.get(api)).status()).toBe(404);

  // Approval shows at once.
  c = await ok(await owner.post(`/api/claims/${c.id}/transitions`, { data: { transition: "submit", version: c.version } }));
  c = await ok(await reviewer.post(`/api/claims/${c.id}/transitions`, { data: { transition: "approve", version: c.version } }));
  const approved = await reader.get(page);
  expect(approved.status()).toBe(200);
  expect(await approved.text()).toContain(quote);
  const again = await reader.get(page);
  expect(again.headers()["x-nextjs-cache"], "the second view is served from the cache").toBe("HIT");
  expect(((await ok<{ data: { status: string } }>(await reader.get(api))).data.status)).toBe("APPROVED");
  const listed = await ok<{ data: { slug: string }[] }>(await reader.get("/api/v1/claims?limit=100"));
  expect(listed.data.some((x) => x.slug === c.slug)).toBe(true);
  expect(await (await reader.get("/feed.xml")).text()).toContain(c.slug);

  // An edit readers see (verification) shows at once.
  c = await ok(
    await reviewer.put(`/api/claims/${c.id}/verification`, { data: { verification: "VERIFIED_PRIMARY", evidenceUrl: "https://t.me/kremlin_example/1", version: c.version } }),
  );
  expect(await (await reader.get(page)).text()).toContain("Đã đối chiếu nguồn gốc");
  expect((await ok<{ data: { verification: string } }>(await reader.get(api))).data.verification).toBe("VERIFIED_PRIMARY");
  expect((await reader.get(page)).headers()["x-nextjs-cache"]).toBe("HIT");

  // Retraction shows at once, with its reason; the claim leaves the feed.
  c = await ok(await reviewer.post(`/api/claims/${c.id}/transitions`, { data: { transition: "retract", version: c.version, reason: "Không xác minh được thời điểm." } }));
  const retracted = await (await reader.get(page)).text();
  expect(retracted).toContain("đã bị rút lại");
  expect(retracted).toContain("Không xác minh được thời điểm.");
  expect((await ok<{ data: { status: string; retraction: { reason: string } } }>(await reader.get(api))).data).toMatchObject({
    status: "RETRACTED",
    retraction: { reason: "Không xác minh được thời điểm." },
  });
  expect(await (await reader.get("/feed.xml")).text()).not.toContain(c.slug);
  // The speaker's timeline shows it retracted too.
  const speakerSlug = (await ok<{ data: { speaker: { slug: string } } }>(await reader.get(api))).data.speaker.slug;
  expect(await (await reader.get(`/speakers/${speakerSlug}`)).text()).toContain("đã rút lại");
});
