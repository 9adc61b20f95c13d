// Which URLs are public (one response for every reader, cached at the edge) and which surrogate
// keys name what each public response shows. Plain JavaScript: read by the production server
// (scripts/serve.ts) and the build step (scripts/csp-token.mjs) as well as by the app.
//
// A response's keys are the cache tags of its page (lib/claims/public-tags.ts): a change purges
// the tags of every page that shows the changed claim (its own page, its speaker's and topics'
// pages, linked claims' pages, the lists), so a page keyed by its own tag is purged whenever
// anything it shows changes. Every public response also carries `public`, for a full flush.

const STAFF = /^\/(dashboard|account|admin|signin)(\/|$)/;
const SLUG = /^[a-z0-9-]{1,120}$/;

/** oEmbed (app/api/oembed): public like the read API — the same answer for every reader. */
export const OEMBED_PATH = "/api/oembed";

/** Staff pages, sign-in and every API except the public read API and oEmbed: private, never shared. */
export function isStaffPath(pathname) {
  return (
    STAFF.test(pathname) ||
    (pathname.startsWith("/api/") && !pathname.startsWith("/api/v1/") && pathname !== OEMBED_PATH) ||
    pathname === "/api"
  );
}

/**
 * Embeds (app/embed): the only pages other sites may show in a frame (`frame-ancestors *`, no
 * X-Frame-Options DENY; see next.config.js and scripts/serve.ts). Everything else refuses framing.
 */
export function isFramablePath(pathname) {
  return pathname.startsWith("/embed/");
}

/**
 * The slug of the claim whose public page `url` is (`…/claims/<slug>`, any host, query and
 * fragment ignored), or null. oEmbed answers for the claim it names and is keyed by it here,
 * with the same parse, so its key is always the claim its answer shows.
 * @param {string | null | undefined} url
 */
export function claimSlugOfPageUrl(url) {
  if (!url) return null;
  let path;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  // The English page of a claim (/en/claims/x) is the same claim.
  const m = /^(?:\/en)?\/claims\/([^/]+)\/?$/.exec(path);
  return m?.[1] && SLUG.test(m[1]) && m[1] !== "page" ? m[1] : null;
}

/** Build assets: immutable files, cached by their own headers. */
export function isAssetPath(pathname) {
  return pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image");
}

/** Public pages, feeds and the read API. */
export function isPublicPath(pathname) {
  return !isStaffPath(pathname) && !isAssetPath(pathname) && pathname !== "/healthz";
}

export const LIST_KEY = "claims-list";
export const ALL_PUBLIC_KEY = "public";

/**
 * Public pages that list many claims, or speakers and topics with their claim counts: any change
 * to a public claim may change them, so they carry the list key (the tag `publicTag.lists` of their
 * data). Addresses not named here fall back to the list key too; naming them keeps the map of
 * public pages readable in one place, and tests/unit/public-reader.test.ts fails when a page of
 * app/(public) is in neither this list nor a branch with a key of its own below.
 */
export const LIST_PAGES = [
  "/claims",
  "/topics",
  "/speakers",
  "/search",
  "/about",
  // The corrections log and its feed: a correction or retraction purges the lists.
  "/corrections",
  "/corrections/feed.xml",
  "/feed.xml",
  "/rss.xml",
  "/feed.json",
  "/api/v1/claims",
  // Sitemaps (and their chunks, /sitemaps/claims-1.xml, …) list every public page; robots.txt names them.
  "/sitemap.xml",
  "/sitemap-news.xml",
  "/robots.txt",
];

/**
 * Public responses that change with changes no purge names, served with a short shared lifetime
 * (seconds) instead of the long one purges keep fresh: the audit chain's head moves with every
 * audited change, internal ones (drafts, accounts) included, which expire no public key. A
 * purge per audit event would turn every write into an edge-wide purge; 5 s of staleness costs
 * a reader nothing (the head is a commitment, checked later), so the head is cached briefly.
 */
export const SHORT_LIVED_PATHS = { "/api/v1/audit/head": 5 };

/** The shared cache lifetime of a short-lived public response (seconds), or null for the default. */
export function shortLivedMaxAge(pathname) {
  return Object.hasOwn(SHORT_LIVED_PATHS, pathname) ? SHORT_LIVED_PATHS[pathname] : null;
}

function slugAt(segments, i) {
  const s = segments[i];
  return s !== undefined && SLUG.test(s) ? s : null;
}

// The English site (app/(en)/en) shows the same claims at the same addresses under /en: its
// responses carry the keys of their Vietnamese counterparts, so one purge refreshes both languages.
const LANGUAGE_PREFIX = /^\/en(?=\/|$)/;

/**
 * Surrogate keys of a public URL's response (null for non-public URLs). Only oEmbed depends on the
 * query string (`search`, e.g. "?url=…"): every other public response is keyed by its path alone.
 * @param {string} pathname
 * @param {string} [search]
 */
export function surrogateKeysFor(pathname, search = "") {
  if (!isPublicPath(pathname)) return null;
  const segments = pathname.replace(LANGUAGE_PREFIX, "").split("/").filter(Boolean);
  const [first, second] = segments;
  const keys = [];
  if (first === "claims" && second && second !== "page") {
    const slug = slugAt(segments, 1);
    keys.push(slug ? `claim:${slug}` : LIST_KEY);
  } else if (first === "speakers" && second) {
    // The speaker's pages and feeds (/speakers/x/feed.xml): all show the speaker's claims.
    const slug = slugAt(segments, 1);
    keys.push(slug ? `speaker:${slug}` : LIST_KEY);
    if (slug && segments[2] === "compare") {
      // /speakers/a/compare/b shows both speakers' scorecards; /speakers/a/compare lists the
      // speakers to compare with (with their claim counts), like the speakers index.
      const other = slugAt(segments, 3);
      if (segments.length === 3) keys.push(LIST_KEY);
      else if (other && other !== slug) keys.push(`speaker:${other}`);
    }
  } else if (first === "topics" && second) {
    const slug = slugAt(segments, 1);
    keys.push(slug ? `topic:${slug}` : LIST_KEY);
  } else if (first === "embed" && second === "claims" && segments[2]) {
    const slug = slugAt(segments, 2);
    keys.push(slug ? `claim:${slug}` : LIST_KEY);
  } else if (pathname === OEMBED_PATH) {
    // The answer is about the claim named by the `url` parameter: keyed by that claim, it is
    // purged by every change to it (an edit, a retraction, the approval that ends a cached 404),
    // exactly like the claim's own page. A URL that names no claim page of ours is a 404 that no
    // change can turn into an answer; the list key (purged by any change) costs nothing there.
    const slug = claimSlugOfPageUrl(new URLSearchParams(search).get("url"));
    keys.push(slug ? `claim:${slug}` : LIST_KEY);
  } else if (first === "api" && second === "v1" && segments[2] === "claims" && segments[3]) {
    const slug = slugAt(segments, 3);
    keys.push(slug ? `claim:${slug}` : LIST_KEY);
  } else {
    // LIST_PAGES, their later pages (/claims/page/2), home, unknown addresses (a cached 404):
    // anything showing many claims, or nothing, is refreshed by the next change.
    keys.push(LIST_KEY);
  }
  keys.push(ALL_PUBLIC_KEY);
  return keys;
}
