import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { EditorialStatus, Rating, VerificationStatus } from "@/lib/generated/prisma/enums";
import { loadSpeakerScorecard } from "@/lib/speakers/scorecard-queries";
import { seededNewsroom } from "../helpers/app-db";
import { testDatabaseKinds } from "../helpers/databases";

/**
 * Speaker scorecards (issue 15): the counts are aggregated by the database (grouped SQL that runs
 * on both PGlite and PostgreSQL), over approved claims only.
 */
describe.each(testDatabaseKinds())("speaker scorecard on $name", (kind) => {
  const newsroom = seededNewsroom(kind);
  let n = 0;

  const speaker = (slug: string, name: string) =>
    prisma.speaker.create({ data: { slug, name, kind: "PERSON", searchText: slug.replaceAll("-", " ") } });

  const claim = async (
    speakerId: string,
    c: {
      status?: EditorialStatus;
      rating?: Rating | null;
      verification?: VerificationStatus;
      saidAt?: string | null;
      publishedAt?: string | null;
      deleted?: boolean;
    },
  ) => {
    n += 1;
    const by = newsroom.actors.owner.id;
    const status = c.status ?? "APPROVED";
    return (
      await prisma.claim.create({
        data: {
          slug: `scorecard-claim-${n}`,
          speakerId,
          quote: `Phát ngôn số ${n}.`,
          kind: "DIRECT",
          status,
          rating: c.rating ?? null,
          verification: c.verification ?? "UNVERIFIED",
          saidAt: c.saidAt === null ? null : new Date(`${c.saidAt ?? "2025-11-10"}T00:00:00Z`),
          publishedAt:
            c.publishedAt === null
              ? null
              : new Date(
                  c.publishedAt ?? (status === "APPROVED" ? "2025-12-31T00:00:00Z" : "2025-12-01T00:00:00Z"),
                ),
          deletedAt: c.deleted ? new Date() : null,
          createdById: by,
          updatedById: by,
        },
      })
    ).id;
  };

  const link = (
    fromClaimId: string,
    toClaimId: string,
    type: "CONTRADICTS" | "UPDATES" | "SUPPORTS",
    deleted = false,
  ) =>
    prisma.claimLink.create({
      data: {
        fromClaimId,
        toClaimId,
        type,
        createdById: newsroom.actors.owner.id,
        deletedAt: deleted ? new Date() : null,
      },
    });

  it("counts approved claims by rating, verification and month, and the links among them; nothing else", async () => {
    const a = await speaker("scorecard-a", "Người A");
    const b = await speaker("scorecard-b", "Người B");
    const a1 = await claim(a.id, { rating: "TRUE", verification: "VERIFIED_PRIMARY", saidAt: "2025-11-03" });
    const a2 = await claim(a.id, {
      rating: "TRUE",
      verification: "VERIFIED_SECONDARY",
      saidAt: "2025-11-28",
    });
    const a3 = await claim(a.id, { rating: "FALSE", verification: "VERIFIED_PRIMARY", saidAt: "2026-02-01" });
    // No date said: charted in the month it was published.
    const a4 = await claim(a.id, {
      rating: null,
      verification: "MISQUOTED",
      saidAt: null,
      publishedAt: "2026-01-15T09:00:00Z",
    });
    // Not counted: a draft, a claim in review, a retracted one, a deleted one.
    const draft = await claim(a.id, { status: "DRAFT", rating: "FALSE", saidAt: "2025-06-01" });
    const inReview = await claim(a.id, { status: "IN_REVIEW", rating: "MISLEADING" });
    const retracted = await claim(a.id, { status: "RETRACTED", rating: "FALSE", saidAt: "2024-01-01" });
    await claim(a.id, { rating: "TRUE", deleted: true });
    const b1 = await claim(b.id, { rating: "HALF_TRUE", saidAt: "2025-12-05" });

    // Counted: links between approved claims, including two of A's own (once).
    await link(a1, a3, "CONTRADICTS");
    await link(b1, a2, "CONTRADICTS");
    await link(a4, a1, "UPDATES");
    // Not counted: another kind, a deleted link, a link to a claim readers cannot see.
    await link(a2, b1, "SUPPORTS");
    await link(a3, b1, "CONTRADICTS", true);
    await link(a1, draft, "CONTRADICTS");
    await link(inReview, a2, "UPDATES");
    await link(retracted, a3, "UPDATES");

    const card = await loadSpeakerScorecard("scorecard-a");
    expect(card).not.toBeNull();
    if (!card) return;
    expect(card.speaker).toEqual({ slug: "scorecard-a", name: "Người A", kind: "PERSON", affiliation: null });
    expect(card.total).toBe(4);
    expect(card.byRating).toEqual({
      TRUE: 2,
      MOSTLY_TRUE: 0,
      HALF_TRUE: 0,
      MOSTLY_FALSE: 0,
      FALSE: 1,
      MISLEADING: 0,
      UNPROVEN: 0,
      NONE: 1,
    });
    expect(card.byVerification).toEqual({
      UNVERIFIED: 0,
      VERIFIED_PRIMARY: 2,
      VERIFIED_SECONDARY: 1,
      MISQUOTED: 1,
      MISATTRIBUTED: 0,
      UNVERIFIABLE: 0,
    });
    expect([card.contradictions, card.updates]).toEqual([2, 1]);
    // Every month from the first to the last, empty ones included.
    expect(card.months.map((m) => [m.month, m.total])).toEqual([
      ["2025-11", 2],
      ["2025-12", 0],
      ["2026-01", 1],
      ["2026-02", 1],
    ]);
    expect(card.months[0]?.bySeries.TRUE).toBe(2);
    expect(card.months[2]?.bySeries.NONE).toBe(1);
    expect(card.months[3]?.bySeries.FALSE).toBe(1);

    // B: one claim, one contradiction (with A's claim); the support and the deleted link do not count.
    const other = await loadSpeakerScorecard("scorecard-b");
    expect([other?.total, other?.contradictions, other?.updates]).toEqual([1, 1, 0]);
    expect(other?.months.map((m) => m.month)).toEqual(["2025-12"]);
  });

  it("a speaker readers cannot see has no scorecard; one with only a retracted claim has one of zeros", async () => {
    const hidden = await speaker("scorecard-hidden", "Người ẩn");
    await claim(hidden.id, { status: "DRAFT", rating: "TRUE" });
    await claim(hidden.id, { status: "APPROVED", rating: "TRUE", deleted: true });
    expect(await loadSpeakerScorecard("scorecard-hidden")).toBeNull();
    expect(await loadSpeakerScorecard("no-such-speaker")).toBeNull();

    const withdrawn = await speaker("scorecard-withdrawn", "Người rút lại");
    await claim(withdrawn.id, { status: "RETRACTED", rating: "FALSE" });
    const card = await loadSpeakerScorecard("scorecard-withdrawn");
    expect(card).toMatchObject({ total: 0, contradictions: 0, updates: 0, months: [] });
    expect(Object.values(card?.byRating ?? {}).every((c) => c === 0)).toBe(true);
  });

  it("the demo newsroom's speakers: the scorecard agrees with a count of their approved claims", async () => {
    const speakers = await prisma.speaker.findMany({
      where: { claims: { some: { status: "APPROVED", deletedAt: null } } },
      select: { slug: true, id: true },
    });
    expect(speakers.length).toBeGreaterThan(1);
    for (const s of speakers) {
      const card = await loadSpeakerScorecard(s.slug);
      const approved = await prisma.claim.count({
        where: { speakerId: s.id, status: "APPROVED", deletedAt: null },
      });
      expect(card?.total, s.slug).toBe(approved);
      expect(Object.values(card?.byRating ?? {}).reduce((x, y) => x + y, 0)).toBe(approved);
      expect(card?.months.reduce((x, m) => x + m.total, 0)).toBeLessThanOrEqual(approved);
    }
  });
});
