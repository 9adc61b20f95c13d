/**
 * Feeds, canonical links, OpenGraph URLs and JSON-LD need the site's public origin, and take it
 * from SITE_URL only (lib/env.ts), never from the request: these responses are cached and shared
 * by every reader (Next.js's cache, Varnish, a CDN), so an origin read from a request's Host or
 * X-Forwarded-Host would be whatever the first reader after a purge sent — one forged header and
 * every feed reader is sent to another site. Behind a proxy, SITE_URL must therefore be set; unset,
 * links point at http://localhost:3000, which is right only for `npm start` on one's own machine.
 * A production server says so once, loudly, instead of publishing localhost links silently.
 */

/**
 * Why the configured origin is wrong for a public deployment, or null when it is fine. Only an
 * unset SITE_URL in a production server is reported: a localhost origin set on purpose (the
 * cluster on one machine, tests) is the operator's choice.
 */
export function siteUrlProblem(source: Record<string, string | undefined>): string | null {
  if (source.NODE_ENV !== "production" || source.SITE_URL?.trim()) return null;
  return (
    "SITE_URL is not set: feeds, canonical links and JSON-LD on public pages point at http://localhost:3000. " +
    "Set SITE_URL to the origin readers use (e.g. SITE_URL=https://claims.example.org). It is not taken from the request " +
    "(Host, X-Forwarded-Host) because public responses are cached and shared: one forged header would reach every reader."
  );
}

const WARNED = Symbol.for("claimledger.siteUrlWarned");

/** Logs the problem once per process (pages and feeds call it; it costs nothing after the first time). */
export function warnAboutSiteUrlOnce(source: Record<string, string | undefined> = process.env): void {
  const g = globalThis as { [WARNED]?: boolean };
  if (g[WARNED]) return;
  g[WARNED] = true;
  const problem = siteUrlProblem(source);
  if (problem) console.warn(`warning: ${problem}`);
}
