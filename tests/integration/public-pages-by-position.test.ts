import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loadPublishedClaimsPage,
  loadSpeakerTimeline,
  loadTopicClaims,
  PUBLIC_PAGE_SIZE,
} from "@/lib/claims/public-queries";
import { publicClaimWhere } from "@/lib/claims/public-tags";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countOrEstimate } from "@/lib/db/estimate";
import { insertSyntheticClaims } from "../../scripts/bench/synthetic";
import { openSeededAppDatabase } from "../helpers/app-db";
import { testDatabaseKinds } from "../helpers/databases";

/**
 * Public list, speaker and topic pages find a page's claims by position from the nearer end of
 * the list (issue 17): every page, read in turn, must give the list in the order the pages have
 * always shown (saidAt newest first, then slug), with nothing missing or repeated.
 */
describe.each(testDatabaseKinds())("public pages by position on $name", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    await insertSyntheticClaims(prisma, { count: 150, batch: 150, seed: 3 });
    // One speaker and one topic with several pages of claims.
    const synthetic = await prisma.claim.findMany({
      where: { slug: { startsWith: "bench-" } },
      select: { id: true },
    });
    const [speaker, topic] = await Promise.all([
      prisma.speaker.findFirstOrThrow({ where: { slug: "bench-speaker-0" } }),
      prisma.topic.findFirstOrThrow({ where: { slug: "bench-topic-0" } }),
    ]);
    await prisma.claim.updateMany({
      where: { id: { in: synthetic.map((c) => c.id) } },
      data: { speakerId: speaker.id },
    });
    await prisma.claimTopic.createMany({
      data: synthetic.map((c) => ({ claimId: c.id, topicId: topic.id })),
      skipDuplicates: true,
    });
  });
  afterAll(async () => close?.());

  const expected = async (where: object) =>
    (
      await prisma.claim.findMany({
        where: { ...publicClaimWhere, ...where },
        orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
        select: { slug: true },
      })
    ).map((c) => c.slug);

  it("the public list's pages, first to last, are the whole list in order", async () => {
    const first = await loadPublishedClaimsPage(1);
    expect(first.approximate).toBe(false);
    expect(first.pages).toBeGreaterThan(2);
    const slugs = [...first.claims.map((c) => c.slug)];
    for (let page = 2; page <= first.pages; page++)
      slugs.push(...(await loadPublishedClaimsPage(page)).claims.map((c) => c.slug));
    expect(slugs).toEqual(await expected({}));
    expect((await loadPublishedClaimsPage(first.pages + 1)).claims).toEqual([]);
  });

  it("a speaker's timeline and a topic's pages, first to last, are their claims in order", async () => {
    const speaker = await prisma.speaker.findFirstOrThrow({ where: { slug: "bench-speaker-0" } });
    const timeline = await loadSpeakerTimeline(speaker.slug);
    expect(timeline?.claims.pages).toBeGreaterThan(1);
    const bySpeaker = [];
    for (let page = 1; page <= timeline!.claims.pages; page++)
      bySpeaker.push(...(await loadSpeakerTimeline(speaker.slug, { page }))!.claims.items.map((c) => c.slug));
    expect(bySpeaker).toEqual(await expected({ speakerId: speaker.id }));

    const topic = await loadTopicClaims("bench-topic-0");
    expect(topic?.claims.pages).toBeGreaterThan(1);
    const byTopic = [];
    for (let page = 1; page <= topic!.claims.pages; page++)
      byTopic.push(...(await loadTopicClaims("bench-topic-0", page))!.claims.items.map((c) => c.slug));
    expect(byTopic).toEqual(await expected({ topics: { some: { topic: { slug: "bench-topic-0" } } } }));
    expect(byTopic.length).toBeGreaterThan(PUBLIC_PAGE_SIZE);
  });

  it("a topic page counts its public claims' distinct speakers", async () => {
    for (const slug of ["bench-topic-0", "trilateral-talks"]) {
      const claims = await prisma.claim.findMany({
        where: { ...publicClaimWhere, topics: { some: { topic: { slug } } } },
        select: { speakerId: true },
      });
      expect(claims.length, slug).toBeGreaterThan(0);
      const page = await loadTopicClaims(slug);
      expect(page!.speakers, slug).toBe(new Set(claims.map((c) => c.speakerId)).size);
      expect(page!.claims.total, slug).toBe(claims.length);
    }
  });

  it("counts are exact up to the limit and estimated, and said so, above it", async () => {
    const all = await prisma.claim.count();
    expect(await countOrEstimate(`FROM "Claim" c`, [], all)).toEqual({ count: all, approximate: false });
    const estimated = await countOrEstimate(`FROM "Claim" c WHERE c.kind = $1`, ["DIRECT"], 10);
    expect(estimated.approximate).toBe(true);
    expect(estimated.count).toBeGreaterThan(10);
  });

  it("a speaker's contradiction count is the links each way between public claims", async () => {
    const contradicts = { deletedAt: null, type: "CONTRADICTS" } as const;
    let nonZero = 0;
    for (const speaker of await prisma.speaker.findMany({ where: { claims: { some: publicClaimWhere } } })) {
      const own = { ...publicClaimWhere, speakerId: speaker.id };
      const expected =
        (await prisma.claimLink.count({
          where: { ...contradicts, fromClaim: own, toClaim: publicClaimWhere },
        })) +
        (await prisma.claimLink.count({
          where: { ...contradicts, toClaim: own, fromClaim: publicClaimWhere },
        }));
      const timeline = await loadSpeakerTimeline(speaker.slug);
      expect(timeline?.contradictions, speaker.slug).toBe(expected);
      if (expected > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(0);
  });

  it("a timeline's claims carry their public contradiction and update links, outgoing then incoming", async () => {
    const kinds: Prisma.ClaimLinkWhereInput = { deletedAt: null, type: { in: ["CONTRADICTS", "UPDATES"] } };
    let withLinks = 0;
    for (const speaker of await prisma.speaker.findMany({ where: { claims: { some: publicClaimWhere } } })) {
      const timeline = await loadSpeakerTimeline(speaker.slug);
      for (const c of timeline?.claims.items ?? []) {
        const claim = await prisma.claim.findUniqueOrThrow({ where: { slug: c.slug }, select: { id: true } });
        const order: Prisma.ClaimLinkOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];
        const [from, to] = await Promise.all([
          prisma.claimLink.findMany({
            where: { ...kinds, fromClaimId: claim.id, toClaim: publicClaimWhere },
            orderBy: order,
            select: { type: true, toClaim: { select: { slug: true } } },
          }),
          prisma.claimLink.findMany({
            where: { ...kinds, toClaimId: claim.id, fromClaim: publicClaimWhere },
            orderBy: order,
            select: { type: true, fromClaim: { select: { slug: true } } },
          }),
        ]);
        const expected = [
          ...from.map((l) => [l.type, "outgoing", l.toClaim.slug]),
          ...to.map((l) => [l.type, "incoming", l.fromClaim.slug]),
        ];
        expect(
          c.links.map((l) => [l.type, l.direction, l.claim.slug]),
          c.slug,
        ).toEqual(expected);
        if (expected.length) withLinks++;
      }
    }
    expect(withLinks).toBeGreaterThan(0);
  });
});
