import { prisma } from "../db";
import type { EditorialStatus, Prisma } from "../generated/prisma/client";
import { countIndependentChains } from "./corroboration";

/**
 * Everything readers may see. Only approved claims (and retracted ones, which keep their
 * page with the retraction notice) and only public fields: no drafts, internal notes,
 * reviewer or editor names.
 */
export const PUBLIC_STATUSES: EditorialStatus[] = ["APPROVED", "RETRACTED"];

const publicClaimWhere = { status: { in: PUBLIC_STATUSES }, deletedAt: null } satisfies Prisma.ClaimWhereInput;

const publicSpeakerSelect = {
  slug: true,
  name: true,
  kind: true,
  affiliation: true,
  country: true,
} satisfies Prisma.SpeakerSelect;

const publicClaimSummarySelect = {
  slug: true,
  quote: true,
  translation: true,
  kind: true,
  roleHeld: true,
  saidAt: true,
  saidAtPrecision: true,
  venue: true,
  status: true,
  verification: true,
  publishedAt: true,
  updatedAt: true,
  speaker: { select: publicSpeakerSelect },
  topics: { select: { topic: { select: { slug: true, nameVi: true, nameEn: true } } } },
} satisfies Prisma.ClaimSelect;

const linkedClaimSelect = { slug: true, quote: true, status: true, deletedAt: true, speaker: { select: { name: true, slug: true } } } satisfies Prisma.ClaimSelect;

const publicClaimDetailSelect = {
  ...publicClaimSummarySelect,
  rating: true,
  ratingExplanation: true,
  retractionReason: true,
  retractedAt: true,
  verificationUrl: true,
  appearances: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      article: {
        select: {
          slug: true,
          title: true,
          url: true,
          byline: true,
          publishedAt: true,
          language: true,
          outlet: { select: { slug: true, name: true, url: true } },
        },
      },
      chain: {
        orderBy: { position: "asc" },
        select: { position: true, kind: true, label: true, outletId: true, speakerId: true },
      },
    },
  },
  linksFrom: { where: { deletedAt: null }, select: { type: true, note: true, toClaim: { select: linkedClaimSelect } } },
  linksTo: { where: { deletedAt: null }, select: { type: true, note: true, fromClaim: { select: linkedClaimSelect } } },
} satisfies Prisma.ClaimSelect;

export type PublicClaimSummary = Prisma.ClaimGetPayload<{ select: typeof publicClaimSummarySelect }>;
type PublicClaimRow = Prisma.ClaimGetPayload<{ select: typeof publicClaimDetailSelect }>;

export interface RelatedClaim {
  direction: "outgoing" | "incoming";
  type: PublicClaimRow["linksFrom"][number]["type"];
  note: string | null;
  claim: { slug: string; quote: string; speakerName: string; speakerSlug: string };
}

export type PublicClaim = Omit<PublicClaimRow, "linksFrom" | "linksTo"> & {
  related: RelatedClaim[];
  corroboration: number;
};

function isPublic(c: { status: EditorialStatus; deletedAt: Date | null }): boolean {
  return PUBLIC_STATUSES.includes(c.status) && c.deletedAt === null;
}

export async function findPublishedClaimBySlug(slug: string): Promise<PublicClaim | null> {
  const row = await prisma.claim.findFirst({ where: { ...publicClaimWhere, slug }, select: publicClaimDetailSelect });
  if (!row) return null;
  const { linksFrom, linksTo, ...rest } = row;
  const related: RelatedClaim[] = [
    ...linksFrom
      .filter((l) => isPublic(l.toClaim))
      .map((l) => ({
        direction: "outgoing" as const,
        type: l.type,
        note: l.note,
        claim: { slug: l.toClaim.slug, quote: l.toClaim.quote, speakerName: l.toClaim.speaker.name, speakerSlug: l.toClaim.speaker.slug },
      })),
    ...linksTo
      .filter((l) => isPublic(l.fromClaim))
      .map((l) => ({
        direction: "incoming" as const,
        type: l.type,
        note: l.note,
        claim: { slug: l.fromClaim.slug, quote: l.fromClaim.quote, speakerName: l.fromClaim.speaker.name, speakerSlug: l.fromClaim.speaker.slug },
      })),
  ];
  return { ...rest, related, corroboration: countIndependentChains(rest.appearances.map((a) => a.chain)) };
}

export const PUBLIC_PAGE_SIZE = 20;

export async function listPublishedClaims(page: number): Promise<{ claims: PublicClaimSummary[]; total: number; pages: number }> {
  const [claims, total] = await Promise.all([
    prisma.claim.findMany({
      where: publicClaimWhere,
      orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
      skip: (page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: publicClaimSummarySelect,
    }),
    prisma.claim.count({ where: publicClaimWhere }),
  ]);
  return { claims, total, pages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)) };
}
