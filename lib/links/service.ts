import { z } from "zod";
import { recordAudit } from "../audit/record";
import { publicTag, publicTagsForClaim } from "../claims/public-tags";
import { prisma } from "../db";
import { AppError } from "../errors";
import { LinkType } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";
import { idField, optional, textField } from "../validation/common";
import { publicChangeTransaction } from "../edge/outbox";

/** Typed, directional links between claims (contradicts, supports, same statement, …). */
export const linkInputSchema = z
  .strictObject({
    fromClaimId: idField,
    toClaimId: idField,
    type: z.enum(LinkType, { error: "Type must be CONTRADICTS, SUPPORTS, SAME_STATEMENT, RESPONDS_TO or UPDATES." }),
    note: optional(textField(1000, "Note")),
  })
  .refine((v) => v.fromClaimId !== v.toClaimId, { error: "A claim cannot be linked to itself.", path: ["toClaimId"] });
export const linkIdParams = z.object({ id: idField });

export async function createLink(actor: Actor | null, input: z.output<typeof linkInputSchema>) {
  assertRole(actor, "link.manage");
  return publicChangeTransaction(async (tx) => {
    const claims = await tx.claim.findMany({ where: { id: { in: [input.fromClaimId, input.toClaimId] }, deletedAt: null }, select: { id: true, slug: true } });
    if (claims.length !== 2) throw new AppError("NOT_FOUND", "Both claims must exist.");
    const existing = await tx.claimLink.findUnique({
      where: { fromClaimId_toClaimId_type: { fromClaimId: input.fromClaimId, toClaimId: input.toClaimId, type: input.type } },
      select: { id: true, deletedAt: true },
    });
    if (existing && !existing.deletedAt) throw new AppError("CONFLICT", "These claims are already linked with this type.");
    const link = existing
      ? await tx.claimLink.update({ where: { id: existing.id }, data: { deletedAt: null, note: input.note, createdById: actor.id } })
      : await tx.claimLink.create({ data: { ...input, createdById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "link.create", entityType: "ClaimLink", entityId: link.id, after: link });
    const tags = [...(await publicTagsForClaim(tx, input.fromClaimId)), ...(await publicTagsForClaim(tx, input.toClaimId))];
    return { id: link.id, publicTags: [...new Set(tags)] };
  });
}

export async function deleteLink(actor: Actor | null, id: string) {
  assertRole(actor, "link.manage");
  return publicChangeTransaction(async (tx) => {
    const link = await tx.claimLink.findFirst({
      where: { id, deletedAt: null },
      include: { fromClaim: { select: { slug: true } }, toClaim: { select: { slug: true } } },
    });
    if (!link) throw new AppError("NOT_FOUND", "Link not found.");
    await tx.claimLink.update({ where: { id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "link.delete", entityType: "ClaimLink", entityId: id, before: link });
    const tags = [publicTag.claim(link.fromClaim.slug), publicTag.claim(link.toClaim.slug), ...(await publicTagsForClaim(tx, link.fromClaimId)), ...(await publicTagsForClaim(tx, link.toClaimId))];
    return { id, publicTags: [...new Set(tags)] };
  });
}
