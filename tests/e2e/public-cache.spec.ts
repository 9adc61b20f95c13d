import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiAs, users } from "./support/session";
import { addSource, publishClaim } from "./support/sources";

/**
 * Public pages are served from the cache (x-nextjs-cache: HIT) and every change to what they
 * show is on the very next request: no stale page is served after a change was answered.
 * Each check first proves the page is a cached HIT, so a fresh answer after the change can only
 * come from the change having expired that cached copy (a first, uncached render proves nothing).
 */
let owner: APIRequestContext;
let reviewer: APIRequestContext;
let admin: APIRequestContext;
let reader: APIRequestContext;

type ClaimRef = { id: string; slug: string; version: number };

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

/**
 * Serves each page twice: the second answer must come from the cache. The API and feeds are
 * answered per request from cached data (no page-cache header to check): they are only warmed.
 */
async function primed(paths: string[]): Promise<void> {
  for (const path of paths) {
    expect((await reader.get(path)).status(), path).toBe(200);
    const again = await reader.get(path);
    if (path.startsWith("/api/") || path.startsWith("/feed")) continue;
    expect(again.headers()["x-nextjs-cache"], `${path} is a cached HIT before the change`).toBe("HIT");
  }
}

/** The first request after the change answers with the change on every page that shows it. */
async function showsAfter(
  paths: string[],
  expected: (string | RegExp)[],
  absent: (string | RegExp)[] = [],
): Promise<void> {
  for (const path of paths) {
    const text = await (await reader.get(path)).text();
    for (const e of expected) expect(text, `${path} shows ${e}`).toMatch(e);
    for (const a of absent) expect(text, `${path} no longer shows ${a}`).not.toMatch(a);
  }
}

async function published(speakerId: string, quote: string, topics: string[]): Promise<ClaimRef> {
  const c = await ok<ClaimRef>(
    await owner.post("/api/claims", {
      data: { speakerId, quote, kind: "DIRECT", saidAt: "2026-11-29", topics },
    }),
  );
  return publishClaim<ClaimRef>(owner, reviewer, c);
}

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  reviewer = await apiAs(users.reviewer);
  admin = await apiAs(users.admin);
  reader = await apiAs(null);
});
test.afterAll(async () => {
  for (const c of [owner, reviewer, admin, reader]) await c?.dispose();
});

test("approving, editing and retracting a claim is reflected on its cached page and in the API", async () => {
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await owner.get("/api/speakers"),
  );
  const speakerId = speakers.find((s) => s.name === "Dmitry Peskov")?.id ?? speakers[0]!.id;
  const quote = `Điện Kremlin chưa nhận được văn kiện nào (kiểm thử bộ nhớ đệm ${Date.now()})`;
  let c = await ok<ClaimRef>(
    await owner.post("/api/claims", {
      data: { speakerId, quote, kind: "DIRECT", saidAt: "2025-12-22", topics: ["us-russia-talks"] },
    }),
  );
  const page = `/claims/${c.slug}`;
  const api = `/api/v1/claims/${c.slug}`;

  // A draft: 404 on the page and in the API (and that 404 may be cached).
  expect((await reader.get(page)).status()).toBe(404);
  expect((await reader.get(page)).status()).toBe(404);
  expect((await reader.get(api)).status()).toBe(404);

  // Approval shows at once, over the cached 404.
  await addSource(owner, c.id);
  c = await ok(
    await owner.post(`/api/claims/${c.id}/transitions`, {
      data: { transition: "submit", version: c.version },
    }),
  );
  await primed(["/feed.xml", "/api/v1/claims?limit=100"]);
  c = await ok(
    await reviewer.post(`/api/claims/${c.id}/transitions`, {
      data: { transition: "approve", version: c.version },
    }),
  );
  const approved = await reader.get(page);
  expect(approved.status()).toBe(200);
  expect(await approved.text()).toContain(quote);
  expect((await ok<{ data: { status: string } }>(await reader.get(api))).data.status).toBe("APPROVED");
  const listed = await ok<{ data: { slug: string }[] }>(await reader.get("/api/v1/claims?limit=100"));
  expect(listed.data.some((x) => x.slug === c.slug)).toBe(true);
  expect(await (await reader.get("/feed.xml")).text()).toContain(c.slug);

  // An edit readers see (verification) shows at once.
  await primed([page, api]);
  c = await ok(
    await reviewer.put(`/api/claims/${c.id}/verification`, {
      data: {
        verification: "VERIFIED_PRIMARY",
        evidenceUrl: "https://t.me/kremlin_example/1",
        // The claim is published: the change is a public correction and says why.
        reason: "Đã đối chiếu với kênh chính thức của Điện Kremlin.",
        version: c.version,
      },
    }),
  );
  await showsAfter([page], [/đã đối chiếu nguồn gốc/i]);
  expect((await ok<{ data: { verification: string } }>(await reader.get(api))).data.verification).toBe(
    "VERIFIED_PRIMARY",
  );

  // Retraction shows at once, with its reason, on the page, the timeline and the API; the claim leaves the feed.
  const speakerSlug = (await ok<{ data: { speaker: { slug: string } } }>(await reader.get(api))).data.speaker
    .slug;
  await primed([page, api, `/speakers/${speakerSlug}`, "/feed.xml"]);
  c = await ok(
    await reviewer.post(`/api/claims/${c.id}/transitions`, {
      data: { transition: "retract", version: c.version, reason: "Không xác minh được thời điểm." },
    }),
  );
  await showsAfter([page], ["đã bị rút lại", "Không xác minh được thời điểm."]);
  expect(
    (await ok<{ data: { status: string; retraction: { reason: string } } }>(await reader.get(api))).data,
  ).toMatchObject({
    status: "RETRACTED",
    retraction: { reason: "Không xác minh được thời điểm." },
  });
  expect(await (await reader.get("/feed.xml")).text()).not.toContain(c.slug);
  await showsAfter([`/speakers/${speakerSlug}`], ["đã rút lại"]);
});

test("every other kind of change expires each cached page that shows it", async () => {
  const run = Date.now().toString(36);
  const topic = "us-russia-talks";
  const speaker = await ok<{ id: string; slug: string; version: number }>(
    await admin.post("/api/speakers", { data: { name: `Người thử bộ đệm ${run}`, kind: "PERSON" } }),
  );
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await owner.get("/api/speakers"),
  );
  const peskov = speakers.find((s) => s.name === "Dmitry Peskov")!;
  const a = await published(speaker.id, `Câu nói A của bộ đệm ${run}`, [topic]);
  const b = await published(peskov.id, `Câu nói B của bộ đệm ${run}`, []);
  const pageA = `/claims/${a.slug}`;
  const pageB = `/claims/${b.slug}`;
  const speakerPage = `/speakers/${speaker.slug}`;
  const topicPage = `/topics/${topic}`;
  const apiA = `/api/v1/claims/${a.slug}`;

  // A public note.
  await primed([pageA]);
  await ok(
    await reviewer.post(`/api/claims/${a.id}/annotations`, {
      data: { body: `Ghi chú công khai ${run}`, visibility: "PUBLIC" },
    }),
  );
  await showsAfter([pageA], [`Ghi chú công khai ${run}`]);

  // A link (both claims' pages), made by a reviewer directly.
  await primed([pageA, pageB]);
  const link = await ok<{ id: string }>(
    await reviewer.post("/api/links", {
      data: { fromClaimId: a.id, toClaimId: b.id, type: "RESPONDS_TO", note: `Ghi chú liên kết ${run}` },
    }),
  );
  await showsAfter([pageA], [`Ghi chú liên kết ${run}`, `Câu nói B của bộ đệm ${run}`]);
  await showsAfter([pageB], [`Câu nói A của bộ đệm ${run}`]);

  // A speaker rename by an admin: the claim's page, the speaker's timeline, the topic page and the linked claim's page.
  await primed([pageA, pageB, speakerPage, topicPage, apiA]);
  const renamed = await ok<{ version: number }>(
    await admin.patch(`/api/speakers/${speaker.id}`, {
      data: { name: `Người đổi tên bộ đệm ${run}`, kind: "PERSON", version: speaker.version },
    }),
  );
  await showsAfter([pageA, pageB, speakerPage, topicPage, apiA], [`Người đổi tên bộ đệm ${run}`]);

  // A rename proposed by an editor shows when a reviewer approves it (not before).
  await primed([pageA, speakerPage]);
  const proposal = await owner.patch(`/api/speakers/${speaker.id}`, {
    data: { name: `Tên được duyệt ${run}`, kind: "PERSON", version: renamed.version },
  });
  expect(proposal.status(), await proposal.text()).toBe(202);
  expect((await reader.get(pageA)).headers()["x-nextjs-cache"], "a proposal changes nothing public").toBe(
    "HIT",
  );
  const { pendingChange } = (await proposal.json()) as { pendingChange: { id: string } };
  await ok(
    await reviewer.post(`/api/pending-changes/${pendingChange.id}/decision`, {
      data: { decision: "approve" },
    }),
  );
  await showsAfter([pageA, speakerPage], [`Tên được duyệt ${run}`], [`Người đổi tên bộ đệm ${run}`]);

  // Unlinking.
  await primed([pageA, pageB]);
  await ok(await reviewer.delete(`/api/links/${link.id}`, { data: {} }));
  await showsAfter([pageA], [], [`Ghi chú liên kết ${run}`]);
  await showsAfter([pageB], [], [`Câu nói A của bộ đệm ${run}`]);

  // A source added by an admin, then removed; then one accepted from ingestion into the existing claim.
  const outlet = await ok<{ id: string }>(
    await admin.post("/api/outlets", { data: { name: `Báo bộ đệm ${run}` } }),
  );
  const text = `Ông ấy nói: câu trích dẫn của bài ${run}. Hết bài.`;
  const article = await ok<{ id: string }>(
    await admin.post("/api/articles", {
      data: { outletId: outlet.id, title: `Bài nguồn bộ đệm ${run}`, text },
    }),
  );
  const exact = `câu trích dẫn của bài ${run}`;
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const span = {
    start,
    end: start + [...exact].length,
    exact,
    chain: [{ kind: "OUTLET", label: `Báo bộ đệm ${run}`, outletId: outlet.id }],
  };
  await primed([pageA, apiA]);
  const source = await ok<{ id: string }>(
    await admin.post(`/api/claims/${a.id}/appearances`, { data: { articleId: article.id, ...span } }),
  );
  await showsAfter([pageA, apiA], [`Bài nguồn bộ đệm ${run}`]);
  await primed([pageA, apiA]);
  await ok(await admin.delete(`/api/appearances/${source.id}`, { data: {} }));
  await showsAfter([pageA, apiA], [], [`Bài nguồn bộ đệm ${run}`]);
  await primed([pageA]);
  await ok(
    await admin.post("/api/ingest/accept", {
      data: { articleId: article.id, mode: "appearance", claimId: a.id, appearance: span },
    }),
  );
  await showsAfter([pageA], [`Bài nguồn bộ đệm ${run}`]);

  // A speaker merge: the merged speaker's claim now names the kept speaker; the old timeline is gone.
  const dup = await ok<{ id: string; slug: string }>(
    await admin.post("/api/speakers", { data: { name: `Bản trùng bộ đệm ${run}`, kind: "PERSON" } }),
  );
  const c = await published(dup.id, `Câu nói C của bộ đệm ${run}`, [topic]);
  const pageC = `/claims/${c.slug}`;
  await primed([pageC, `/speakers/${dup.slug}`, speakerPage]);
  await ok(await admin.post("/api/speakers/merge", { data: { sourceId: dup.id, targetId: speaker.id } }));
  await showsAfter([pageC, speakerPage], [`Tên được duyệt ${run}`]);
  await showsAfter([speakerPage], [`Câu nói C của bộ đệm ${run}`]);
  expect(
    (await reader.get(`/speakers/${dup.slug}`, { maxRedirects: 0 })).status(),
    "the merged speaker's timeline",
  ).not.toBe(200);

  // Delete and undelete (admin): the page disappears and comes back.
  await primed([pageC, speakerPage]);
  // The merge gave the claim a new version (its speaker changed): delete the current one.
  const current = await ok<{ version: number }>(await admin.get(`/api/claims/${c.id}`));
  expect(current.version, "the merge is a version of the claim").toBe(c.version + 1);
  const deleted = await ok<ClaimRef>(
    await admin.delete(`/api/claims/${c.id}`, { data: { version: current.version } }),
  );
  expect((await reader.get(pageC)).status()).toBe(404);
  await showsAfter([speakerPage], [], [`Câu nói C của bộ đệm ${run}`]);
  await ok(await admin.post(`/api/claims/${c.id}/undelete`, { data: { version: deleted.version } }));
  expect((await reader.get(pageC)).status()).toBe(200);
  await showsAfter([speakerPage], [`Câu nói C của bộ đệm ${run}`]);

  // Restoring an older version is refused on a published claim: its cached page stays as it is.
  await primed([pageA]);
  const restore = await owner.post(`/api/claims/${a.id}/restore`, {
    data: { fromVersion: 1, version: a.version },
  });
  expect(restore.status()).toBe(409);
  expect((await reader.get(pageA)).headers()["x-nextjs-cache"]).toBe("HIT");
});
