/** Typed, directional links between claims (contradicts, supports, same statement, …). */

import type { z } from "zod";
import { recordAudit, type DbWriter } from "../audit/record";
import { publicTag, publicTagsForClaim } from "../claims/public-tags";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { publicChangeTransaction } from "../edge/outbox";
import { anyClaimPublic, changesPublishedPagesDirectly, proposeChange } from "../pending/propose";
import { queueLinkCreatedInTx } from "../webhooks/events";
import type { linkInputSchema } from "./validation";

type LinkInput = z.output<typeof linkInputSchema>;

/** Both claims exist and are not linked this way yet (checked when proposed and again when applied). */
async function checkNewLink(tx: DbWriter, input: LinkInput) {
  const claims = await tx.claim.findMany({
    where: { id: { in: [input.fromClaimId, input.toClaimId] }, deletedAt: null },
    select: { id: true },
  });
  if (claims.length !== 2) throw new AppError("NOT_FOUND", "Both claims must exist.");
  const existing = await tx.claimLink.findUnique({
    where: {
      fromClaimId_toClaimId_type: {
        fromClaimId: input.fromClaimId,
        toClaimId: input.toClaimId,
        type: input.type,
      },
    },
    select: { id: true, deletedAt: true },
  });
  if (existing && !existing.deletedAt)
    throw new AppError(
      "CONFLICT",
      "These claims are already linked with this type.",
      undefined,
      "already_linked",
    );
  return existing;
}

async function findLiveLink(tx: DbWriter, id: string) {
  const link = await tx.claimLink.findFirst({
    where: { id, deletedAt: null },
    include: {
      fromClaim: { select: { slug: true, quote: true } },
      toClaim: { select: { slug: true, quote: true } },
    },
  });
  if (!link) throw new AppError("NOT_FOUND", "Link not found (it may have been removed already).");
  return link;
}

/** A link shows on both claims' pages: between published claims it needs a reviewer (lib/pending/). */
export async function createLink(actor: Actor | null, input: LinkInput) {
  assertRole(actor, "link.manage");
  return publicChangeTransaction((tx) => createOrProposeLinkInTx(tx, actor, input));
}

/** createLink inside a caller's transaction (a confirmed link suggestion, lib/suggestions/). */
export async function createOrProposeLinkInTx(tx: DbWriter, actor: Actor, input: LinkInput) {
  assertRole(actor, "link.manage");
  if (
    !changesPublishedPagesDirectly(actor) &&
    (await anyClaimPublic(tx, [input.fromClaimId, input.toClaimId]))
  ) {
    // Checked now, so an impossible change is refused at once rather than waiting for review.
    await checkNewLink(tx, input);
    return proposeChange(tx, actor, { kind: "LINK_CREATE", claimId: input.fromClaimId, payload: input });
  }
  return createLinkInTx(tx, actor.id, input);
}

/** Applies a new link (directly, or when a reviewer approves the proposal); `actorId` is its author. */
export async function createLinkInTx(tx: DbWriter, actorId: string, input: LinkInput) {
  const existing = await checkNewLink(tx, input);
  const link = existing
    ? await tx.claimLink.update({
        where: { id: existing.id },
        data: { deletedAt: null, note: input.note, createdById: actorId },
      })
    : await tx.claimLink.create({ data: { ...input, createdById: actorId } });
  await recordAudit(tx, {
    actorId,
    action: "link.create",
    entityType: "ClaimLink",
    entityId: link.id,
    after: link,
  });
  await queueLinkCreatedInTx(tx, link);
  const tags = [
    ...(await publicTagsForClaim(tx, input.fromClaimId)),
    ...(await publicTagsForClaim(tx, input.toClaimId)),
  ];
  return { id: link.id, publicTags: [...new Set(tags)] };
}

export async function deleteLink(actor: Actor | null, id: string) {
  assertRole(actor, "link.manage");
  return publicChangeTransaction(async (tx) => {
    const link = await findLiveLink(tx, id);
    if (
      !changesPublishedPagesDirectly(actor) &&
      (await anyClaimPublic(tx, [link.fromClaimId, link.toClaimId]))
    ) {
      return proposeChange(tx, actor, {
        kind: "LINK_DELETE",
        claimId: link.fromClaimId,
        payload: { id },
        before: link,
      });
    }
    return deleteLinkInTx(tx, actor.id, id);
  });
}

export async function deleteLinkInTx(tx: DbWriter, actorId: string, id: string) {
  const link = await findLiveLink(tx, id);
  await tx.claimLink.update({ where: { id }, data: { deletedAt: new Date() } });
  await recordAudit(tx, {
    actorId,
    action: "link.delete",
    entityType: "ClaimLink",
    entityId: id,
    before: link,
  });
  const tags = [
    publicTag.claim(link.fromClaim.slug),
    publicTag.claim(link.toClaim.slug),
    ...(await publicTagsForClaim(tx, link.fromClaimId)),
    ...(await publicTagsForClaim(tx, link.toClaimId)),
  ];
  return { id, publicTags: [...new Set(tags)] };
}
