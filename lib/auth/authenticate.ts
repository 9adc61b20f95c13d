import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";
import { verifyPassword } from "./password";
import { accountKey, clientKey, lockedUntil, recordFailure, recordSuccess } from "./throttle";
import { credentialsSchema } from "./validation";

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Goes into the session token; the session ends once the user's generation moves on. */
  sessionGeneration: number;
}

/** `reason` says which failure it was in a stable word (the sign-in form says it in the user's language). */
export type AuthResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; error: string; reason: "wrong_credentials" }
  | { ok: false; error: string; reason: "too_many_attempts"; retryInMinutes: number };

// Verifying against a fixed hash when the account does not exist keeps the timing alike.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0t2fQ3o4bnq8s6H1Q8D6y4JcIKmCz2cR7bC2bYv0G8g";

const minutesUntil = (until: Date, now = new Date()) =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = minutesUntil(until, now);
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

const wrongCredentials = { ok: false, error: WRONG_CREDENTIALS, reason: "wrong_credentials" } as const;
const locked = (until: Date) =>
  ({
    ok: false,
    error: lockedMessage(until),
    reason: "too_many_attempts",
    retryInMinutes: minutesUntil(until),
  }) as const;

/**
 * What the credentials provider throws, which next-auth hands to the sign-in form as `error`:
 * a stable word (and the minutes to wait), not English text — the form words it in the user's language.
 */
export function signInErrorCode(result: Extract<AuthResult, { ok: false }>): string {
  return result.reason === "too_many_attempts"
    ? `too_many_attempts:${result.retryInMinutes}`
    : "wrong_credentials";
}

/**
 * Checks e-mail + password with throttling. The message never tells whether the account
 * exists or is disabled: all failures read "Wrong e-mail or password.".
 */
export async function authenticate(raw: unknown, clientAddress: string): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return wrongCredentials;
  const { email, password } = parsed.data;
  const keys = [accountKey(email), clientKey(clientAddress)];

  const until = await lockedUntil(keys);
  if (until) return locked(until);

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      sessionGeneration: true,
    },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || user.disabledAt) {
    await recordFailure(keys);
    const nowLocked = await lockedUntil(keys);
    return nowLocked ? locked(nowLocked) : wrongCredentials;
  }
  await recordSuccess([accountKey(email)]);
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionGeneration: user.sessionGeneration,
    },
  };
}
