/**
 * A speaker's scorecard (issue 15): what their approved claims were rated, how their quotes were
 * verified, how many contradiction and update links tie their claims to other claims, and how many
 * claims they made each month. Only approved claims count: a retracted claim keeps its page with
 * the notice, but its rating no longer stands, so it is not part of anyone's record.
 *
 * Aggregated in the database (two grouped queries, whatever the number of claims): the archive
 * grows to a million claims, and a speaker quoted daily for years has thousands.
 */

import { unstable_cache } from "next/cache";
import { PUBLIC_CACHE_SECONDS } from "../claims/public-queries";
import { publicClaimWhere, publicTag } from "../claims/public-tags";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { type Rating, type SpeakerKind, VerificationStatus } from "../generated/prisma/enums";
import {
  emptySeriesCounts,
  monthsBetween,
  type ScorecardMonth,
  type ScorecardSeries,
} from "./scorecard-chart";

export interface SpeakerScorecard {
  speaker: { slug: string; name: string; kind: SpeakerKind; affiliation: string | null };
  /** Approved claims of the speaker. */
  total: number;
  byRating: Record<ScorecardSeries, number>;
  byVerification: Record<VerificationStatus, number>;
  /** Links of these kinds between one of the speaker's approved claims and another approved claim. */
  contradictions: number;
  updates: number;
  /**
   * Claims by the month they were said (the month of publication when the date said is unknown),
   * oldest first, every month from the first to the last (months without claims hold zeros).
   */
  months: ScorecardMonth[];
}

type GroupRow = { month: string | null; rating: Rating | null; verification: VerificationStatus; n: number };
type LinkRow = { type: "CONTRADICTS" | "UPDATES"; n: number };

/** Uncached: for callers outside a Next.js request (tests, scripts); pages use getSpeakerScorecard. */
export async function loadSpeakerScorecard(slug: string): Promise<SpeakerScorecard | null> {
  const speaker = await prisma.speaker.findFirst({
    where: { slug, deletedAt: null },
    select: { id: true, slug: true, name: true, kind: true, affiliation: true },
  });
  if (!speaker) return null;
  const [groups, links] = await Promise.all([
    // One row per month × rating × verification: a few hundred rows for years of claims.
    prisma.$queryRaw<GroupRow[]>(Prisma.sql`
      SELECT to_char(date_trunc('month', COALESCE(c."saidAt", c."publishedAt")), 'YYYY-MM') AS month,
             c.rating::text AS rating, c.verification::text AS verification, count(*)::int AS n
      FROM "Claim" c
      WHERE c."speakerId" = ${speaker.id} AND c.status = 'APPROVED' AND c."deletedAt" IS NULL
      GROUP BY 1, 2, 3`),
    // A link between two of the speaker's own claims (a self-contradiction) counts once.
    prisma.$queryRaw<LinkRow[]>(Prisma.sql`
      SELECT l.type::text AS type, count(*)::int AS n
      FROM "ClaimLink" l
      JOIN "Claim" f ON f.id = l."fromClaimId"
      JOIN "Claim" t ON t.id = l."toClaimId"
      WHERE l."deletedAt" IS NULL AND l.type IN ('CONTRADICTS', 'UPDATES')
        AND (f."speakerId" = ${speaker.id} OR t."speakerId" = ${speaker.id})
        AND f.status = 'APPROVED' AND f."deletedAt" IS NULL
        AND t.status = 'APPROVED' AND t."deletedAt" IS NULL
      GROUP BY 1`),
  ]);
  // No approved claims: a scorecard of zeros when the speaker has a public page (only retracted
  // claims), none when not (only drafts: the speaker is not public).
  if (groups.length === 0) {
    const retracted = await prisma.claim.findFirst({
      where: { ...publicClaimWhere, speakerId: speaker.id },
      select: { id: true },
    });
    if (!retracted) return null;
  }

  const byRating = emptySeriesCounts();
  const byVerification = Object.fromEntries(Object.values(VerificationStatus).map((v) => [v, 0])) as Record<
    VerificationStatus,
    number
  >;
  const perMonth = new Map<string, Record<ScorecardSeries, number>>();
  let total = 0;
  for (const g of groups) {
    const series: ScorecardSeries = g.rating ?? "NONE";
    total += g.n;
    byRating[series] += g.n;
    byVerification[g.verification] += g.n;
    if (!g.month) continue; // neither said nor published on a known date: counted, not charted
    const m = perMonth.get(g.month) ?? emptySeriesCounts();
    m[series] += g.n;
    perMonth.set(g.month, m);
  }
  const known = [...perMonth.keys()].sort();
  const months =
    known.length === 0
      ? []
      : monthsBetween(known[0] as string, known[known.length - 1] as string).map((month) => {
          const bySeries = perMonth.get(month) ?? emptySeriesCounts();
          return { month, bySeries, total: Object.values(bySeries).reduce((a, b) => a + b, 0) };
        });
  const linkCount = (type: LinkRow["type"]) => links.find((l) => l.type === type)?.n ?? 0;
  const { id: _id, ...publicSpeaker } = speaker;
  return {
    speaker: publicSpeaker,
    total,
    byRating,
    byVerification,
    contradictions: linkCount("CONTRADICTS"),
    updates: linkCount("UPDATES"),
    months,
  };
}

/** The scorecard, cached under the speaker's tag (expired by every change to a claim on their page, links included). */
export function getSpeakerScorecard(slug: string): Promise<SpeakerScorecard | null> {
  return unstable_cache(() => loadSpeakerScorecard(slug), ["public-speaker-scorecard", slug], {
    tags: [publicTag.speaker(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}
