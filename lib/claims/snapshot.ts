import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type DbWriter } from "../audit/record";
import { publicChangesBetween } from "../corrections/public-diff";
import { AppError } from "../errors";

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

/** What a claim's history (staff and public) reads of each revision. */
export const revisionHistorySelect = {
  version: true,
  action: true,
  createdAt: true,
  snapshot: true,
  publicChanges: true,
  publicReason: true,
} satisfies Prisma.RevisionSelect;

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
  deadlineAt: true,
  deadlinePhrase: true,
  topics: { select: { topic: { select: { slug: true } } } },
} satisfies Prisma.ClaimSelect;

type ClaimSnapshotRow = Prisma.ClaimGetPayload<{ select: typeof claimSnapshotSelect }>;

export interface ClaimSnapshot
  extends Omit<
    ClaimSnapshotRow,
    "topics" | "saidAt" | "deadlineAt" | "deadlinePhrase" | "id" | "slug" | "version"
  > {
  saidAt: string | null;
  /** The due date and its words (lib/deadlines/); absent from revisions written before them. */
  deadlineAt?: string | null;
  deadlinePhrase?: string | null;
  topics: string[];
}

export function toClaimSnapshot(row: ClaimSnapshotRow): ClaimSnapshot {
  const { topics, saidAt, deadlineAt, id: _id, slug: _slug, version: _version, ...rest } = row;
  return {
    ...rest,
    saidAt: saidAt ? saidAt.toISOString() : null,
    deadlineAt: deadlineAt ? deadlineAt.toISOString() : null,
    topics: topics.map((t) => t.topic.slug).sort(),
  };
}

/** What goes with a revision besides the snapshot. */
export interface RevisionOptions {
  /**
   * The reason readers are given when this version changes a published claim's public fields
   * (the corrections log). A retraction's defaults to its retractionReason.
   */
  publicReason?: string | null;
}

// A speaker merge moves a published claim to the speaker it was merged into: readers see the
// speaker change, and the merge itself is the reason (the corrections log says so).
const REASON_NOT_ASKED = new Set(["claim.reassign_speaker"]);

/**
 * Reads the claim's current state and stores it as the revision for its current version, with
 * the public fields it changed when the previous version was already public (a correction or a
 * retraction: lib/corrections/). Such a change must carry a reason for readers: without one it
 * is refused (400 `correction_reason_required`) and the transaction writes nothing.
 */
export async function writeRevision(
  tx: DbWriter,
  claimId: string,
  actorId: string | null,
  action: string,
  options: RevisionOptions = {},
): Promise<ClaimSnapshot> {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSnapshotSelect });
  const snapshot = toClaimSnapshot(row);
  const previous = await tx.revision.findUnique({
    where: { claimId_version: { claimId, version: row.version - 1 } },
    select: { snapshot: true },
  });
  const publicChanges = publicChangesBetween(
    previous ? (previous.snapshot as unknown as ClaimSnapshot) : null,
    snapshot,
  );
  const publicReason = publicChanges.length
    ? options.publicReason?.trim() ||
      (publicChanges.includes("retraction") ? snapshot.retractionReason : null) ||
      null
    : null;
  if (publicChanges.length && !publicReason && !REASON_NOT_ASKED.has(action)) {
    throw new AppError(
      "VALIDATION",
      "This claim is published: say why it is being corrected. The reason is shown to readers on the corrections page.",
      { fields: { reason: ["A public reason for the correction is required."] } },
      "correction_reason_required",
    );
  }
  await tx.revision.create({
    data: {
      claimId,
      version: row.version,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      actorId,
      action,
      publicChanges,
      publicReason,
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
