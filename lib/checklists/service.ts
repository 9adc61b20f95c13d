/**
 * Verification checklists: admins define the items per claim kind; editors and reviewers check
 * them on claims that are still open (draft, in review, changes requested); a reviewer may
 * approve a claim only when it has a live source and every required item is checked. Every
 * change is audited in its own transaction. Checklists are internal, so no public page changes
 * (the PublicChange answered names no page).
 */

import { recordAudit, type DbWriter } from "../audit/record";
import { updateVersioned } from "../audit/versioned";
import { publicChangeTransaction, type PublicChange } from "../edge/outbox";
import { AppError } from "../errors";
import type { EditorialStatus } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";
import { approvalBlockers, checklistItemSelect, type ChecklistLabel } from "./queries";
import type { CheckItemInput, CreateChecklistItemInput, UpdateChecklistItemInput } from "./validation";

/** Claims whose checklist may still change: a decided claim keeps the record of what was checked. */
export const CHECKABLE_STATUSES: readonly EditorialStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"];

const quoted = (items: ChecklistLabel[]) => items.map((i) => `“${i.labelEn}”`).join(", ");

/**
 * Takes the claim's row lock: approval and checking serialise on it, so a claim is never approved
 * on the strength of an item someone unchecked at the same moment.
 */
async function lockClaim(tx: DbWriter, claimId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
}

/** Inside the approval's transaction: refuses (409) when the claim lacks a source or required checks. */
export async function assertApprovableInTx(tx: DbWriter, claimId: string): Promise<void> {
  await lockClaim(tx, claimId);
  const blockers = await approvalBlockers(tx, claimId);
  const missingItems = blockers.uncheckedRequired;
  const details = { missingSource: blockers.missingSource, missingItems };
  if (blockers.missingSource) {
    throw new AppError(
      "INVALID_STATE",
      `This claim cannot be approved: it has no source. Add at least one article where it appears${
        missingItems.length ? `, and check the required checklist items: ${quoted(missingItems)}` : ""
      }.`,
      details,
      "approval_needs_source",
    );
  }
  if (missingItems.length) {
    throw new AppError(
      "INVALID_STATE",
      `This claim cannot be approved: required checklist items are not checked: ${quoted(missingItems)}.`,
      details,
      "approval_checklist_incomplete",
    );
  }
}

export async function createChecklistItem(
  actor: Actor | null,
  input: CreateChecklistItemInput,
): Promise<{ id: string; version: number } & PublicChange> {
  assertRole(actor, "checklist.manage");
  return publicChangeTransaction(async (tx) => {
    const last = await tx.checklistItem.aggregate({ where: { kind: input.kind }, _max: { position: true } });
    const item = await tx.checklistItem.create({
      data: { ...input, position: (last._max.position ?? 0) + 1, createdById: actor.id },
      select: checklistItemSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "checklist.item_create",
      entityType: "ChecklistItem",
      entityId: item.id,
      after: item,
    });
    return { id: item.id, version: item.version, publicTags: [] };
  });
}

export async function updateChecklistItem(
  actor: Actor | null,
  id: string,
  input: UpdateChecklistItemInput,
): Promise<{ id: string; version: number } & PublicChange> {
  assertRole(actor, "checklist.manage");
  return publicChangeTransaction(async (tx) => {
    const { after } = await updateVersioned(tx, actor.id, {
      entityType: "ChecklistItem",
      action: "checklist.item_update",
      id,
      version: input.version,
      read: () => tx.checklistItem.findUnique({ where: { id }, select: checklistItemSelect }),
      notFound: "Checklist item not found.",
      stale: (current) =>
        new AppError(
          "CONFLICT",
          "Someone else changed this checklist item after you opened it. Reload the page and try again.",
          { yourVersion: input.version, currentVersion: current.version },
          "stale_version",
        ),
      write: async (before) => {
        let position = before.position;
        if (input.move) {
          // The neighbour in checklist order swaps places with this item (its version moves on too).
          const neighbour = await tx.checklistItem.findFirst({
            where: {
              kind: before.kind,
              id: { not: id },
              position: input.move === "up" ? { lte: before.position } : { gte: before.position },
            },
            orderBy: [{ position: input.move === "up" ? "desc" : "asc" }],
            select: { id: true, position: true },
          });
          if (neighbour) {
            position =
              neighbour.position === before.position
                ? before.position + (input.move === "up" ? -1 : 1)
                : neighbour.position;
            await tx.checklistItem.update({
              where: { id: neighbour.id },
              data: { position: before.position, version: { increment: 1 } },
            });
          }
        }
        return tx.checklistItem.updateMany({
          where: { id, version: input.version },
          data: {
            labelVi: input.labelVi,
            labelEn: input.labelEn,
            required: input.required,
            retiredAt:
              input.retired === undefined
                ? undefined
                : input.retired
                  ? (before.retiredAt ?? new Date())
                  : null,
            position,
            version: { increment: 1 },
          },
        });
      },
    });
    return { id, version: after.version, publicTags: [] };
  });
}

/**
 * Checks or unchecks one item on a claim. The request says the state the person wants; if the
 * item is already in that state (someone else just did it), it is a 409 that says who.
 */
export async function setClaimCheck(
  actor: Actor | null,
  claimId: string,
  itemId: string,
  input: CheckItemInput,
): Promise<{ claimId: string; itemId: string; checked: boolean } & PublicChange> {
  assertRole(actor, "checklist.check");
  return publicChangeTransaction(async (tx) => {
    // Locked first: the state read below stays true until this check is committed.
    await lockClaim(tx, claimId);
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { kind: true, status: true, deletedAt: true },
    });
    if (!claim || claim.deletedAt) throw new AppError("NOT_FOUND", "Claim not found.");
    if (!CHECKABLE_STATUSES.includes(claim.status))
      throw new AppError(
        "INVALID_STATE",
        `The checklist of a claim that is ${claim.status.toLowerCase().replace("_", " ")} cannot change: only open claims (draft, in review, changes requested) can be checked.`,
        { status: claim.status },
        "checklist_closed",
      );
    const item = await tx.checklistItem.findUnique({ where: { id: itemId }, select: checklistItemSelect });
    if (!item || item.kind !== claim.kind)
      throw new AppError("NOT_FOUND", "This checklist item is not on this claim's checklist.");
    const existing = await tx.claimCheck.findUnique({
      where: { claimId_itemId: { claimId, itemId } },
      select: {
        id: true,
        checkedAt: true,
        note: true,
        evidenceUrl: true,
        checkedBy: { select: { id: true, name: true } },
      },
    });
    const label = { itemId, labelVi: item.labelVi, labelEn: item.labelEn, required: item.required };
    if (input.checked === Boolean(existing)) {
      throw new AppError(
        "CONFLICT",
        existing
          ? `“${item.labelEn}” was already checked by ${existing.checkedBy.name}. Reload the page to see it.`
          : `“${item.labelEn}” was already unchecked by someone else. Reload the page to see it.`,
        { checked: Boolean(existing), checkedBy: existing?.checkedBy.name ?? null },
        "checklist_changed",
      );
    }
    if (input.checked) {
      if (item.retiredAt)
        throw new AppError(
          "INVALID_STATE",
          `“${item.labelEn}” has been retired from the checklist and can no longer be checked.`,
          undefined,
          "checklist_item_retired",
        );
      const check = await tx.claimCheck.create({
        data: { claimId, itemId, checkedById: actor.id, note: input.note, evidenceUrl: input.evidenceUrl },
        select: { checkedAt: true, note: true, evidenceUrl: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "checklist.check",
        entityType: "ClaimChecklist",
        entityId: claimId,
        after: { ...label, ...check },
      });
    } else {
      await tx.claimCheck.delete({ where: { id: existing!.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "checklist.uncheck",
        entityType: "ClaimChecklist",
        entityId: claimId,
        before: {
          ...label,
          checkedAt: existing!.checkedAt,
          checkedById: existing!.checkedBy.id,
          note: existing!.note,
          evidenceUrl: existing!.evidenceUrl,
        },
        after: label,
      });
    }
    return { claimId, itemId, checked: input.checked, publicTags: [] };
  });
}
