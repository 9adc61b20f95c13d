import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { roleAllows, type Action, type Actor } from "../permissions";
import { getAuthOptions } from "./options";
import { REQUEST_PATH_HEADER, safeLocalPath } from "./request-path";
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

/**
 * For dashboard pages: the signed-in actor, or a redirect to the sign-in page that comes back to
 * the page that asked (its path comes from proxy.ts; only a same-site path is ever used).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const back = safeLocalPath((await headers()).get(REQUEST_PATH_HEADER)) ?? "/dashboard";
    redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  return actor;
}

/**
 * Every dashboard page's access check, one way: signed in (else to sign-in and back), and the
 * role allows `action` in the permission table (else the styled 403 page, app/forbidden.tsx).
 */
export async function requirePageAction(action: Action = "claim.read_internal"): Promise<Actor> {
  const actor = await requireActor();
  if (!roleAllows(actor.role, action)) forbidden();
  return actor;
}
