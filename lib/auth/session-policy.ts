/**
 * How long a staff session lives. Pure constants and arithmetic: imported by the server
 * (lib/auth/session.ts, lib/auth/options.ts) and by the dashboard's keep-alive (client).
 *
 * A session token (next-auth JWT, encrypted with the app's secret) carries:
 *   uid        the user's id
 *   gen        the user's session generation when they signed in (User.sessionGeneration)
 *   auth_time  when they signed in, in seconds (the OIDC claim of that name); never changes
 *   iat        when this token was issued, in seconds: next-auth re-issues the token on every
 *              /api/auth/session call, so this is the session's last refresh
 */

/** Absolute lifetime: a session ends this long after its sign-in, however often it was refreshed. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Idle limit: a session ends when its token was last issued this long ago. It is also the
 * token's and the cookie's lifetime (next-auth's session.maxAge), so every refresh extends
 * it — up to SESSION_MAX_AGE_SECONDS after sign-in.
 */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;

/**
 * An open dashboard tab in use (navigation, clicks, keys, coming back to the tab) asks
 * /api/auth/session for a fresh token at most this often (components/dashboard/SignOutButton.tsx).
 * A tab left alone asks nothing, so it is signed out SESSION_IDLE_SECONDS after its last use.
 */
export const SESSION_REFRESH_SECONDS = 5 * 60;

/** Tolerated clock difference between app servers, in seconds. */
export const SESSION_CLOCK_SKEW_SECONDS = 60;

export interface SessionTimes {
  auth_time: number;
  iat: number;
}

export function epochSeconds(nowMs = Date.now()): number {
  return Math.floor(nowMs / 1000);
}

/** Whether a token's sign-in and issue times are within the absolute and idle limits at `now` (seconds). */
export function sessionTimesValid(times: SessionTimes, now = epochSeconds()): boolean {
  if (times.auth_time > now + SESSION_CLOCK_SKEW_SECONDS || times.iat > now + SESSION_CLOCK_SKEW_SECONDS)
    return false;
  if (times.iat + SESSION_CLOCK_SKEW_SECONDS < times.auth_time) return false; // issued before its own sign-in: not ours
  if (now - times.auth_time > SESSION_MAX_AGE_SECONDS) return false;
  if (now - times.iat > SESSION_IDLE_SECONDS) return false;
  return true;
}

/**
 * Lifetime to give a token issued now: the idle limit, cut short so that the token itself
 * (its `exp`) never outlives the absolute limit.
 */
export function tokenLifetimeSeconds(authTime: number | undefined, now = epochSeconds()): number {
  if (authTime === undefined) return SESSION_IDLE_SECONDS;
  return Math.min(SESSION_IDLE_SECONDS, authTime + SESSION_MAX_AGE_SECONDS - now);
}
