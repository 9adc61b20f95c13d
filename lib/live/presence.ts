import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { claimTopic, publishLiveInTx } from "./publish";
import type { PresenceInput } from "./validation";

/**
 * How long a page keeps someone's presence after their last heartbeat. Pages send one every
 * PRESENCE_HEARTBEAT_MS; a page closed without saying so (a crash, a lost network) drops out
 * once this passes.
 */
export const PRESENCE_HEARTBEAT_MS = 15_000;
export const PRESENCE_EXPIRY_MS = 40_000;

/**
 * "Lan is editing this claim": told to the others who have the claim open, through the live
 * stream only. Nothing is stored and nothing audited: it is a passing signal, not a change, sent
 * every few seconds by every open page (the stream's subscribers keep it with an expiry).
 */
export async function announcePresence(
  actor: Actor,
  claimId: string,
  input: PresenceInput,
): Promise<{ ok: true }> {
  assertRole(actor, "claim.presence");
  await prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
    await publishLiveInTx(tx, [claimTopic(claimId)], {
      type: "presence",
      claimId,
      user: { id: actor.id, name: actor.name },
      presence: input.leaving ? "left" : input.editing ? "editing" : "viewing",
      ...(input.arriving && !input.leaving ? { arriving: true as const } : {}),
    });
  });
  return { ok: true };
}
