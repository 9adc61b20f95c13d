import type { DbWriter } from "../audit/record";
import type { EditorialStatus, Prisma } from "../generated/prisma/client";

/** The claims readers can see: approved ones, and retracted ones (shown with the retraction). */
export const PUBLIC_STATUSES: EditorialStatus[] = ["APPROVED", "RETRACTED"];
export const publicClaimWhere = {
  status: { in: PUBLIC_STATUSES },
  deletedAt: null,
} satisfies Prisma.ClaimWhereInput;

/**
 * Cache tags of the public pages and API responses. A page is tagged with the data it shows;
 * a change to a claim expires every tag whose page shows that claim.
 */
export const publicTag = {
  claim: (slug: string) => `claim:${slug}`,
  speaker: (slug: string) => `speaker:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  // Lists, feeds, indexes, search facets: anything that shows many claims.
  lists: "claims-list",
} as const;

/** Tags of every public page that shows this claim: its own, its speaker's, its topics', linked claims' and their speakers', lists. */
export async function publicTagsForClaim(tx: DbWriter, claimId: string): Promise<string[]> {
  return publicTagsForClaims(tx, { id: claimId });
}

/**
 * The same for every claim matching `where` (e.g. all of a speaker's claims), in one query. A
 * claim readers cannot see (a draft, one in review, a deleted one) is on no public page: it has
 * no tags, so editing drafts purges nothing. Its page's cached 404 is purged by the change that
 * publishes it (the tags after that change).
 */
export async function publicTagsForClaims(tx: DbWriter, where: Prisma.ClaimWhereInput): Promise<string[]> {
  const claims = await tx.claim.findMany({
    where: { AND: [where, publicClaimWhere] },
    select: {
      slug: true,
      speaker: { select: { slug: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      linksFrom: { select: { toClaim: { select: { slug: true, speaker: { select: { slug: true } } } } } },
      linksTo: { select: { fromClaim: { select: { slug: true, speaker: { select: { slug: true } } } } } },
    },
  });
  if (claims.length === 0) return [];
  const tags = claims.flatMap((c) => [
    publicTag.claim(c.slug),
    publicTag.speaker(c.speaker.slug),
    ...c.topics.map((t) => publicTag.topic(t.topic.slug)),
    // Linked claims' pages and their speakers' timelines quote this claim.
    ...c.linksFrom.flatMap((l) => [
      publicTag.claim(l.toClaim.slug),
      publicTag.speaker(l.toClaim.speaker.slug),
    ]),
    ...c.linksTo.flatMap((l) => [
      publicTag.claim(l.fromClaim.slug),
      publicTag.speaker(l.fromClaim.speaker.slug),
    ]),
  ]);
  return [...new Set([...tags, publicTag.lists])];
}
