import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { apiAs, users } from "./support/session";
import { publishClaim } from "./support/sources";

/**
 * Issue 15: sitemaps, robots.txt and the per-speaker and per-topic feeds on the demo newsroom —
 * each answers with its content type, is well-formed in its namespace, lists a known demo claim,
 * and is cached like every other public response (shared, keyed by what it shows).
 */
const CLAIM = "ushakov-no-trilateral-format-being-built";
const SPEAKER = "yuri-ushakov";
const TOPIC = "trilateral-talks";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const ATOM_NS = "http://www.w3.org/2005/Atom";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });

/** The document's root element (name and attributes) after checking the text is well-formed XML. */
function root(xml: string): { name: string; attrs: Record<string, string>; body: Record<string, unknown> } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as Record<string, Record<string, unknown>>;
  const name = Object.keys(doc).find((k) => k !== "?xml");
  expect(name).toBeTruthy();
  const body = doc[name!]!;
  const attrs = Object.fromEntries(
    Object.entries(body)
      .filter(([k]) => k.startsWith("@_"))
      .map(([k, v]) => [k.slice(2), String(v)]),
  );
  return { name: name!, attrs, body };
}

/** The slug of the newest approved claim of a speaker or topic, from the public read API. */
async function newestPublishedSlug(
  request: APIRequestContext,
  scope: "speakers" | "topics",
  slug: string,
): Promise<string> {
  const filter = scope === "speakers" ? "speaker" : "topic";
  const res = await request.get(`/api/v1/claims?${filter}=${slug}&status=APPROVED&limit=1`);
  expect(res.status()).toBe(200);
  const { data } = (await res.json()) as { data: { slug: string }[] };
  expect(data.length).toBe(1);
  return data[0]!.slug;
}

/** Cached like the other public responses: shared, no cookie, keyed by what it shows. */
function expectPublicCache(res: APIResponse, keys: string[]): void {
  expect(res.headers()["cache-control"], res.url()).toMatch(/public.*s-maxage=\d+/);
  expect(res.headers()["surrogate-key"]?.split(" "), res.url()).toEqual(keys);
  expect(res.headers()["set-cookie"], res.url()).toBeUndefined();
}

async function fetchOk(request: { get(path: string): Promise<APIResponse> }, path: string, type: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()["content-type"], path).toContain(type);
  return res;
}

const absolute = (loc: string) => expect(loc, loc).toMatch(/^https?:\/\/[^/]+\//);

test("the sitemap, its chunks and the news sitemap list the demo's public pages", async ({ request }) => {
  const res = await fetchOk(request, "/sitemap.xml", "application/xml");
  expectPublicCache(res, ["claims-list", "public"]);
  const sitemap = root(await res.text());
  // The demo newsroom fits in one file: a <urlset> of absolute URLs with lastmod.
  expect(sitemap.name).toBe("urlset");
  expect(sitemap.attrs.xmlns).toBe(SITEMAP_NS);
  const urls = sitemap.body.url as { loc: string; lastmod: string }[];
  const locs = urls.map((u) => u.loc);
  for (const loc of locs) absolute(loc);
  expect(urls.every((u) => !Number.isNaN(Date.parse(u.lastmod)))).toBe(true);
  for (const path of [`/claims/${CLAIM}`, `/speakers/${SPEAKER}`, `/topics/${TOPIC}`]) {
    expect(
      locs.some((l) => l.endsWith(path)),
      path,
    ).toBe(true);
  }

  // Each section's chunk (the index form points at them) is served too, and holds the same pages.
  const chunked: string[] = [];
  for (const section of ["claims", "speakers", "topics"]) {
    const chunk = await fetchOk(request, `/sitemaps/${section}-1.xml`, "application/xml");
    expectPublicCache(chunk, ["claims-list", "public"]);
    const doc = root(await chunk.text());
    expect(doc.name).toBe("urlset");
    expect(doc.attrs.xmlns).toBe(SITEMAP_NS);
    const entries = doc.body.url as { loc: string }[] | { loc: string };
    chunked.push(...(Array.isArray(entries) ? entries : [entries]).map((u) => u.loc));
  }
  expect(chunked.sort()).toEqual([...locs].sort());
  for (const missing of ["/sitemaps/claims-99.xml", "/sitemaps/drafts-1.xml", "/sitemaps/claims-0.xml"]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }

  // The demo's claims were approved when it was seeded: within the news window.
  const news = await fetchOk(request, "/sitemap-news.xml", "application/xml");
  expectPublicCache(news, ["claims-list", "public"]);
  const newsDoc = root(await news.text());
  expect(newsDoc.name).toBe("urlset");
  expect(newsDoc.attrs.xmlns).toBe(SITEMAP_NS);
  expect(newsDoc.attrs["xmlns:news"]).toBe(NEWS_NS);
  const items = newsDoc.body.url as { loc: string; "news:news": Record<string, unknown> }[];
  const item = items.find((u) => u.loc.endsWith(`/claims/${CLAIM}`));
  expect(item).toBeTruthy();
  expect(item!["news:news"]["news:title"]).toContain("Yuri Ushakov");
  expect(Date.parse(String(item!["news:news"]["news:publication_date"]))).toBeGreaterThan(
    Date.now() - 48 * 3600 * 1000,
  );
});

test("robots.txt names the sitemaps and keeps crawlers out of staff pages", async ({ request }) => {
  const res = await fetchOk(request, "/robots.txt", "text/plain");
  expectPublicCache(res, ["claims-list", "public"]);
  const lines = (await res.text()).split("\n");
  const sitemaps = lines.filter((l) => l.startsWith("Sitemap: ")).map((l) => l.slice("Sitemap: ".length));
  expect(sitemaps.some((s) => /^https?:\/\/[^/]+\/sitemap\.xml$/.test(s))).toBe(true);
  expect(sitemaps.some((s) => /^https?:\/\/[^/]+\/sitemap-news\.xml$/.test(s))).toBe(true);
  for (const staff of ["/dashboard", "/api", "/signin", "/account", "/admin"]) {
    expect(lines, staff).toContain(`Disallow: ${staff}`);
  }
  expect(lines).toContain("Allow: /api/v1/");
});

test("a speaker's and a topic's page link to their Atom and JSON feeds, which list their claims", async ({
  page,
  request,
}) => {
  for (const [scope, slug, key] of [
    ["speakers", SPEAKER, `speaker:${SPEAKER}`],
    ["topics", TOPIC, `topic:${TOPIC}`],
  ] as const) {
    await page.goto(`/${scope}/${slug}`);
    const atomLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    const jsonLink = page.locator('head link[rel="alternate"][type="application/feed+json"]');
    await expect(atomLink).toHaveAttribute("href", new RegExp(`/${scope}/${slug}/feed\\.xml$`));
    await expect(jsonLink).toHaveAttribute("href", new RegExp(`/${scope}/${slug}/feed\\.json$`));
    expect(await atomLink.getAttribute("title")).toMatch(/\(Atom\)$/);

    const atomRes = await fetchOk(request, `/${scope}/${slug}/feed.xml`, "application/atom+xml");
    expectPublicCache(atomRes, [key, "public"]);
    const atom = root(await atomRes.text());
    expect(atom.name).toBe("feed");
    expect(atom.attrs.xmlns).toBe(ATOM_NS);
    const entries = atom.body.entry as { id: string }[];
    expect(entries.length).toBeGreaterThan(0);
    // The feed holds the newest claims: the speaker's newest published claim is in it (other specs
    // publish claims of this speaker too, so a seed claim may have left the window by now).
    const newest = await newestPublishedSlug(request, scope, slug);
    expect(entries.some((e) => e.id.endsWith(`/claims/${newest}`))).toBe(true);

    const jsonRes = await fetchOk(request, `/${scope}/${slug}/feed.json`, "application/feed+json");
    expectPublicCache(jsonRes, [key, "public"]);
    const json = (await jsonRes.json()) as {
      version: string;
      feed_url: string;
      home_page_url: string;
      items: { url: string; _claimledger: { status: string; speaker: { slug: string } } }[];
    };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toMatch(new RegExp(`^https?://[^/]+/${scope}/${slug}/feed\\.json$`));
    expect(json.home_page_url).toMatch(new RegExp(`/${scope}/${slug}$`));
    expect(json.items.length).toBe(entries.length);
    expect(json.items.every((i) => i._claimledger.status === "APPROVED")).toBe(true);
    if (scope === "speakers")
      expect(json.items.every((i) => i._claimledger.speaker.slug === SPEAKER)).toBe(true);
    expect(json.items.some((i) => i.url.endsWith(`/claims/${newest}`))).toBe(true);
  }
});

test("feeds of unknown speakers and topics are 404s", async ({ request }) => {
  for (const path of [
    "/speakers/khong-co-nguoi-nay/feed.xml",
    "/speakers/khong-co-nguoi-nay/feed.json",
    "/topics/khong-co-chu-de-nay/feed.xml",
    "/topics/khong-co-chu-de-nay/feed.json",
    "/speakers/Not%20A%20Slug/feed.xml",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("publishing a claim shows it at once in the sitemaps and its speaker's and topic's feeds; retracting it leaves the feeds", async () => {
  const owner = await apiAs(users.owner);
  const reviewer = await apiAs(users.reviewer);
  const reader = await apiAs(null);
  try {
    const { speakers } = (await (await owner.get("/api/speakers")).json()) as {
      speakers: { id: string; name: string }[];
    };
    const speakerId = speakers.find((s) => s.name === "Yuri Ushakov")!.id;
    const feeds = [
      `/speakers/${SPEAKER}/feed.xml`,
      `/speakers/${SPEAKER}/feed.json`,
      `/topics/${TOPIC}/feed.xml`,
      `/topics/${TOPIC}/feed.json`,
    ];
    const sitemaps = ["/sitemap.xml", "/sitemaps/claims-1.xml", "/sitemap-news.xml"];
    // Served (and so cached) before the change.
    for (const path of [...feeds, ...sitemaps]) expect((await reader.get(path)).status(), path).toBe(200);

    const created = await owner.post("/api/claims", {
      data: {
        speakerId,
        quote: `Chưa có thỏa thuận nào về hình thức ba bên (kiểm thử sơ đồ trang ${Date.now()})`,
        kind: "DIRECT",
        saidAt: "2026-11-29",
        topics: [TOPIC],
      },
    });
    expect(created.ok(), await created.text()).toBeTruthy();
    const claim = await publishClaim<{ id: string; slug: string; version: number }>(
      owner,
      reviewer,
      (await created.json()) as { id: string; version: number },
    );
    for (const path of [...feeds, ...sitemaps]) {
      expect(await (await reader.get(path)).text(), path).toContain(`/claims/${claim.slug}`);
    }

    const retracted = await reviewer.post(`/api/claims/${claim.id}/transitions`, {
      data: { transition: "retract", version: claim.version, reason: "Kiểm thử rút lại." },
    });
    expect(retracted.ok(), await retracted.text()).toBeTruthy();
    // Feeds list approved claims only; the retracted claim's page stays (with the notice), so the sitemap keeps it.
    for (const path of feeds) {
      expect(await (await reader.get(path)).text(), path).not.toContain(`/claims/${claim.slug}`);
    }
    expect(await (await reader.get("/sitemap.xml")).text()).toContain(`/claims/${claim.slug}`);
    expect(await (await reader.get("/sitemap-news.xml")).text()).not.toContain(`/claims/${claim.slug}`);
  } finally {
    for (const c of [owner, reviewer, reader]) await c.dispose();
  }
});
