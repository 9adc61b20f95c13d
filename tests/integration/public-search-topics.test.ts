import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPublicSpeakersAndTopics } from "@/lib/claims/public-queries";
import { PUBLIC_STATUSES } from "@/lib/claims/public-tags";
import { prisma } from "@/lib/db";
import {
  SEARCH_PAGE_SIZE,
  searchMatches,
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

  it("counts matches exactly while they are few, and estimates broad ones from a block sample, saying so", async () => {
    await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
    const filter = { q: "ukraine" };
    const matching = await prisma.claim.findMany({
      where: { status: { in: PUBLIC_STATUSES }, deletedAt: null, searchText: { contains: " ukraine " } },
      orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
      select: { id: true },
    });
    const exact = matching.length;
    expect(exact).toBeGreaterThan(6);
    // Few: counted, with facets over every match and the page in the public order.
    const counted = await searchMatches(filter, "words", 0);
    expect(counted).toMatchObject({ total: exact, approximate: false });
    expect(counted.facets.statuses.reduce((n, s) => n + s.count, 0)).toBe(exact);
    expect(counted.ids).toEqual(matching.slice(0, SEARCH_PAGE_SIZE).map((c) => c.id));
    expect((await searchMatches(filter, "words", 2)).ids).toEqual(
      matching.slice(2, 2 + SEARCH_PAGE_SIZE).map((c) => c.id),
    );
    // More than the limit: the total is at least the limit + 1 and said to be an estimate.
    const capped = await searchMatches(filter, "words", 0, { exactLimit: 3 });
    expect(capped.approximate).toBe(true);
    expect(capped.total).toBeGreaterThan(3);
    expect(capped.ids).toEqual(counted.ids);
    // Broad (the sample alone holds enough matches): estimated from the sample, the same every time.
    const [table] = await prisma.$queryRawUnsafe<{ rows: number }[]>(
      `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = '"Claim"'::regclass`,
    );
    const broad = { sampleRows: Math.floor(table!.rows * 0.99), exactLimit: 3, sampleMatchesMin: 1 };
    const estimated = await searchMatches(filter, "words", 0, broad);
    expect(estimated.approximate).toBe(true);
    expect(estimated.total).toBeGreaterThan(3);
    expect(estimated.ids).toEqual(counted.ids);
    expect(await searchMatches(filter, "words", 0, broad)).toEqual(estimated);
  });

  it("the words tested row by row (the walk down the newest-first index) select what the index selects", async () => {
    for (const q of ["ukraine", "dam phan", "hoa binh", "zelensky"]) {
      const read = async (indexed: boolean) => {
        const { where, values } = searchSql(
          { q, topicSlugs: ["trilateral-talks"] },
          { match: "words", indexed },
        );
        return prisma.$queryRawUnsafe<{ id: string }[]>(
          `SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY c."saidAt" DESC NULLS LAST, c.slug`,
          ...values,
        );
      };
      const viaIndex = await read(true);
      expect(viaIndex.length, q).toBeGreaterThan(0);
      expect(await read(false), q).toEqual(viaIndex);
    }
  });

  it("whole words first; the last word is taken as the start of one only when whole words find nothing", async () => {
    // "ukrain" is no word of any claim, but starts "ukraine".
    expect((await searchMatches({ q: "ukrain" }, "words", 0)).total).toBe(0);
    const whole = (await searchMatches({ q: "ukraine" }, "words", 0)).total;
    expect(whole).toBeGreaterThan(0);
    expect((await searchMatches({ q: "ukrain" }, "prefix", 0)).total).toBeGreaterThanOrEqual(whole);
    expect((await search({ q: "ukrain" }, false)).total).toBeGreaterThanOrEqual(whole);
    // A whole word is not widened: "ba" is not "ban", "bao", "bay".
    const ba = await searchMatches({ q: "dam phan ba" }, "words", 0);
    const baPrefix = await searchMatches({ q: "dam phan ba" }, "prefix", 0);
    expect(ba.total).toBeGreaterThan(0);
    expect(baPrefix.total).toBeGreaterThanOrEqual(ba.total);
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
