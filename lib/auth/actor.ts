import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "../permissions";
import { getAuthOptions } from "./options";
import { actorForSessionToken } from "./session";

/**
 * The signed-in user for this request (route handlers, mutationRoute, dashboard pages), or null.
 * The session token is checked on every call (lib/auth/session.ts): within 12 hours of sign-in
 * and 2 hours of its last refresh, and carrying the user's current session generation — so
 * sign-out, disabling (even if later re-enabled), a role change or a password change ends every
 * earlier session at once, whatever the cookie says. The user is re-read from the database
 * every time (one primary-key read), so the role and name are always current.
 */
export async function getActor(): Promise<Actor | null> {
  // Reading request headers first marks every caller as per-request (never prerendered at build).
  await headers();
  const session = await getServerSession(await getAuthOptions("actor"));
  const token = (session as { token?: unknown } | null)?.token;
  return token ? actorForSessionToken(token) : null;
}

/** For dashboard pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(callbackPath = "/dashboard"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return actor;
}
