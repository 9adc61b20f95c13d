import type { DbWriter } from "../audit/record";
import { recordAudit } from "../audit/record";
import { publicClaimWhere } from "../claims/public-tags";
import type { Prisma } from "../generated/prisma/client";
import type { PendingChangeKind } from "../generated/prisma/enums";
import { roleAllows, type Actor } from "../permissions";

/**
 * The two-person rule for changes to published pages other than the claim's own content (which
 * goes through the claim workflow): a link or its note, a speaker's name or details, a speaker
 * merge, a source added to or removed from a published claim. A reviewer (or an admin) makes
 * such a change directly; anyone else's waits as a pending change until a reviewer applies it
 * (lib/pending/service.ts). Changes that touch no published page apply at once.
 */
export function changesPublishedPagesDirectly(actor: Actor): boolean {
  return roleAllows(actor.role, "pending.decide");
}

/** Is any of these claims on a public page (approved or retracted, not deleted)? */
export async function anyClaimPublic(tx: DbWriter, claimIds: string[]): Promise<boolean> {
  return (await tx.claim.count({ where: { id: { in: claimIds }, ...publicClaimWhere } })) > 0;
}

/** Has any of these speakers a public page (at least one public claim)? */
export async function anySpeakerPublic(tx: DbWriter, speakerIds: string[]): Promise<boolean> {
  return (await tx.claim.count({ where: { speakerId: { in: speakerIds }, ...publicClaimWhere } })) > 0;
}

export interface PendingProposal {
  kind: PendingChangeKind;
  claimId?: string | null;
  speakerId?: string | null;
  /** The validated input the change will be applied with. */
  payload: Prisma.InputJsonValue;
  /** What it replaces, for the reviewer's comparison. */
  before?: unknown;
}

/** What a service answers when the change waits for a reviewer (HTTP 202). */
export interface PendingAnswer {
  pendingChange: { id: string; kind: PendingChangeKind; status: "PENDING" };
  message: string;
  publicTags: string[];
}

/** Records the proposal (audited); nothing public changes, so nothing is purged. */
export async function proposeChange(
  tx: DbWriter,
  actor: Actor,
  proposal: PendingProposal,
): Promise<PendingAnswer> {
  const row = await tx.pendingChange.create({
    data: {
      kind: proposal.kind,
      claimId: proposal.claimId ?? null,
      speakerId: proposal.speakerId ?? null,
      payload: proposal.payload,
      before:
        proposal.before === undefined
          ? undefined
          : (JSON.parse(JSON.stringify(proposal.before)) as Prisma.InputJsonValue),
      proposedById: actor.id,
    },
    select: { id: true, kind: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "pending.propose",
    entityType: "PendingChange",
    entityId: row.id,
    after: proposal,
  });
  return {
    pendingChange: { id: row.id, kind: row.kind, status: "PENDING" },
    message:
      "This changes a published page, so it waits for a reviewer's approval. It is listed under Pending changes.",
    publicTags: [],
  };
}

export function isPendingAnswer(value: unknown): value is PendingAnswer {
  return typeof value === "object" && value !== null && "pendingChange" in value;
}
