import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { PublicClaimSummary } from "@/lib/claims/public-dto";
import { isPublicPath, LIST_PAGES, surrogateKeysFor } from "@/lib/edge/public-paths.mjs";
import { atomFeed, jsonFeed } from "@/lib/feeds/build";
import type { SitemapSource } from "@/lib/feeds/queries";
import { feedAlternates, scopedFeedMeta } from "@/lib/feeds/scoped";
import {
  checkedChunkSize,
  inNewsWindow,
  isIndexForm,
  MAX_NEWS_URLS,
  MAX_SITEMAP_URLS,
  NEWS_NS,
  type NewsEntry,
  newsSitemap,
  parseChunkFile,
  robotsTxt,
  SITEMAP_NS,
  type SitemapChunk,
  type SitemapEntry,
  type SitemapSection,
  sitemapIndex,
  urlset,
} from "@/lib/feeds/sitemap";
import { documentStream, documentText, sitemapChunkParts, sitemapParts } from "@/lib/feeds/sitemap-files";
import { publicSummary } from "../helpers/public-claim";

const sitemapDocument = async (...args: Parameters<typeof sitemapParts>) =>
  documentText(await sitemapParts(...args));
const sitemapChunkDocument = async (...args: Parameters<typeof sitemapChunkParts>) => {
  const parts = await sitemapChunkParts(...args);
  return parts && documentText(parts);
};

/** Issue 15: the sitemap, news sitemap, robots.txt and scoped feed builders. */
const SITE = "https://claims.example.org";
const ATOM_NS = "http://www.w3.org/2005/Atom";
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => ["url", "sitemap", "entry"].includes(name),
});

/** Parses after checking well-formedness; the root element and its attributes. */
function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as Record<string, Record<string, unknown>>;
  const names = Object.keys(doc).filter((k) => k !== "?xml");
  expect(names).toHaveLength(1);
  return { name: names[0]!, root: doc[names[0]!]! };
}

const at = (hoursAgo: number, now: Date) => new Date(now.getTime() - hoursAgo * 3600 * 1000).toISOString();

/**
 * An in-memory source, chunked and batched as the database source is (keys in order, chunks of
 * `chunkSize`, batches of `batch`), so the files' assembly is checked without a database.
 */
function memorySource(rows: Record<SitemapSection, SitemapEntry[]>, batch: number) {
  const calls = { batches: 0 };
  const keyed = (section: SitemapSection) =>
    rows[section].map((e, i) => ({ ...e, key: `k${String(i).padStart(6, "0")}` }));
  const source: SitemapSource = {
    async chunks(section, chunkSize) {
      const all = keyed(section);
      const chunks: SitemapChunk[] = [];
      for (let i = 0; i < all.length; i += chunkSize) {
        const part = all.slice(i, i + chunkSize);
        chunks.push({
          section,
          n: chunks.length + 1,
          firstKey: part[0]!.key,
          lastKey: part.at(-1)!.key,
          count: part.length,
          lastmod: part
            .map((p) => p.lastmod)
            .sort()
            .at(-1)!,
        });
      }
      return chunks;
    },
    async batch(chunk, after) {
      calls.batches++;
      const inChunk = keyed(chunk.section).filter(
        (r) => (after === null ? r.key >= chunk.firstKey : r.key > after) && r.key <= chunk.lastKey,
      );
      const page = inChunk.slice(0, batch);
      const last = page.at(-1);
      return {
        entries: page.map(({ path, lastmod }) => ({ path, lastmod })),
        next: last && page.length === batch && last.key !== chunk.lastKey ? last.key : null,
      };
    },
  };
  return { source, calls };
}

const demoRows = (claims: number): Record<SitemapSection, SitemapEntry[]> => ({
  claims: Array.from({ length: claims }, (_, i) => ({
    path: `/claims/claim-${i}`,
    lastmod: `2026-01-${String((i % 28) + 1).padStart(2, "0")}T10:00:00.000Z`,
  })),
  speakers: [{ path: "/speakers/yuri-ushakov", lastmod: "2026-02-01T00:00:00.000Z" }],
  topics: [{ path: "/topics/trilateral-talks", lastmod: "2026-02-02T00:00:00.000Z" }],
});

describe("sitemap files", () => {
  it("a urlset is well-formed in the sitemaps.org namespace, with absolute, escaped locations", () => {
    const { name, root } = parseXml(
      urlset(SITE, [
        { path: "/claims/a", lastmod: "2026-03-01T08:00:00.000Z" },
        { path: "/claims/b&c<d>'\"", lastmod: "2026-03-02T08:00:00Z" },
      ]),
    );
    expect(name).toBe("urlset");
    expect(root["@_xmlns"]).toBe(SITEMAP_NS);
    const urls = root.url as { loc: string; lastmod: string }[];
    expect(urls.map((u) => u.loc)).toEqual([`${SITE}/claims/a`, `${SITE}/claims/b&c<d>'"`]);
    expect(urls[1]!.lastmod).toBe("2026-03-02T08:00:00.000Z");
  });

  it("each page names its versions in both languages (hreflang), Vietnamese as x-default", () => {
    const { root } = parseXml(urlset(SITE, [{ path: "/claims/a", lastmod: "2026-03-01T08:00:00.000Z" }]));
    expect(root["@_xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
    const links = (root.url as { "xhtml:link": Record<string, string>[] }[])[0]!["xhtml:link"];
    expect(Object.fromEntries(links.map((l) => [l["@_hreflang"], l["@_href"]]))).toEqual({
      vi: `${SITE}/claims/a`,
      en: `${SITE}/en/claims/a`,
      "x-default": `${SITE}/claims/a`,
    });
  });

  it("chunk sizes are held to the protocol's 1..50,000", () => {
    expect(checkedChunkSize(MAX_SITEMAP_URLS)).toBe(50_000);
    expect(checkedChunkSize(1)).toBe(1);
    for (const bad of [0, -1, 1.5, 50_001, Number.NaN])
      expect(() => checkedChunkSize(bad), String(bad)).toThrow();
  });

  it("one file while every page fits in a chunk, an index past that", () => {
    const chunk = (count: number): SitemapChunk => ({
      section: "claims",
      n: 1,
      firstKey: "a",
      lastKey: "z",
      count,
      lastmod: "2026-01-01T00:00:00.000Z",
    });
    expect(isIndexForm([chunk(3), chunk(2)], 5)).toBe(false);
    expect(isIndexForm([chunk(3), chunk(3)], 5)).toBe(true);
    expect(isIndexForm([chunk(MAX_SITEMAP_URLS)], MAX_SITEMAP_URLS)).toBe(false);
  });

  it("chunk file names: three sections, numbered from 1, nothing else", () => {
    expect(parseChunkFile("claims-1.xml")).toEqual({ section: "claims", n: 1 });
    expect(parseChunkFile("topics-20.xml")).toEqual({ section: "topics", n: 20 });
    for (const bad of [
      "claims-0.xml",
      "claims-01.xml",
      "drafts-1.xml",
      "claims-1.xml.gz",
      "claims-1",
      "../claims-1.xml",
    ]) {
      expect(parseChunkFile(bad), bad).toBeNull();
    }
  });

  it("the index names every chunk with its newest change, and the news sitemap", () => {
    const { name, root } = parseXml(
      sitemapIndex(
        SITE,
        [
          {
            section: "claims",
            n: 1,
            firstKey: "a",
            lastKey: "m",
            count: 2,
            lastmod: "2026-01-02T00:00:00.000Z",
          },
          {
            section: "claims",
            n: 2,
            firstKey: "n",
            lastKey: "z",
            count: 1,
            lastmod: "2026-01-03T00:00:00.000Z",
          },
          {
            section: "speakers",
            n: 1,
            firstKey: "a",
            lastKey: "a",
            count: 1,
            lastmod: "2026-01-04T00:00:00.000Z",
          },
        ],
        null,
      ),
    );
    expect(name).toBe("sitemapindex");
    expect(root["@_xmlns"]).toBe(SITEMAP_NS);
    const maps = root.sitemap as { loc: string; lastmod?: string }[];
    expect(maps.map((m) => m.loc)).toEqual([
      `${SITE}/sitemaps/claims-1.xml`,
      `${SITE}/sitemaps/claims-2.xml`,
      `${SITE}/sitemaps/speakers-1.xml`,
      `${SITE}/sitemap-news.xml`,
    ]);
    expect(maps[1]!.lastmod).toBe("2026-01-03T00:00:00.000Z");
    expect(maps[3]!.lastmod).toBeUndefined();
  });

  it("assembles one file, or an index whose chunks hold every page once, reading in batches", async () => {
    const rows = demoRows(12);
    const all = [...rows.claims, ...rows.speakers, ...rows.topics].map((e) => `${SITE}${e.path}`).sort();
    const { source, calls } = memorySource(rows, 5);

    const single = parseXml(await sitemapDocument(source, SITE, MAX_SITEMAP_URLS, []));
    expect(single.name).toBe("urlset");
    expect((single.root.url as { loc: string }[]).map((u) => u.loc).sort()).toEqual(all);
    // 12 claims in batches of 5 (3 queries), one speaker, one topic.
    expect(calls.batches).toBe(5);

    const index = parseXml(await sitemapDocument(source, SITE, 4, []));
    expect(index.name).toBe("sitemapindex");
    const locs = (index.root.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(locs).toEqual([
      ...[1, 2, 3].map((n) => `${SITE}/sitemaps/claims-${n}.xml`),
      `${SITE}/sitemaps/speakers-1.xml`,
      `${SITE}/sitemaps/topics-1.xml`,
      `${SITE}/sitemap-news.xml`,
    ]);
    const listed: string[] = [];
    for (const loc of locs.slice(0, -1)) {
      const file = parseChunkFile(loc.slice(`${SITE}/sitemaps/`.length))!;
      const doc = parseXml((await sitemapChunkDocument(source, SITE, 4, file.section, file.n))!);
      const urls = (doc.root.url as { loc: string }[]).map((u) => u.loc);
      expect(urls.length).toBeLessThanOrEqual(4);
      listed.push(...urls);
    }
    expect(listed.sort()).toEqual(all);
    expect(await sitemapChunkDocument(source, SITE, 4, "claims", 4)).toBeNull();
  });

  it("a chunk that grew since its plan (rows added inside its key range) is still cut at the chunk size", async () => {
    const planned: SitemapChunk = {
      section: "claims",
      n: 1,
      firstKey: "a",
      lastKey: "z",
      count: 3,
      lastmod: "2026-01-01T00:00:00.000Z",
    };
    const grown: SitemapEntry[] = ["a", "b", "c", "d", "e"].map((k) => ({
      path: `/claims/${k}`,
      lastmod: "2026-01-01T00:00:00.000Z",
    }));
    const source: SitemapSource = {
      chunks: async () => [planned],
      batch: async (_chunk, after) =>
        after === null ? { entries: grown.slice(0, 2), next: "b" } : { entries: grown.slice(2), next: null },
    };
    const doc = parseXml((await sitemapChunkDocument(source, SITE, 3, "claims", 1))!);
    expect((doc.root.url as { loc: string }[]).map((u) => u.loc)).toEqual(
      ["a", "b", "c"].map((k) => `${SITE}/claims/${k}`),
    );
  });

  it("the index form is forced by the chunk size exactly past the number of pages", async () => {
    const { source } = memorySource(demoRows(3), 2);
    expect(parseXml(await sitemapDocument(source, SITE, 5, [])).name).toBe("urlset");
    expect(parseXml(await sitemapDocument(source, SITE, 4, [])).name).toBe("sitemapindex");
  });

  it("a chunk's response reads its rows a batch at a time, as the client takes them", async () => {
    const { source, calls } = memorySource(demoRows(12), 5);
    const parts = await sitemapChunkParts(source, SITE, MAX_SITEMAP_URLS, "claims", 1);
    const reader = documentStream(parts!).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toMatch(/^<\?xml/);
    expect(calls.batches).toBe(0);
    expect(decoder.decode((await reader.read()).value).match(/<url>/g)).toHaveLength(5);
    expect(calls.batches).toBe(1);
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decoder.decode(r.value);
    expect(calls.batches).toBe(3);
    expect(rest.match(/<url>/g)).toHaveLength(7);
    expect(rest.endsWith("</urlset>\n")).toBe(true);
  });
});

describe("news sitemap", () => {
  const now = new Date("2026-03-10T12:00:00.000Z");
  const entry = (slug: string, hoursAgo: number): NewsEntry => ({
    path: `/claims/${slug}`,
    title: `Yuri Ushakov: “${slug}”`,
    publishedAt: at(hoursAgo, now),
  });

  it("keeps claims published in the 48 hours before now, newest first", () => {
    const kept = inNewsWindow(
      [entry("old", 48.001), entry("edge", 48), entry("new", 1), entry("mid", 24), entry("future", -1)],
      now,
    );
    expect(kept.map((e) => e.path)).toEqual(["/claims/new", "/claims/mid", "/claims/edge"]);
  });

  it("lists at most 1,000 claims", () => {
    const many = Array.from({ length: MAX_NEWS_URLS + 5 }, (_, i) => entry(`c-${i}`, i / 100));
    const kept = inNewsWindow(many, now);
    expect(kept).toHaveLength(MAX_NEWS_URLS);
    expect(kept[0]!.path).toBe("/claims/c-0");
  });

  it("is well-formed, declares the news namespace, and escapes titles", () => {
    const xml = newsSitemap(SITE, [{ ...entry("a", 1), title: "Ông Ushakov: “<không> & 'có'”" }], {
      name: "ClaimLedger",
      language: "vi",
    });
    const { name, root } = parseXml(xml);
    expect(name).toBe("urlset");
    expect(root["@_xmlns"]).toBe(SITEMAP_NS);
    expect(root["@_xmlns:news"]).toBe(NEWS_NS);
    const url = (root.url as Record<string, Record<string, Record<string, string>>>[])[0]!;
    expect(url.loc).toBe(`${SITE}/claims/a`);
    expect(url["news:news"]!["news:title"]).toBe("Ông Ushakov: “<không> & 'có'”");
    expect(url["news:news"]!["news:publication"]).toEqual({
      "news:name": "ClaimLedger",
      "news:language": "vi",
    });
    expect(url["news:news"]!["news:publication_date"]).toBe("2026-03-10T11:00:00.000Z");
  });
});

describe("robots.txt", () => {
  it("names both sitemaps by absolute URL and keeps crawlers out of staff pages, not the read API", () => {
    const lines = robotsTxt(SITE).split("\n");
    expect(lines[0]).toBe("User-agent: *");
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap-news.xml`);
    for (const p of ["/dashboard", "/api", "/signin", "/account", "/admin"])
      expect(lines).toContain(`Disallow: ${p}`);
    expect(lines).toContain("Allow: /api/v1/");
  });
});

const claim: PublicClaimSummary = publicSummary({
  slug: "ushakov-a",
  url: "/claims/ushakov-a",
  quote: "Không có <định dạng> ba bên & không có gì",
  saidAt: "2026-01-02",
  speaker: { ...publicSummary().speaker, slug: "yuri-ushakov", name: "Yuri Ushakov" },
  topics: [{ slug: "trilateral-talks", nameVi: "Đàm phán ba bên", nameEn: "Trilateral talks" }],
  publishedAt: "2026-01-03T00:00:00.000Z",
  updatedAt: "2026-01-04T00:00:00.000Z",
});

describe("speaker and topic feeds", () => {
  it("an Atom feed of a speaker is well-formed in the Atom namespace and names its own address", () => {
    const meta = scopedFeedMeta("speakers", "yuri-ushakov", "Yuri Ushakov");
    expect(meta.title).toContain("Yuri Ushakov");
    const { name, root } = parseXml(atomFeed([claim], SITE, meta));
    expect(name).toBe("feed");
    expect(root["@_xmlns"]).toBe(ATOM_NS);
    expect(root.id).toBe(`${SITE}/speakers/yuri-ushakov/feed.xml`);
    expect(root.title).toBe(meta.title);
    const links = root.link as { "@_rel": string; "@_href": string }[];
    expect(links.find((l) => l["@_rel"] === "self")?.["@_href"]).toBe(
      `${SITE}/speakers/yuri-ushakov/feed.xml`,
    );
    expect(links.find((l) => l["@_rel"] === "alternate")?.["@_href"]).toBe(`${SITE}/speakers/yuri-ushakov`);
    const entry = (root.entry as { summary: { "#text": string } }[])[0]!;
    expect(entry.summary["#text"]).toContain("<định dạng> ba bên & không");
  });

  it("a JSON feed of a topic says where it lives and what it follows", () => {
    const meta = scopedFeedMeta("topics", "trilateral-talks", "Đàm phán ba bên");
    const feed = jsonFeed([claim], SITE, meta);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toContain("Đàm phán ba bên");
    expect(feed.feed_url).toBe(`${SITE}/topics/trilateral-talks/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE}/topics/trilateral-talks`);
    expect(feed.items[0]!.url).toBe(`${SITE}/claims/ushakov-a`);
  });

  it("the site-wide feeds keep their own addresses", () => {
    const { root } = parseXml(atomFeed([claim], SITE));
    expect(root.id).toBe(`${SITE}/feed.xml`);
    expect(jsonFeed([claim], SITE).feed_url).toBe(`${SITE}/feed.json`);
  });

  it("pages link both formats, titled", () => {
    const alt = feedAlternates("speakers", "yuri-ushakov", "Yuri Ushakov");
    expect(alt["application/atom+xml"][0]!.url).toBe("/speakers/yuri-ushakov/feed.xml");
    expect(alt["application/feed+json"][0]!.url).toBe("/speakers/yuri-ushakov/feed.json");
    expect(alt["application/atom+xml"][0]!.title).toMatch(/Yuri Ushakov.*\(Atom\)$/);
  });
});

describe("surrogate keys of the new public responses", () => {
  it("sitemaps and robots.txt carry the list key every change to a public claim purges", () => {
    for (const path of [
      "/sitemap.xml",
      "/sitemap-news.xml",
      "/robots.txt",
      "/sitemaps/claims-1.xml",
      "/sitemaps/topics-3.xml",
    ]) {
      expect(isPublicPath(path), path).toBe(true);
      expect(surrogateKeysFor(path), path).toEqual(["claims-list", "public"]);
    }
    for (const path of ["/sitemap.xml", "/sitemap-news.xml", "/robots.txt"])
      expect(LIST_PAGES).toContain(path);
  });

  it("a speaker's and a topic's feeds carry the key of their page (purged with the speaker's or topic's claims)", () => {
    const pages = [
      ["/speakers/yuri-ushakov", "speaker:yuri-ushakov"],
      ["/topics/trilateral-talks", "topic:trilateral-talks"],
    ];
    for (const [page, key] of pages)
      for (const feed of [`${page}/feed.xml`, `${page}/feed.json`])
        expect(surrogateKeysFor(feed), feed).toEqual([key, "public"]);
  });
});
