import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "../db";
import type { Actor } from "../permissions";
import { getAuthOptions } from "./options";

/**
 * The signed-in user for this request, re-read from the database every time: a role change,
 * a disabled account or a password change takes effect at once, whatever the session cookie says.
 */
export async function getActor(): Promise<Actor | null> {
  // Reading request headers first marks every caller as per-request (never prerendered at build).
  await headers();
  const session = await getServerSession(await getAuthOptions());
  const user = session?.user as { id?: unknown; pwdAt?: unknown } | undefined;
  if (!session || typeof user?.id !== "string") return null;
  const row = await prisma.user.findUnique({
    where: { id: user.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, passwordChangedAt: true },
  });
  if (!row || row.disabledAt) return null;
  // Changing the password ends every session signed in with the old one.
  if (user.pwdAt !== row.passwordChangedAt.getTime()) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** For dashboard pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(callbackPath = "/dashboard"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return actor;
}
