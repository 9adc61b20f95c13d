import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { prisma } from "../db";
import type { Actor } from "../permissions";
import { epochSeconds, sessionTimesValid } from "./session-policy";
import { sessionClaimsSchema } from "./validation";

/**
 * Whether a session token still signs someone in. A token is refused (treated as signed out)
 * when it lacks our claims (e.g. issued before session generations existed), is past the
 * absolute or idle limit (lib/auth/session-policy.ts), or carries an older session generation
 * than its user's: the generation is bumped by sign-out, disable/enable, a role change and a
 * password change (endAllSessions below), which kills every token signed in before.
 */
export type SessionClaims = z.output<typeof sessionClaimsSchema>;

export function readSessionClaims(token: unknown): SessionClaims | null {
  const parsed = sessionClaimsSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}

/** The claims of a token whose times are within the limits at `now` (ms), or null. */
export function liveClaims(token: unknown, now = Date.now()): SessionClaims | null {
  const claims = readSessionClaims(token);
  return claims && sessionTimesValid(claims, epochSeconds(now)) ? claims : null;
}

/** The signed-in actor for a decoded session token, or null: one primary-key read of the user. */
export async function actorForSessionToken(token: unknown, now = Date.now()): Promise<Actor | null> {
  const claims = liveClaims(token, now);
  if (!claims) return null;
  const row = await prisma.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionGeneration: true },
  });
  if (!row || row.disabledAt || row.sessionGeneration !== claims.gen) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Whether a decoded session token is still current (times, account enabled, generation). */
export async function isSessionCurrent(token: unknown, now = Date.now()): Promise<boolean> {
  const claims = liveClaims(token, now);
  if (!claims) return false;
  const row = await prisma.user.findUnique({
    where: { id: claims.uid },
    select: { sessionGeneration: true, disabledAt: true },
  });
  return !!row && !row.disabledAt && row.sessionGeneration === claims.gen;
}

/**
 * Prisma `data` fragment that ends every session of the user being updated. Put it in the same
 * update as the change that requires it (role, disabled, password), so both commit together.
 */
export const endAllSessions = { sessionGeneration: { increment: 1 } } as const;

/**
 * Sign-out (next-auth's signOut event): ends every session of the token's user, on every
 * device — not only the cookie being cleared.
 *
 * Trade-off: next-auth sessions are stateless JWTs, so the only way to make a copy of the
 * cookie worthless is to change what the server accepts. We keep one counter per user instead
 * of a list of live session ids (no table to grow and purge, one integer read per request),
 * so signing out on one device signs that user out on all their devices. For a newsroom's
 * staff tool that is acceptable — and it is what "sign out" should do after a leak anyway.
 *
 * Only a live, current token can do this: a stolen cookie that is already dead (expired, or
 * from before an earlier sign-out) cannot be replayed to sign its user out of newer sessions.
 * Recorded in the audit log like every other change to a user.
 */
export async function endSessionsOnSignOut(token: unknown, now = Date.now()): Promise<boolean> {
  const claims = liveClaims(token, now);
  if (!claims) return false;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: claims.uid, sessionGeneration: claims.gen, disabledAt: null },
      data: endAllSessions,
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      actorId: claims.uid,
      action: "user.sign_out",
      entityType: "User",
      entityId: claims.uid,
      after: { sessionsEnded: true },
    });
    return true;
  });
}
