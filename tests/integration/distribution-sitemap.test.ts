import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicClaimWhere } from "@/lib/claims/public-tags";
import { prisma } from "@/lib/db";
import {
  loadNewsEntries,
  loadSitemapBatch,
  loadSitemapChunks,
  loadSpeakerFeed,
  loadTopicFeed,
  type SitemapSource,
  uncachedSitemapSource,
} from "@/lib/feeds/queries";
import { MAX_SITEMAP_URLS, parseChunkFile, SITEMAP_NS } from "@/lib/feeds/sitemap";
import { documentText, sitemapChunkParts, sitemapParts } from "@/lib/feeds/sitemap-files";
import { testDatabaseKinds } from "../helpers/databases";
import { openSeededAppDatabase } from "../helpers/app-db";

const sitemapDocument = async (...args: Parameters<typeof sitemapParts>) =>
  documentText(await sitemapParts(...args));
const sitemapChunkDocument = async (...args: Parameters<typeof sitemapChunkParts>) => {
  const parts = await sitemapChunkParts(...args);
  return parts && documentText(parts);
};

/**
 * The sitemap's and the scoped feeds' queries (issue 15) on both databases, on the demo newsroom:
 * chunk plans from the aggregate query, chunks read in keyset batches, the index form forced by
 * a small chunk size, the news window, speaker and topic feeds.
 */
const SITE = "https://claims.example.org";
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (n) => n === "url" || n === "sitemap",
});

function parse(
  xml: string,
): Record<
  string,
  { "@_xmlns": string; url?: { loc: string; lastmod: string }[]; sitemap?: { loc: string }[] }
> {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const locsOf = (xml: string) => (parse(xml).urlset?.url ?? []).map((u) => u.loc);

describe.each(testDatabaseKinds())("sitemap and scoped feed queries on $name", (kind) => {
  let close: () => Promise<void>;
  let expected: string[];
  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    const [claims, speakers, topics] = await Promise.all([
      prisma.claim.findMany({ where: publicClaimWhere, select: { slug: true } }),
      prisma.speaker.findMany({
        where: { deletedAt: null, claims: { some: publicClaimWhere } },
        select: { slug: true },
      }),
      prisma.topic.findMany({
        where: { claims: { some: { claim: publicClaimWhere } } },
        select: { slug: true },
      }),
    ]);
    expected = [
      ...claims.map((c) => `${SITE}/claims/${c.slug}`),
      ...speakers.map((s) => `${SITE}/speakers/${s.slug}`),
      ...topics.map((t) => `${SITE}/topics/${t.slug}`),
    ].sort();
  });
  afterAll(async () => close?.());

  it("plans each section in chunks that cover its public rows exactly once", async () => {
    const claims = await prisma.claim.count({ where: publicClaimWhere });
    expect(claims).toBeGreaterThan(5);
    const whole = await loadSitemapChunks("claims", MAX_SITEMAP_URLS);
    expect(whole).toHaveLength(1);
    expect(whole[0]).toMatchObject({ section: "claims", n: 1, count: claims });
    const newest = await prisma.claim.findFirstOrThrow({
      where: publicClaimWhere,
      orderBy: { updatedAt: "desc" },
      select: { updatedAt: true },
    });
    expect(whole[0]!.lastmod).toBe(newest.updatedAt.toISOString());

    const small = await loadSitemapChunks("claims", 3);
    expect(small.map((c) => c.n)).toEqual(Array.from({ length: Math.ceil(claims / 3) }, (_, i) => i + 1));
    expect(small.every((c) => c.count <= 3 && c.count > 0)).toBe(true);
    expect(small.reduce((n, c) => n + c.count, 0)).toBe(claims);
  });

  it("the single file lists every public claim, speaker and topic page and nothing else", async () => {
    const xml = await sitemapDocument(uncachedSitemapSource, SITE, MAX_SITEMAP_URLS, []);
    expect(parse(xml).urlset!["@_xmlns"]).toBe(SITEMAP_NS);
    expect(locsOf(xml).sort()).toEqual(expected);
    const drafts = await prisma.claim.findMany({
      where: { status: { in: ["DRAFT", "IN_REVIEW"] } },
      select: { slug: true },
    });
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(xml).not.toContain(`/claims/${d.slug}<`);
  });

  it("a small chunk size gives an index whose chunks, read in keyset batches of two, hold the same pages", async () => {
    // Batches smaller than a chunk: every chunk takes several keyset queries.
    const source: SitemapSource = {
      chunks: loadSitemapChunks,
      batch: (c, after) => loadSitemapBatch(c, after, 2),
    };
    const index = parse(await sitemapDocument(source, SITE, 5, []));
    expect(index.sitemapindex!["@_xmlns"]).toBe(SITEMAP_NS);
    const files = index.sitemapindex!.sitemap!.map((s) => s.loc);
    expect(files.at(-1)).toBe(`${SITE}/sitemap-news.xml`);
    const chunks = files.slice(0, -1);
    expect(chunks.length).toBeGreaterThan(2);
    const listed: string[] = [];
    for (const loc of chunks) {
      const file = parseChunkFile(loc.replace(`${SITE}/sitemaps/`, ""));
      expect(file, loc).not.toBeNull();
      const xml = await sitemapChunkDocument(source, SITE, 5, file!.section, file!.n);
      const locs = locsOf(xml!);
      expect(locs.length).toBeGreaterThan(0);
      expect(locs.length).toBeLessThanOrEqual(5);
      listed.push(...locs);
    }
    expect(listed.sort()).toEqual(expected);
    expect(await sitemapChunkDocument(source, SITE, 5, "claims", chunks.length + 1)).toBeNull();
  });

  it("the news sitemap's rows are the claims approved in the last 48 hours", async () => {
    // The demo newsroom approves its claims when it is seeded, i.e. just now.
    const approved = await prisma.claim.count({ where: { status: "APPROVED", deletedAt: null } });
    const now = await loadNewsEntries(new Date());
    expect(now).toHaveLength(approved);
    expect(now.every((e) => e.path.startsWith("/claims/") && e.title.length > 0)).toBe(true);
    expect(await loadNewsEntries(new Date(Date.now() + 49 * 3600 * 1000))).toEqual([]);
  });

  it("a speaker's and a topic's feed hold their newest approved claims; unknown slugs have none", async () => {
    const speaker = await loadSpeakerFeed("yuri-ushakov");
    expect(speaker?.name).toBe("Yuri Ushakov");
    expect(speaker!.claims.length).toBeGreaterThan(0);
    expect(speaker!.claims.every((c) => c.speaker.slug === "yuri-ushakov" && c.status === "APPROVED")).toBe(
      true,
    );
    const topic = await loadTopicFeed("trilateral-talks");
    expect(topic!.claims.length).toBeGreaterThan(1);
    expect(topic!.claims.every((c) => c.topics.some((t) => t.slug === "trilateral-talks"))).toBe(true);
    expect(await loadSpeakerFeed("no-such-speaker")).toBeNull();
    expect(await loadTopicFeed("no-such-topic")).toBeNull();
  });
});
