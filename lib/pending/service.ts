import { z } from "zod";
import { addAppearanceInTx, removeAppearanceInTx } from "../appearances/service";
import { appearanceInputSchema } from "../appearances/validation";
import { recordAudit, type DbWriter } from "../audit/record";
import { correctClaimInTx } from "../claims/service";
import { claimCorrectionSchema } from "../claims/validation";
import { prisma } from "../db";
import { publicChangeTransaction } from "../edge/outbox";
import { AppError, isAppError } from "../errors";
import type { PendingChange } from "../generated/prisma/client";
import type { PendingChangeStatus } from "../generated/prisma/enums";
import { createLinkInTx, deleteLinkInTx } from "../links/service";
import { linkInputSchema } from "../links/validation";
import { assertRole, type Actor } from "../permissions";
import { mergeSpeakersInTx, updateSpeakerInTx } from "../speakers/service";
import { mergeSpeakersSchema, updateSpeakerSchema } from "../speakers/validation";
import { idField } from "../validation/common";
import type { decisionSchema } from "./validation";

/**
 * Reviewers decide on changes to published pages that editors proposed (lib/pending/propose.ts):
 * approving applies the change in the same transaction — through the same service code a direct
 * change uses, authored by the proposer — and expires the public pages it changed; rejecting and
 * withdrawing change nothing public. Every decision is audited.
 */
const byId = z.strictObject({ id: idField });

/** Each kind's payload, checked again when applied (it is stored JSON, a boundary like any other). */
const appliers = {
  LINK_CREATE: (tx: DbWriter, by: string, p: unknown) => createLinkInTx(tx, by, linkInputSchema.parse(p)),
  LINK_DELETE: (tx: DbWriter, by: string, p: unknown) => deleteLinkInTx(tx, by, byId.parse(p).id),
  SPEAKER_UPDATE: (tx: DbWriter, by: string, p: unknown) => {
    const { id, ...input } = updateSpeakerSchema.extend({ id: idField }).parse(p);
    return updateSpeakerInTx(tx, by, id, input);
  },
  SPEAKER_MERGE: (tx: DbWriter, by: string, p: unknown) =>
    mergeSpeakersInTx(tx, by, mergeSpeakersSchema.parse(p)),
  APPEARANCE_CREATE: (tx: DbWriter, by: string, p: unknown) => {
    const { claimId, ...input } = appearanceInputSchema.extend({ claimId: idField }).parse(p);
    return addAppearanceInTx(tx, by, claimId, input);
  },
  APPEARANCE_DELETE: (tx: DbWriter, by: string, p: unknown) => removeAppearanceInTx(tx, by, byId.parse(p).id),
  CLAIM_CORRECT: (tx: DbWriter, by: string, p: unknown) =>
    correctClaimInTx(tx, by, claimCorrectionSchema.extend({ claimId: idField }).parse(p)),
} satisfies Record<
  PendingChange["kind"],
  (tx: DbWriter, by: string, payload: unknown) => Promise<{ publicTags: string[] }>
>;

async function applyPendingChange(tx: DbWriter, change: PendingChange): Promise<string[]> {
  try {
    return (await appliers[change.kind](tx, change.proposedById, change.payload)).publicTags;
  } catch (error) {
    // The world moved on since the proposal (the speaker was edited, the link removed, the
    // article's text changed …): say so; nothing was applied.
    if (isAppError(error)) {
      throw new AppError(
        error.code,
        `This change can no longer be applied: ${error.message} Reject it, and propose it again if it is still needed.`,
        error.details,
        "change_stale",
      );
    }
    if (error instanceof z.ZodError)
      throw new AppError(
        "INVALID_STATE",
        "This change's stored details are no longer valid. Reject it.",
        undefined,
        "change_stale",
      );
    throw error;
  }
}

const pastTense: Record<PendingChangeStatus, string> = {
  PENDING: "pending",
  APPLIED: "applied",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
};

/** Moves a pending change to its final state, once: a concurrent decision finds it decided. */
async function settle(
  tx: DbWriter,
  change: PendingChange,
  actor: Actor,
  status: PendingChangeStatus,
  note: string | null,
) {
  const { count } = await tx.pendingChange.updateMany({
    where: { id: change.id, status: "PENDING" },
    data: { status, decidedById: actor.id, decidedAt: new Date(), decisionNote: note },
  });
  if (count === 0)
    throw new AppError(
      "INVALID_STATE",
      "Someone else decided on this change a moment ago. Reload to see it.",
      undefined,
      "already_decided",
    );
}

async function findPending(tx: DbWriter, id: string): Promise<PendingChange> {
  const change = await tx.pendingChange.findUnique({ where: { id } });
  if (!change) throw new AppError("NOT_FOUND", "Pending change not found.");
  if (change.status !== "PENDING")
    throw new AppError(
      "INVALID_STATE",
      `This change was already ${pastTense[change.status]}.`,
      undefined,
      "already_decided",
    );
  return change;
}

export async function decidePendingChange(
  actor: Actor | null,
  id: string,
  input: z.output<typeof decisionSchema>,
) {
  assertRole(actor, "pending.decide");
  return publicChangeTransaction(async (tx) => {
    const change = await findPending(tx, id);
    if (change.proposedById === actor.id) {
      throw new AppError(
        "FORBIDDEN",
        "Someone other than its author must approve or reject a change to a published page (two-person rule).",
        undefined,
        "self_review",
      );
    }
    const status = input.decision === "approve" ? "APPLIED" : "REJECTED";
    await settle(tx, change, actor, status, input.note);
    const publicTags = status === "APPLIED" ? await applyPendingChange(tx, change) : [];
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "APPLIED" ? "pending.approve" : "pending.reject",
      entityType: "PendingChange",
      entityId: id,
      before: { status: "PENDING", kind: change.kind, proposedById: change.proposedById },
      after: { status, note: input.note },
    });
    return { id, status, publicTags };
  });
}

/** The proposer (or an admin) takes back a change that is still pending. */
export async function withdrawPendingChange(actor: Actor | null, id: string) {
  assertRole(actor, "pending.withdraw");
  return prisma.$transaction(async (tx) => {
    const change = await findPending(tx, id);
    if (change.proposedById !== actor.id && actor.role !== "ADMIN")
      throw new AppError(
        "FORBIDDEN",
        "Only the person who proposed this change can withdraw it.",
        undefined,
        "not_owner",
      );
    await settle(tx, change, actor, "WITHDRAWN", null);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "pending.withdraw",
      entityType: "PendingChange",
      entityId: id,
      before: { status: "PENDING" },
      after: { status: "WITHDRAWN" },
    });
    return { id, status: "WITHDRAWN" as const };
  });
}
