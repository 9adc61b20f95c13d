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

/** Staff pages, sign-in and every API except the public read API: private, never shared. */
export function isStaffPath(pathname) {
  return (
    STAFF.test(pathname) ||
    (pathname.startsWith("/api/") && !pathname.startsWith("/api/v1/")) ||
    pathname === "/api"
  );
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
];

function slugAt(segments, i) {
  const s = segments[i];
  return s !== undefined && SLUG.test(s) ? s : null;
}

/** Surrogate keys of a public URL's response (null for non-public URLs). */
export function surrogateKeysFor(pathname) {
  if (!isPublicPath(pathname)) return null;
  const segments = pathname.split("/").filter(Boolean);
  const [first, second] = segments;
  const keys = [];
  if (first === "claims" && second && second !== "page") {
    const slug = slugAt(segments, 1);
    keys.push(slug ? `claim:${slug}` : LIST_KEY);
  } else if (first === "speakers" && second) {
    const slug = slugAt(segments, 1);
    keys.push(slug ? `speaker:${slug}` : LIST_KEY);
  } else if (first === "topics" && second) {
    const slug = slugAt(segments, 1);
    keys.push(slug ? `topic:${slug}` : LIST_KEY);
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
