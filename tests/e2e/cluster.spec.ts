// Several app servers behind Varnish, sharing PostgreSQL and Redis. Server A takes every change;
// readers loop on server B directly and through the edge, HTML, RSC and the API. A reader who
// asks after a change was answered must never see the state from before it — also while Redis,
// Varnish or an app server fail, and while the edge refuses purges (then the outbox retries).
//
// Needs TEST_DATABASE_URL (PostgreSQL), redis-server and varnishd; .ci/run provides all three and
// sets REQUIRE_CLUSTER=1, so there a missing piece fails instead of skipping.

import { request as httpRequest } from "node:http";
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContext,
} from "@playwright/test";
import { Cluster, clusterNeeds } from "./support/cluster";
import { marker, markersIn, World, type Fixture, type Read, type UrlKind } from "./support/freshness";
import { apiAs, users } from "./support/session";
import { addSource } from "./support/sources";

const needs = clusterNeeds();
const required = process.env.REQUIRE_CLUSTER === "1";
const MUTATIONS = Number(process.env.CLUSTER_RACE_MUTATIONS ?? 500);
const READERS = 6;

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
let owner: APIRequestContext;
let reviewer: APIRequestContext;
let reviewerB: APIRequestContext;
let world: World;
let fx: Fixture;
const ids: Record<string, string> = {};

async function ok<T>(res: APIResponse | Promise<APIResponse>): Promise<T> {
  res = await res;
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

type ClaimRef = { id: string; slug: string; version: number };
const TOPICS: [string, string] = ["peace-plan", "us-russia-talks"];
const RENAME_TOPIC = "trilateral-talks";
const day = (offset: number, base = "2027-01-01") =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** One workflow step of a claim, as `who`; returns the claim's new version. */
async function transition(
  who: APIRequestContext,
  ref: { id: string; version: number },
  name: string,
  reason?: string,
): Promise<ClaimRef> {
  // Approval needs a source (lib/checklists/service.ts): the claim gets one just before.
  if (name === "approve") await addSource(owner, ref.id);
  return ok<ClaimRef>(
    await who.post(`/api/claims/${ref.id}/transitions`, {
      data: { transition: name, version: ref.version, ...(reason ? { reason } : {}) },
    }),
  );
}

/**
 * An editor's change to a published page waits for a reviewer (202, issue 19): the reviewer
 * approves it on the other app server, and that answer is when readers must see the change.
 */
let approveOnB = true; // false while server B is down
async function throughReview(res: APIResponse): Promise<void> {
  expect(res.status(), await res.text()).toBe(202);
  const { pendingChange } = (await res.json()) as { pendingChange: { id: string } };
  await ok(
    await (approveOnB ? reviewerB : reviewer).post(`/api/pending-changes/${pendingChange.id}/decision`, {
      data: { decision: "approve" },
    }),
  );
}

async function publishedClaim(
  speakerId: string,
  quote: string,
  saidAt: string,
  topics: string[] = [],
): Promise<ClaimRef> {
  let c = await ok<ClaimRef>(
    await owner.post("/api/claims", { data: { speakerId, quote, kind: "DIRECT", saidAt, topics } }),
  );
  c = await transition(owner, c, "submit");
  return transition(reviewer, c, "approve");
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!needs.ok) {
    if (required) throw new Error(`cluster tests need: ${needs.missing.join(", ")}`);
    return;
  }
  cluster = new Cluster();
  await cluster.start();
  owner = await apiAs(users.owner, cluster.a);
  reviewer = await apiAs(users.reviewer, cluster.a);
  reviewerB = await apiAs(users.reviewer, cluster.b);

  const speaker = async (name: string) =>
    ok<{ id: string; slug: string; version: number }>(
      await owner.post("/api/speakers", { data: { name, kind: "PERSON" } }),
    );
  const sw = await speaker("Người phát ngôn thử nghiệm W");
  const sr = await speaker(`Người đổi tên ${marker.rn(1)}`);
  const sm = await speaker("Người được giữ lại khi gộp");
  const other = await speaker("Người phát ngôn thử nghiệm khác");
  ids.sw = sw.id;
  ids.sr = sr.id;
  ids.srVersion = String(sr.version);
  ids.sm = sm.id;
  // On a topic of its own: the topic page prints the speaker's name too.
  const cr = await publishedClaim(sr.id, "Câu nói của người sẽ đổi tên nhiều lần.", "2026-01-02", [
    RENAME_TOPIC,
  ]);
  const l1 = await publishedClaim(other.id, "Câu nói thứ nhất của cặp liên kết.", "2026-01-03");
  const l2 = await publishedClaim(other.id, "Câu nói thứ hai của cặp liên kết.", "2026-01-04");
  const cn = await publishedClaim(other.id, "Câu nói nhận ghi chú công khai.", "2026-01-05");
  const ci = await publishedClaim(other.id, "Câu nói được thêm nguồn từ bài báo.", "2026-01-06");
  Object.assign(ids, { l1: l1.id, l2: l2.id, cn: cn.id, ci: ci.id });
  const outlet = await ok<{ id: string; name: string }>(
    await owner.post("/api/outlets", { data: { name: "Báo thử nghiệm cụm máy chủ" } }),
  );
  ids.outlet = outlet.id;
  fx = {
    wSpeakerSlug: sw.slug,
    topics: TOPICS,
    rename: { claimSlug: cr.slug, speakerSlug: sr.slug },
    link: [l1.slug, l2.slug],
    noteClaimSlug: cn.slug,
    sourceClaimSlug: ci.slug,
    mergeTargetSlug: sm.slug,
  };
  world = new World({ w: [], renameMarker: 1, linkMarker: null, notes: [], sources: [], m: [] });
});

test.afterAll(async () => {
  for (const c of [owner, reviewer, reviewerB]) await c?.dispose();
  await cluster?.stop();
});

// ---------------------------------------------------------------------------------------------
// Mutations: six lanes, one step of each in turn (each step is one request to server A).

let linkId: string | null = null;
const wDraft: { k: number; ref: ClaimRef }[] = [];
const mDraft: { k: number; speakerId: string; ref: ClaimRef }[] = [];
const counters = { w: 0, wStep: 0, r: 1, l: 0, n: 0, i: 0, iStep: 0, m: 0, mStep: 0 };

async function stepW(): Promise<void> {
  const topicOf = (k: number) => TOPICS[k % 2]!;
  switch (counters.wStep++ % 5) {
    case 0: {
      const k = ++counters.w;
      const ref = await world.mutate(
        `w${k} create`,
        async () =>
          ok<ClaimRef>(
            await owner.post("/api/claims", {
              data: {
                speakerId: ids.sw,
                quote: `Bản nháp vòng ${k} zlanew`,
                kind: "DIRECT",
                saidAt: day(k),
                topics: [topicOf(k + 1)],
              },
            }),
          ),
        (s, r) => s.w.push({ round: k, slug: r.slug, topic: topicOf(k + 1), status: "draft" }),
      );
      wDraft.push({ k, ref });
      return;
    }
    case 1: {
      const d = wDraft.at(-1)!;
      d.ref = await world.mutate(
        `w${d.k} edit quote and topic`,
        async () =>
          ok<ClaimRef>(
            await owner.patch(`/api/claims/${d.ref.id}`, {
              data: {
                speakerId: ids.sw,
                quote: `Câu nói vòng ${d.k} ${marker.wq(d.k)} zlanew`,
                kind: "DIRECT",
                saidAt: day(d.k),
                topics: [topicOf(d.k)],
                version: d.ref.version,
              },
            }),
          ),
        (s) => (s.w.find((c) => c.round === d.k)!.topic = topicOf(d.k)),
      );
      return;
    }
    case 2: {
      const d = wDraft.at(-1)!;
      d.ref = await world.mutate(
        `w${d.k} submit`,
        async () => transition(owner, d.ref, "submit"),
        () => {},
      );
      return;
    }
    case 3: {
      const d = wDraft.at(-1)!;
      d.ref = await world.mutate(
        `w${d.k} approve`,
        async () => transition(reviewer, d.ref, "approve"),
        (s) => (s.w.find((c) => c.round === d.k)!.status = "approved"),
      );
      return;
    }
    default: {
      const d = wDraft.at(-1)!;
      d.ref = await world.mutate(
        `w${d.k} retract`,
        async () => transition(reviewer, d.ref, "retract", `Lý do rút lại ${marker.wr(d.k)}`),
        (s) => (s.w.find((c) => c.round === d.k)!.status = "retracted"),
      );
    }
  }
}

async function stepR(): Promise<void> {
  const k = ++counters.r;
  await world.mutate(
    `rename speaker to ${k}`,
    async () =>
      throughReview(
        await owner.patch(`/api/speakers/${ids.sr}`, {
          data: {
            name: `Người đổi tên ${marker.rn(k)}`,
            kind: "PERSON",
            variants: [],
            version: Number(ids.srVersion),
          },
        }),
      ),
    (s) => (s.renameMarker = k),
  );
  ids.srVersion = String(Number(ids.srVersion) + 1);
}

async function stepL(): Promise<void> {
  if (linkId === null) {
    const k = ++counters.l;
    const r = await world.mutate(
      `link ${k}`,
      async () =>
        ok<{ id: string }>(
          await reviewer.post("/api/links", {
            data: {
              fromClaimId: ids.l1,
              toClaimId: ids.l2,
              type: "SUPPORTS",
              note: `Liên kết ${marker.ln(k)}`,
            },
          }),
        ),
      (s) => (s.linkMarker = k),
    );
    linkId = r.id;
  } else {
    const id = linkId;
    await world.mutate(
      `unlink`,
      async () => ok(await reviewer.delete(`/api/links/${id}`, { data: {} })),
      (s) => (s.linkMarker = null),
    );
    linkId = null;
  }
}

async function stepN(): Promise<void> {
  const k = ++counters.n;
  await world.mutate(
    `public note ${k}`,
    async () =>
      ok(
        await reviewer.post(`/api/claims/${ids.cn}/annotations`, {
          data: { body: `Ghi chú công khai ${marker.an(k)}`, visibility: "PUBLIC" },
        }),
      ),
    (s) => s.notes.push(k),
  );
}

let pendingArticle: { id: string; k: number; exact: string; start: number } | null = null;
async function stepI(): Promise<void> {
  if (!pendingArticle) {
    const k = ++counters.i;
    const exact = `Đây là câu được trích số ${k} trong bài kiểm thử.`;
    const text = `Mở đầu bài báo thử nghiệm số ${k}. ${exact} Phần còn lại của bài báo.`;
    const r = await world.mutate(
      `article ${k}`,
      async () =>
        ok<{ id: string }>(
          await owner.post("/api/articles", {
            data: {
              outletId: ids.outlet,
              title: `Bài báo ${marker.src(k)}`,
              text,
              publishedAt: "2026-02-01",
            },
          }),
        ),
      () => {},
    );
    pendingArticle = {
      id: r.id,
      k,
      exact,
      start: [...text].length - [...text.slice(text.indexOf(exact))].length,
    };
  } else {
    const a = pendingArticle;
    await world.mutate(
      `accept source ${a.k}`,
      async () =>
        throughReview(
          await owner.post("/api/ingest/accept", {
            data: {
              articleId: a.id,
              mode: "appearance",
              claimId: ids.ci,
              appearance: {
                start: a.start,
                end: a.start + [...a.exact].length,
                exact: a.exact,
                chain: [{ kind: "OUTLET", label: "Báo thử nghiệm cụm máy chủ", outletId: ids.outlet }],
              },
            },
          }),
        ),
      (s) => s.sources.push(a.k),
    );
    pendingArticle = null;
  }
}

async function stepM(): Promise<void> {
  switch (counters.mStep++ % 5) {
    case 0: {
      const k = ++counters.m;
      const sp = await world.mutate(
        `m${k} speaker`,
        async () =>
          ok<{ id: string }>(
            await owner.post("/api/speakers", {
              data: { name: `Bản trùng ${marker.dup(k)}`, kind: "PERSON" },
            }),
          ),
        () => {},
      );
      mDraft.push({ k, speakerId: sp.id, ref: { id: "", slug: "", version: 0 } });
      return;
    }
    case 1: {
      const d = mDraft.at(-1)!;
      d.ref = await world.mutate(
        `m${d.k} claim`,
        async () =>
          ok<ClaimRef>(
            await owner.post("/api/claims", {
              data: {
                speakerId: d.speakerId,
                quote: `Câu nói trước khi gộp ${marker.mq(d.k)}`,
                kind: "DIRECT",
                saidAt: day(d.k, "2026-03-01"),
              },
            }),
          ),
        (s, r) => s.m.push({ round: d.k, slug: r.slug, status: "draft", merged: false }),
      );
      return;
    }
    case 2: {
      const d = mDraft.at(-1)!;
      d.ref = await world.mutate(
        `m${d.k} submit`,
        async () => transition(owner, d.ref, "submit"),
        () => {},
      );
      return;
    }
    case 3: {
      const d = mDraft.at(-1)!;
      d.ref = await world.mutate(
        `m${d.k} approve`,
        async () => transition(reviewer, d.ref, "approve"),
        (s) => (s.m.find((c) => c.round === d.k)!.status = "approved"),
      );
      return;
    }
    default: {
      const d = mDraft.at(-1)!;
      await world.mutate(
        `m${d.k} merge speaker`,
        async () =>
          throughReview(
            await owner.post("/api/speakers/merge", { data: { sourceId: d.speakerId, targetId: ids.sm } }),
          ),
        (s) => (s.m.find((c) => c.round === d.k)!.merged = true),
      );
    }
  }
}

const LANES = [stepW, stepR, stepL, stepN, stepI, stepM];
async function mutate(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await LANES[world.mutations.length % LANES.length]!();
}

// ---------------------------------------------------------------------------------------------
// Readers.

interface Target {
  u: UrlKind;
  path: string;
  rsc: boolean;
}

function targets(): Target[] {
  const s = world.current;
  const pages: { u: UrlKind; path: string }[] = [
    { u: { kind: "w-list", url: "/claims" }, path: "/claims" },
    { u: { kind: "w-list", url: "/search" }, path: "/search?q=zlanew" },
    { u: { kind: "w-speaker" }, path: `/speakers/${fx.wSpeakerSlug}` },
    { u: { kind: "w-topic", topic: TOPICS[0] }, path: `/topics/${TOPICS[0]}` },
    { u: { kind: "w-topic", topic: TOPICS[1] }, path: `/topics/${TOPICS[1]}` },
    { u: { kind: "rename-claim", api: false }, path: `/claims/${fx.rename.claimSlug}` },
    { u: { kind: "rename-speaker" }, path: `/speakers/${fx.rename.speakerSlug}` },
    { u: { kind: "rename-topic" }, path: `/topics/${RENAME_TOPIC}` },
    { u: { kind: "link-claim", which: 0 }, path: `/claims/${fx.link[0]}` },
    { u: { kind: "link-claim", which: 1 }, path: `/claims/${fx.link[1]}` },
    { u: { kind: "notes" }, path: `/claims/${fx.noteClaimSlug}` },
    { u: { kind: "sources" }, path: `/claims/${fx.sourceClaimSlug}` },
    { u: { kind: "m-speaker" }, path: `/speakers/${fx.mergeTargetSlug}` },
    ...s.w.slice(-2).map((c) => ({
      u: { kind: "w-claim", slug: c.slug, api: false } as UrlKind,
      path: `/claims/${c.slug}`,
    })),
    ...s.m
      .slice(-2)
      .map((c) => ({ u: { kind: "m-claim", slug: c.slug } as UrlKind, path: `/claims/${c.slug}` })),
  ];
  const apis: Target[] = [
    { u: { kind: "w-list", url: "/api/v1/claims" }, path: "/api/v1/claims?limit=20", rsc: false },
    { u: { kind: "w-feed" }, path: "/feed.xml", rsc: false },
    { u: { kind: "rename-claim", api: true }, path: `/api/v1/claims/${fx.rename.claimSlug}`, rsc: false },
    ...s.w.slice(-2).map((c) => ({
      u: { kind: "w-claim", slug: c.slug, api: true } as UrlKind,
      path: `/api/v1/claims/${c.slug}`,
      rsc: false,
    })),
  ];
  return [
    ...pages.flatMap((p) => [
      { ...p, rsc: false },
      { ...p, rsc: true },
    ]),
    ...apis,
  ];
}

interface ReadLog {
  reads: Read[];
  errors: string[];
}

/** Readers loop until `stop()`; each read goes to server B or the edge, HTML/RSC/API. */
function startReaders(log: ReadLog, vias: ("b" | "edge")[] = ["b", "edge"]) {
  let running = true;
  const loop = async () => {
    while (running) {
      const all = targets();
      const t = all[Math.floor(Math.random() * all.length)]!;
      const via = vias[Math.floor(Math.random() * vias.length)]!;
      const base = via === "b" ? cluster.b : cluster.edge;
      const t0 = performance.now();
      try {
        const res = await fetch(base + t.path, {
          headers: t.rsc ? { RSC: "1" } : {},
          signal: AbortSignal.timeout(20_000),
        });
        const body = await res.text();
        const t1 = performance.now();
        if (res.status >= 500) log.errors.push(`${via} ${t.path}${t.rsc ? " (RSC)" : ""} → ${res.status}`);
        else
          log.reads.push({
            u: t.u,
            via: `${via}${t.rsc ? " RSC" : ""} ${t.path}`,
            status: res.status,
            markers: markersIn(body),
            t0,
            t1,
          });
      } catch (error) {
        log.errors.push(`${via} ${t.path}: ${(error as Error).message}`);
      }
    }
  };
  const loops = Array.from({ length: READERS }, loop);
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

function staleReads(reads: Read[]): string[] {
  return reads.map((r) => world.check(r)).filter((x): x is string => x !== null);
}

async function waitForOutboxDrained(timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await cluster.pendingOutbox();
    if (pending.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `outbox still holds ${pending.length} event(s): ${JSON.stringify(pending.slice(0, 3))}`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

// ---------------------------------------------------------------------------------------------

/** A browser context signed in (through server A's sign-in) as `who`, for pages on any server of the cluster. */
async function browserAs(browser: Browser, who: APIRequestContext, base: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, storageState: await who.storageState() });
  await context.addCookies([{ name: "locale", value: "en", url: base }]);
  return context;
}

test("live updates: a change answered by server A reaches a claim page open on server B within 2 s, and through the edge", async ({
  browser,
}) => {
  test.skip(!needs.ok, `needs ${needs.missing.join(", ")}`);
  test.setTimeout(180_000);
  const ROUNDS = 20;
  const quote = (i: number) => `Câu nói sửa trực tiếp qua hai máy chủ, lần ${i}`;
  let c = await ok<ClaimRef>(
    await owner.post("/api/claims", {
      data: { speakerId: ids.sw, quote: quote(0), kind: "DIRECT", topics: [] },
    }),
  );
  const patch = (i: number) =>
    owner.patch(`/api/claims/${c.id}`, {
      data: { speakerId: ids.sw, quote: quote(i), kind: "DIRECT", topics: [], version: c.version },
    });

  // The reviewer's claim page on server B (read-only for a reviewer: the quote is shown as text).
  const onB = await browserAs(browser, reviewerB, cluster.b);
  const page = await onB.newPage();
  const stream = page.waitForResponse((r) => r.url().includes("/api/live?"));
  await page.goto(`/dashboard/claims/${c.id}`);
  expect((await stream).status()).toBe(200);
  await expect(page.getByTestId("claim-quote")).toContainText(quote(0));
  // Besides the page's own stream, one that notes when each change's event arrives (this clock is the test's).
  await page.evaluate(async (claimId) => {
    const w = window as unknown as { arrivals: number[] };
    w.arrivals = [];
    const source = new EventSource(`/api/live?topics=claim:${claimId}`);
    source.onmessage = (e) => {
      if ((JSON.parse(e.data as string) as { type: string }).type === "claim") w.arrivals.push(Date.now());
    };
    await new Promise((resolve) => {
      source.onopen = resolve;
    });
  }, c.id);

  const fromAnswer: number[] = [];
  const fromRequest: number[] = [];
  for (let i = 1; i <= ROUNDS; i++) {
    const sent = Date.now();
    c = await ok<ClaimRef>(await patch(i));
    const answered = Date.now();
    await page.waitForFunction((n) => (window as unknown as { arrivals: number[] }).arrivals.length >= n, i, {
      timeout: 5000,
    });
    const arrived = await page.evaluate(
      (n) => (window as unknown as { arrivals: number[] }).arrivals[n - 1]!,
      i,
    );
    fromAnswer.push(arrived - answered);
    fromRequest.push(arrived - sent);
    // What a person sees: the page on B shows the change within 2 s, without a reload.
    if (i === 1 || i === ROUNDS)
      await expect(page.getByTestId("claim-quote")).toContainText(quote(i), { timeout: 2000 });
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
  };
  const a = stats(fromAnswer);
  const r = stats(fromRequest);
  console.log(
    `[cluster] live update A → B over ${ROUNDS} changes: from the answer median ${a.median} ms, max ${a.max} ms; from the request median ${r.median} ms, max ${r.max} ms`,
  );
  expect(a.max).toBeLessThan(2000);
  await onB.close();

  // Through Varnish (either server behind it): the stream is passed and delivered as it comes.
  const onEdge = await browserAs(browser, reviewer, cluster.edge);
  const edgePage = await onEdge.newPage();
  const edgeStream = edgePage.waitForResponse((res) => res.url().includes("/api/live?"));
  await edgePage.goto(`/dashboard/claims/${c.id}`);
  const live = await edgeStream;
  expect(live.status()).toBe(200);
  expect((await live.allHeaders())["content-encoding"]).toBeUndefined();
  c = await ok<ClaimRef>(await patch(ROUNDS + 1));
  await expect(edgePage.getByTestId("claim-quote")).toContainText(quote(ROUNDS + 1), { timeout: 2000 });
  await onEdge.close();
});

test("race: readers on server B and through the edge never see a state older than an answered change", async () => {
  test.skip(!needs.ok, `needs ${needs.missing.join(", ")}`);
  test.setTimeout(600_000);
  const log: ReadLog = { reads: [], errors: [] };
  const stop = startReaders(log);
  await mutate(MUTATIONS);
  await stop();
  const stale = staleReads(log.reads);
  const by = (f: (r: Read) => boolean) => log.reads.filter(f).length;
  console.log(
    `race: ${world.mutations.length} mutations, ${log.reads.length} reads (B ${by((r) => r.via.startsWith("b"))}, edge ${by((r) => r.via.startsWith("edge"))}, RSC ${by((r) => r.via.includes("RSC"))}), ${stale.length} stale, ${log.errors.length} errors`,
  );
  expect(world.mutations.length).toBeGreaterThanOrEqual(MUTATIONS);
  expect(stale.slice(0, 10), `${stale.length} stale reads`).toEqual([]);
  expect(log.errors.slice(0, 10)).toEqual([]);
  // Every kind of page was read, both ways, and pages in both formats.
  for (const kind of [
    "w-claim",
    "w-list",
    "w-speaker",
    "w-topic",
    "w-feed",
    "rename-claim",
    "rename-speaker",
    "rename-topic",
    "link-claim",
    "notes",
    "sources",
    "m-claim",
    "m-speaker",
  ]) {
    expect(
      by((r) => r.u.kind === kind && r.via.startsWith("b")),
      `${kind} read on B`,
    ).toBeGreaterThan(0);
    expect(
      by((r) => r.u.kind === kind && r.via.startsWith("edge")),
      `${kind} read through the edge`,
    ).toBeGreaterThan(0);
  }
  // Reads really came from caches (the edge served hits), so freshness was not bought by never caching.
  const hit = await fetch(`${cluster.edge}/speakers/${fx.rename.speakerSlug}`);
  await hit.text();
  const again = await fetch(`${cluster.edge}/speakers/${fx.rename.speakerSlug}`);
  await again.text();
  expect(again.headers.get("x-cache")).toBe("HIT");
  await waitForOutboxDrained();
});

test("faults: Redis down and back, Varnish restarted, an app server killed — nothing stale after recovery, no write lost", async () => {
  test.skip(!needs.ok, `needs ${needs.missing.join(", ")}`);
  test.setTimeout(420_000);
  const first = world.mutations.length;

  // Redis stopped mid-run: writes are still accepted, reads are served (as misses), and nothing
  // cached before or during the outage is served after it.
  const redis: ReadLog = { reads: [], errors: [] };
  let stop = startReaders(redis);
  await mutate(12);
  await cluster.stopRedis();
  await mutate(18);
  await cluster.startRedis();
  await new Promise((r) => setTimeout(r, 3000)); // reconnect
  await mutate(12);
  await stop();
  await waitForOutboxDrained();
  let stale = staleReads(redis.reads);
  console.log(
    `faults/redis: ${redis.reads.length} reads, ${stale.length} stale, ${redis.errors.length} errors`,
  );
  expect(stale.slice(0, 10)).toEqual([]);
  expect(redis.errors.slice(0, 10)).toEqual([]);

  // Varnish restarted mid-run (its cache is lost; reads during the restart fail, none is stale).
  const edge: ReadLog = { reads: [], errors: [] };
  stop = startReaders(edge);
  await mutate(12);
  await cluster.restartVarnish();
  await mutate(12);
  await stop();
  await waitForOutboxDrained();
  stale = staleReads(edge.reads);
  console.log(
    `faults/varnish restart: ${edge.reads.length} reads, ${stale.length} stale, ${edge.errors.length} failed during the restart`,
  );
  expect(stale.slice(0, 10)).toEqual([]);

  // Server B killed with SIGKILL mid-run, then started again: the edge keeps answering from A.
  const kill: ReadLog = { reads: [], errors: [] };
  stop = startReaders(kill);
  await mutate(12);
  approveOnB = false;
  await cluster.killApp("b");
  await mutate(12);
  await cluster.startApp("b");
  await new Promise((r) => setTimeout(r, 2500)); // Varnish's probe sees B again
  approveOnB = true;
  await mutate(12);
  await stop();
  await waitForOutboxDrained();
  stale = staleReads(kill.reads);
  console.log(
    `faults/app server killed: ${kill.reads.length} reads, ${stale.length} stale, ${kill.errors.length} failed while B was down`,
  );
  expect(stale.slice(0, 10)).toEqual([]);

  // The edge refuses purges for a while: changes are still answered, server B is fresh at once
  // (the shared tag state), and the outbox retries the purges until the edge takes them.
  const refused: ReadLog = { reads: [], errors: [] };
  stop = startReaders(refused, ["b"]);
  cluster.refusePurges = true;
  await mutate(6);
  const pending = await cluster.pendingOutbox();
  expect(pending.length, "purges the edge refused wait in the outbox").toBeGreaterThan(0);
  expect(pending.every((p) => p.attempts >= 1 && /403/.test(p.lastError ?? ""))).toBe(true);
  cluster.refusePurges = false;
  await waitForOutboxDrained();
  await stop();
  stale = staleReads(refused.reads);
  expect(stale.slice(0, 10)).toEqual([]);
  // Once drained, the edge is fresh everywhere.
  const after: ReadLog = { reads: [], errors: [] };
  stop = startReaders(after, ["edge"]);
  await new Promise((r) => setTimeout(r, 4000));
  await stop();
  stale = staleReads(after.reads);
  const stats = await cluster.outboxStats();
  console.log(
    `faults/purge refused: ${cluster.purgesRefused} purges refused, ${pending.length} events retried until done; afterwards ${after.reads.length} edge reads, ${stale.length} stale; outbox ${stats.total} events, ${stats.retried} needed more than one attempt`,
  );
  expect(after.reads.length).toBeGreaterThan(20);
  expect(stale.slice(0, 10)).toEqual([]);

  // No acknowledged write was lost: the database has every change the model holds.
  const w = world.current.w.at(-1)!;
  const api = (await (await fetch(`${cluster.a}/api/v1/claims/${w.slug}`)).json().catch(() => null)) as {
    data?: { status: string };
  } | null;
  if (w.status !== "draft")
    expect(api?.data?.status).toBe(w.status === "approved" ? "APPROVED" : "RETRACTED");
  const names = (await ok<{ speakers: { id: string; name: string }[] }>(await owner.get("/api/speakers")))
    .speakers;
  expect(names.find((s) => s.id === ids.sr)?.name).toContain(marker.rn(world.current.renameMarker));
  expect(world.mutations.length - first).toBeGreaterThanOrEqual(100);
});

test("security: public responses are the same bytes for every reader, carry no cookie and a hash-only CSP; purging is refused from other addresses", async ({
  browser,
}) => {
  test.skip(!needs.ok, `needs ${needs.missing.join(", ")}`);
  test.setTimeout(120_000);
  const signedIn = await apiAs(users.editor, cluster.edge);
  const paths = [
    "/claims",
    `/claims/${fx.link[0]}`,
    `/speakers/${fx.rename.speakerSlug}`,
    `/topics/${TOPICS[0]}`,
    "/search?q=zlanew",
    "/feed.xml",
    `/api/v1/claims/${fx.link[0]}`,
  ];
  for (const path of paths) {
    const anonymous = await fetch(cluster.edge + path);
    const anonymousBody = await anonymous.text();
    const staff = await signedIn.get(path); // sends the staff session cookie
    expect(await staff.text(), `${path}: a signed-in reader gets other bytes`).toBe(anonymousBody);
    expect(anonymous.headers.get("set-cookie"), path).toBeNull();
    expect(staff.headers()["set-cookie"], path).toBeUndefined();
    // What an app server sends is cacheable by the edge (each server renders its own copy).
    const direct = await fetch(cluster.b + path);
    await direct.text();
    expect(direct.headers.get("cache-control"), path).toMatch(/public.*s-maxage=\d+/);
    expect(direct.headers.get("surrogate-key"), path).toBeTruthy();
    if ((anonymous.headers.get("content-type") ?? "").startsWith("text/html")) {
      const scriptSrc =
        (anonymous.headers.get("content-security-policy") ?? "")
          .split(";")
          .find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc, path).toContain("'sha256-");
      expect(scriptSrc, path).not.toMatch(/nonce-|'unsafe-inline'/);
    }
  }
  await signedIn.dispose();

  // Chromium runs the public pages through the edge without a single policy violation.
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of paths.filter((p) => !p.includes("/api/") && !p.endsWith(".xml"))) {
    await page.goto(cluster.edge + path);
    await page.waitForLoadState("networkidle");
  }
  await page.goto(`${cluster.edge}/claims/${fx.link[0]}`);
  await page
    .getByRole("link", { name: /Người phát ngôn thử nghiệm khác/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/speakers\//);
  expect(violations).toEqual([]);
  await page.close();

  // PURGE only from the configured addresses: 127.0.0.2 is not one of them.
  const purge = (localAddress: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: cluster.ports.edge,
          method: "PURGE",
          path: "/",
          localAddress,
          headers: { "xkey-purge": "claims-list" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end();
    });
  expect(await purge("127.0.0.2")).toBe(403);
  expect(await purge("127.0.0.1")).toBe(200);
});

test("admission control: a server past MAX_INFLIGHT answers 503 with Retry-After at once, and serves again when the burst is over", async () => {
  test.skip(!needs.ok, `needs ${needs.missing.join(", ")}`);
  test.setTimeout(120_000);
  const port = 3139;
  const server = await cluster.startExtraApp(port, { MAX_INFLIGHT: "2" });
  try {
    // Uncached work: each search is a different query, rendered from the database.
    const burst = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const res = await fetch(`http://127.0.0.1:${port}/search?q=hoa+binh+${i}`);
        await res.text();
        return {
          status: res.status,
          retryAfter: res.headers.get("retry-after"),
          cacheControl: res.headers.get("cache-control"),
        };
      }),
    );
    const shed = burst.filter((r) => r.status === 503);
    console.log(
      `admission: ${burst.length} concurrent searches with MAX_INFLIGHT=2 → ${burst.length - shed.length} answered, ${shed.length} shed with 503`,
    );
    expect(shed.length).toBeGreaterThan(0);
    expect(shed.every((r) => r.retryAfter === "1" && r.cacheControl === "no-store")).toBe(true);
    expect(burst.filter((r) => r.status !== 503).every((r) => r.status === 200)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/search?q=hoa+binh`)).status).toBe(200);
  } finally {
    server.kill("SIGTERM");
  }
});
