import { z } from "zod";
import { prisma } from "../db";
import type { Role } from "../generated/prisma/enums";
import { emailField } from "../validation/common";
import { verifyPassword } from "./password";
import { accountKey, clientKey, lockedUntil, recordFailure, recordSuccess } from "./throttle";

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Goes into the session token; the session ends once the user's generation moves on. */
  sessionGeneration: number;
}

export type AuthResult = { ok: true; user: AuthenticatedUser } | { ok: false; error: string };

const credentialsSchema = z.object({ email: emailField, password: z.string().min(1).max(200) });

// Verifying against a fixed hash when the account does not exist keeps the timing alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0t2fQ3o4bnq8s6H1Q8D6y4JcIKmCz2cR7bC2bYv0G8g";

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * Checks e-mail + password with throttling. The message never tells whether the account
 * exists or is disabled: all failures read "Wrong e-mail or password.".
 */
export async function authenticate(raw: unknown, clientAddress: string): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: WRONG_CREDENTIALS };
  const { email, password } = parsed.data;
  const keys = [accountKey(email), clientKey(clientAddress)];

  const until = await lockedUntil(keys);
  if (until) return { ok: false, error: lockedMessage(until) };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, sessionGeneration: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || user.disabledAt) {
    await recordFailure(keys);
    const nowLocked = await lockedUntil(keys);
    return { ok: false, error: nowLocked ? lockedMessage(nowLocked) : WRONG_CREDENTIALS };
  }
  await recordSuccess([accountKey(email)]);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionGeneration: user.sessionGeneration },
  };
}
