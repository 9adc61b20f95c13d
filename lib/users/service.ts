import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { updateVersioned } from "../audit/versioned";
import { hashPassword, verifyPassword } from "../auth/password";
import { endAllSessions } from "../auth/session";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import type { changePasswordSchema, createUserSchema, updateUserSchema } from "./validation";

/** What may be shown or audited about a user: never the password hash. */
export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  version: true,
  createdAt: true,
} as const;

export async function listUsers(actor: Actor | null) {
  assertRole(actor, "user.manage");
  return prisma.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: publicUserSelect,
  });
}

export async function createUser(actor: Actor | null, input: z.output<typeof createUserSchema>) {
  assertRole(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const clash = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (clash)
      throw new AppError(
        "CONFLICT",
        "An account with this e-mail already exists.",
        { fields: { email: ["Already in use."] } },
        "email_in_use",
      );
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: publicUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: user,
    });
    return user;
  });
}

export async function updateUser(actor: Actor | null, id: string, input: z.output<typeof updateUserSchema>) {
  assertRole(actor, "user.manage");
  if (id === actor.id && (input.disabled === true || (input.role && input.role !== "ADMIN"))) {
    throw new AppError(
      "INVALID_STATE",
      "You cannot disable yourself or remove your own admin role.",
      undefined,
      "self_lockout",
    );
  }
  return prisma.$transaction(async (tx) => {
    let sessionsEnded = false;
    const { after } = await updateVersioned(tx, actor.id, {
      entityType: "User",
      action: "user.update",
      id,
      version: input.version,
      read: () => tx.user.findUnique({ where: { id }, select: publicUserSelect }),
      notFound: "User not found.",
      stale: (current) =>
        new AppError(
          "CONFLICT",
          "Someone else changed this account after you opened it. Reload and try again.",
          { current },
          "stale_version",
        ),
      write: (before) => {
        // A new role, or disabling or re-enabling the account, ends every session the user has:
        // their next request must sign in again (and a re-enabled account never revives old cookies).
        sessionsEnded =
          (input.role !== undefined && input.role !== before.role) ||
          (input.disabled !== undefined && input.disabled !== (before.disabledAt !== null));
        return tx.user.updateMany({
          where: { id, version: input.version },
          data: {
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.role !== undefined ? { role: input.role } : {}),
            ...(input.disabled !== undefined
              ? { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null }
              : {}),
            ...(sessionsEnded ? endAllSessions : {}),
            version: { increment: 1 },
          },
        });
      },
      audited: (after) => (sessionsEnded ? { ...after, sessionsEnded } : after),
    });
    return after;
  });
}

export async function changeOwnPassword(actor: Actor | null, input: z.output<typeof changePasswordSchema>) {
  assertRole(actor, "account.change_password");
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(
      "VALIDATION",
      "Your current password is not correct.",
      { fields: { currentPassword: ["Not correct."] } },
      "wrong_password",
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // Ends every session of the user, on every device, the one that made the change included.
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, passwordChangedAt: new Date(), ...endAllSessions, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.change_password",
      entityType: "User",
      entityId: actor.id,
    });
  });
  return { ok: true };
}
