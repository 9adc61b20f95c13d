import { unstable_cache } from "next/cache";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ClaimKind } from "../generated/prisma/enums";
import { PUBLIC_CACHE_SECONDS, PUBLIC_PAGE_SIZE } from "../claims/public-queries";
import { publicClaimWhere, publicTag } from "../claims/public-tags";
import { isPublicField, type PublicField } from "./public-diff";

/**
 * The public corrections log: every version of a published claim that changed what readers saw
 * (Revision.publicChanges, written by writeRevision), with the public reason given. Only public
 * facts: the claim's public text, which public fields changed, the reason written for readers,
 * the date. Never who made the change, internal notes or the old values of internal fields.
 */
export interface PublicCorrection {
  /** Stable within the claim: the version that made the change. */
  version: number;
  at: string; // ISO timestamp
  /** A retraction, or a correction of one or more public fields. */
  kind: "retraction" | "correction";
  /** The public fields corrected (besides the retraction itself), in a fixed order. */
  fields: Exclude<PublicField, "retraction">[];
  reason: string | null;
  /** Changes made by the system for a stated cause rather than by an editor with a reason. */
  cause: "speaker_merge" | null;
  claim: {
    slug: string;
    url: string;
    quote: string;
    language: string;
    kind: ClaimKind;
    speakerName: string;
    speakerSlug: string;
  };
}

const correctionSelect = {
  version: true,
  createdAt: true,
  action: true,
  publicChanges: true,
  publicReason: true,
  claim: {
    select: {
      slug: true,
      quote: true,
      language: true,
      kind: true,
      speaker: { select: { name: true, slug: true } },
    },
  },
} satisfies Prisma.RevisionSelect;

type CorrectionRow = Prisma.RevisionGetPayload<{ select: typeof correctionSelect }>;

const correctionsWhere = {
  publicChanges: { isEmpty: false },
  claim: publicClaimWhere,
} satisfies Prisma.RevisionWhereInput;

const newestFirst: Prisma.RevisionOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

export function toPublicCorrection(row: CorrectionRow): PublicCorrection {
  const changed = row.publicChanges.filter(isPublicField);
  return {
    version: row.version,
    at: row.createdAt.toISOString(),
    kind: changed.includes("retraction") ? "retraction" : "correction",
    fields: changed.filter((f): f is Exclude<PublicField, "retraction"> => f !== "retraction"),
    reason: row.publicReason,
    cause: row.action === "claim.reassign_speaker" ? "speaker_merge" : null,
    claim: {
      slug: row.claim.slug,
      url: `/claims/${row.claim.slug}`,
      quote: row.claim.quote,
      language: row.claim.language,
      kind: row.claim.kind,
      speakerName: row.claim.speaker.name,
      speakerSlug: row.claim.speaker.slug,
    },
  };
}

export interface CorrectionsPage {
  items: PublicCorrection[];
  page: number;
  pages: number;
  total: number;
}

/** One page of the log, newest first. Uncached: for scripts and tests; pages use listCorrections. */
export async function loadCorrections(page: number, pageSize = PUBLIC_PAGE_SIZE): Promise<CorrectionsPage> {
  const [rows, total] = await Promise.all([
    prisma.revision.findMany({
      where: correctionsWhere,
      orderBy: newestFirst,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: correctionSelect,
    }),
    prisma.revision.count({ where: correctionsWhere }),
  ]);
  return {
    items: rows.map(toPublicCorrection),
    page,
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/**
 * The same, cached under the lists tag: every change to a public claim expires it (a correction
 * or retraction adds an entry; a claim deleted or its quote edited changes one).
 */
export function listCorrections(page: number): Promise<CorrectionsPage> {
  return unstable_cache(() => loadCorrections(page), ["public-corrections", String(page)], {
    tags: [publicTag.lists],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/** The newest corrections for the feed. */
export function latestCorrections(limit = 50): Promise<PublicCorrection[]> {
  return unstable_cache(
    async () => (await loadCorrections(1, limit)).items,
    ["public-corrections-latest", String(limit)],
    { tags: [publicTag.lists], revalidate: PUBLIC_CACHE_SECONDS },
  )();
}

/** One public claim's corrections, newest first (its page's change history). Uncached. */
export async function loadClaimCorrections(slug: string): Promise<PublicCorrection[]> {
  const rows = await prisma.revision.findMany({
    where: { ...correctionsWhere, claim: { ...publicClaimWhere, slug } },
    orderBy: newestFirst,
    select: correctionSelect,
  });
  return rows.map(toPublicCorrection);
}

/** The same, cached under the claim's own tag, which every change to the claim expires. */
export function findClaimCorrections(slug: string): Promise<PublicCorrection[]> {
  return unstable_cache(() => loadClaimCorrections(slug), ["public-claim-corrections", slug], {
    tags: [publicTag.claim(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}
