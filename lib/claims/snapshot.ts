import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type DbWriter } from "../audit/record";

/** What a claim says and where it stands: the fields every listing of claims shows. */
export const claimStatementSelect = {
  quote: true,
  translation: true,
  kind: true,
  roleHeld: true,
  saidAt: true,
  saidAtPrecision: true,
  venue: true,
  status: true,
  verification: true,
  rating: true,
} satisfies Prisma.ClaimSelect;

/**
 * The versioned content of a claim. A Revision stores one of these per version; history
 * diffs two of them and restore writes one back as a new version.
 */
export const claimSnapshotSelect = {
  id: true,
  slug: true,
  version: true,
  speakerId: true,
  roleHeld: true,
  quote: true,
  translation: true,
  language: true,
  kind: true,
  saidAt: true,
  saidAtPrecision: true,
  venue: true,
  status: true,
  verification: true,
  verificationNote: true,
  verificationUrl: true,
  rating: true,
  ratingExplanation: true,
  retractionReason: true,
  topics: { select: { topic: { select: { slug: true } } } },
} satisfies Prisma.ClaimSelect;

type ClaimSnapshotRow = Prisma.ClaimGetPayload<{ select: typeof claimSnapshotSelect }>;

export interface ClaimSnapshot
  extends Omit<ClaimSnapshotRow, "topics" | "saidAt" | "id" | "slug" | "version"> {
  saidAt: string | null;
  topics: string[];
}

export function toClaimSnapshot(row: ClaimSnapshotRow): ClaimSnapshot {
  const { topics, saidAt, id: _id, slug: _slug, version: _version, ...rest } = row;
  return {
    ...rest,
    saidAt: saidAt ? saidAt.toISOString() : null,
    topics: topics.map((t) => t.topic.slug).sort(),
  };
}

/** Reads the claim's current state and stores it as the revision for its current version. */
export async function writeRevision(
  tx: DbWriter,
  claimId: string,
  actorId: string | null,
  action: string,
): Promise<ClaimSnapshot> {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSnapshotSelect });
  const snapshot = toClaimSnapshot(row);
  await tx.revision.create({
    data: {
      claimId,
      version: row.version,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      actorId,
      action,
    },
  });
  return snapshot;
}

/** A new claim's first revision and its `claim.create` audit event (the app's and the demo seed's). */
export async function recordClaimCreated(
  tx: DbWriter,
  claimId: string,
  actorId: string,
): Promise<ClaimSnapshot> {
  const after = await writeRevision(tx, claimId, actorId, "claim.create");
  await recordAudit(tx, { actorId, action: "claim.create", entityType: "Claim", entityId: claimId, after });
  return after;
}
