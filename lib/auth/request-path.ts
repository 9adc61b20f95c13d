/** The request header proxy.ts puts the requested staff path in (read by lib/auth/actor.ts). */
export const REQUEST_PATH_HEADER = "x-claimledger-path";

/**
 * A path on this site to return to after sign-in, or null: it must start with one "/" and hold
 * no backslash or control character ("//host" and "/\host" are other sites to a browser).
 */
export function safeLocalPath(path: string | null | undefined): string | null {
  if (!path || path.length > 2000) return null;
  return /^\/(?![/\\])[^\\\u0000-\u001f\u007f]*$/.test(path) ? path : null;
}
