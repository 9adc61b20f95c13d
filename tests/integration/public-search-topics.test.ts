import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPublicSpeakersAndTopics } from "@/lib/claims/public-queries";
import { PUBLIC_STATUSES } from "@/lib/claims/public-tags";
import { prisma } from "@/lib/db";
import {
  countMatches,
  searchPublishedClaims,
  searchSql,
  TOPIC_IN_RESULTS_LIMIT,
} from "@/lib/search/public-search";
import { publicSearchSchema } from "@/lib/search/validation";
import { testDatabaseKinds } from "../helpers/databases";
import { openSeededAppDatabase } from "../helpers/app-db";

/**
 * Topic names count in the public search (issue 20, item 11): "dam phan ba ben", the search
 * box's own example, used to find the one claim whose words say so while the topic of that name
 * held four. The SQL (a UNION of two indexed lookups) runs on both databases here.
 */
describe.each(testDatabaseKinds())("public search and topics on $name", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
  });
  afterAll(async () => close?.());

  const search = async (query: Record<string, string>, withCatalog = true) =>
    searchPublishedClaims(
      publicSearchSchema.parse(query),
      withCatalog ? await loadPublicSpeakersAndTopics() : undefined,
    );

  const publicSlugsOfTopic = async (slug: string) =>
    (
      await prisma.claim.findMany({
        where: { status: { in: PUBLIC_STATUSES }, deletedAt: null, topics: { some: { topic: { slug } } } },
        select: { slug: true },
      })
    )
      .map((c) => c.slug)
      .sort();

  it("a query that is a topic's name finds every public claim of the topic, and names the topic", async () => {
    const inTopic = await publicSlugsOfTopic("trilateral-talks");
    expect(inTopic.length).toBeGreaterThan(1);
    for (const withCatalog of [true, false]) {
      const r = await search({ q: "dam phan ba ben" }, withCatalog);
      expect(r.matched.topics.map((t) => t.slug)).toEqual(["trilateral-talks"]);
      const found = r.results.map((c) => c.slug);
      for (const slug of inTopic) expect(found).toContain(slug);
      expect(r.total).toBe(found.length);
      // Facets count the same set.
      expect(r.facets.topics.find((t) => t.slug === "trilateral-talks")?.count).toBe(inTopic.length);
    }
    // With diacritics, in capitals, half-typed: the same.
    expect((await search({ q: "ĐÀM PHÁN BA B" })).total).toBe((await search({ q: "dam phan ba ben" })).total);
    // Filters still apply to the topic's claims.
    const ushakov = await search({ q: "dam phan ba ben", speaker: "yuri-ushakov" });
    expect(ushakov.results.every((c) => c.speaker.slug === "yuri-ushakov")).toBe(true);
    expect(ushakov.total).toBeGreaterThan(0);
  });

  it("a topic too big to list is linked, not taken into the results", async () => {
    const catalog = await loadPublicSpeakersAndTopics();
    const small = await searchPublishedClaims(publicSearchSchema.parse({ q: "dam phan ba ben" }), catalog);
    expect(small.matched.topics.map((t) => [t.slug, t.inResults])).toEqual([["trilateral-talks", true]]);
    // The same topic, counted above the limit (as on an archive of a million claims).
    const big = {
      ...catalog,
      topics: catalog.topics.map((t) =>
        t.slug === "trilateral-talks" ? { ...t, count: TOPIC_IN_RESULTS_LIMIT + 1 } : t,
      ),
    };
    const r = await searchPublishedClaims(publicSearchSchema.parse({ q: "dam phan ba ben" }), big);
    expect(r.matched.topics.map((t) => [t.slug, t.inResults])).toEqual([["trilateral-talks", false]]);
    // Only the claims holding the words: fewer than with the topic's claims taken in.
    expect(r.total).toBeGreaterThan(0);
    expect(r.total).toBeLessThan(small.total);
    const inSmall = new Set(small.results.map((c) => c.slug));
    for (const c of r.results) expect(inSmall.has(c.slug), c.slug).toBe(true);
  });

  it("counts matches exactly on a small archive, and estimates them from a block sample on a big one", async () => {
    await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
    const { where, values } = searchSql({ q: "ukraine" });
    const exact = await prisma.claim.count({
      where: { status: { in: PUBLIC_STATUSES }, deletedAt: null, searchText: { contains: " ukraine" } },
    });
    expect(exact).toBeGreaterThan(6);
    // The whole table is smaller than a sample: counted.
    expect(await countMatches(where, values)).toEqual({ count: exact, approximate: false });
    // As if the table were far bigger than a sample and the limit far lower: estimated, and said so.
    const estimated = await countMatches(where, values, { sampleRows: 20, limit: 3 });
    expect(estimated.approximate).toBe(true);
    expect(estimated.count).toBeGreaterThan(3);
    // The same sample every time (pages of one search agree on the total).
    expect(await countMatches(where, values, { sampleRows: 20, limit: 3 })).toEqual(estimated);
  });

  it("an empty result comes with suggestions: fewer words, without filters, near topics", async () => {
    const r = await search({ q: "donbass xyzzy" });
    expect(r.total).toBe(0);
    expect(r.suggestions?.fewerWords?.q).toBe("donbass");
    expect(r.suggestions?.fewerWords?.total).toBe((await search({ q: "donbass" })).total);
    expect(r.suggestions?.topics.map((t) => t.slug)).toContain("territory-donbass");
    expect(r.suggestions?.popular).toBe(false);

    const filtered = await search({ q: "donbass", speaker: "marco-rubio" });
    expect(filtered.total).toBe(0);
    expect(filtered.suggestions?.withoutFilters).toBe((await search({ q: "donbass" })).total);

    const nothing = await search({ q: "xyzzy quux" });
    expect(nothing.suggestions?.popular).toBe(true);
    expect(nothing.suggestions?.topics.length).toBeGreaterThan(0);
    expect(nothing.suggestions?.speakers.length).toBeGreaterThan(0);
    expect((await search({ q: "donbass" })).suggestions).toBeNull();
  });
});
