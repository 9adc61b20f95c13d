/**
 * oEmbed 1.0 (https://oembed.com), type "rich": other sites turn a claim page's address into
 * an iframe of its embed card (app/embed/claims/[slug]). Pure functions; the route is
 * app/api/oembed/route.ts.
 */

import { env } from "../env";
import { claimSlugOfPageUrl } from "../edge/public-paths.mjs";
import type { PublicClaimSummary } from "../claims/public-dto";

// The publisher's name (SITE_NAME); the JSON-LD and pages name it the same way.
export const SITE_NAME = env.SITE_NAME;

/** The card's natural size; a consumer's maxwidth/maxheight can only make it smaller. */
export const EMBED_WIDTH = 560;
export const EMBED_HEIGHT = 340;
/** How long a consumer may keep an answer (seconds): a claim can be corrected or retracted. */
export const OEMBED_CACHE_AGE = 3600;

/** The card's size within what the consumer allows (oEmbed: never larger than maxwidth/maxheight). */
export function fitEmbedSize(maxwidth?: number, maxheight?: number): { width: number; height: number } {
  const within = (natural: number, max?: number) =>
    max === undefined || !Number.isFinite(max) ? natural : Math.max(1, Math.min(natural, Math.floor(max)));
  return { width: within(EMBED_WIDTH, maxwidth), height: within(EMBED_HEIGHT, maxheight) };
}

/**
 * The claim a consumer asks about: `url` must be a claim page of this site (same host as
 * SITE_URL; http or https, a trailing slash, a query or a fragment do not matter). Null otherwise.
 */
export function claimSlugForOembed(url: string, siteUrl: string): string | null {
  let asked: URL;
  let site: URL;
  try {
    asked = new URL(url);
    site = new URL(siteUrl);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(asked.protocol) || asked.host !== site.host) return null;
  return claimSlugOfPageUrl(asked.href);
}

export const embedUrl = (siteUrl: string, slug: string) => `${siteUrl}/embed/claims/${slug}`;
export const claimPageUrl = (siteUrl: string, slug: string) => `${siteUrl}/claims/${slug}`;

/** Where consumers find the oEmbed answer for a claim page (the discovery link of the page). */
export const oembedDiscoveryUrl = (siteUrl: string, slug: string) =>
  `${siteUrl}/api/oembed?url=${encodeURIComponent(claimPageUrl(siteUrl, slug))}&format=json`;

const attr = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The HTML a site pastes to show the card: an iframe of the embed page. The card runs no script,
 * so the frame is sandboxed with only what its link needs (open the claim page in a new tab).
 */
export function embedSnippet(
  siteUrl: string,
  slug: string,
  title: string,
  size: { width: number; height: number } = fitEmbedSize(),
): string {
  return `<iframe src="${attr(embedUrl(siteUrl, slug))}" width="${size.width}" height="${size.height}" title="${attr(title)}" style="border:0;max-width:100%" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** The oEmbed 1.0 "rich" answer (required fields first: type, version, html, width, height). */
export interface OembedRich {
  type: "rich";
  version: "1.0";
  html: string;
  width: number;
  height: number;
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

export function oembedAnswer(
  claim: Pick<PublicClaimSummary, "slug" | "speaker">,
  title: string,
  frameTitle: string,
  siteUrl: string,
  size: { width: number; height: number },
): OembedRich {
  return {
    type: "rich",
    version: "1.0",
    html: embedSnippet(siteUrl, claim.slug, frameTitle, size),
    width: size.width,
    height: size.height,
    title,
    author_name: claim.speaker.name,
    author_url: `${siteUrl}/speakers/${claim.speaker.slug}`,
    provider_name: SITE_NAME,
    provider_url: `${siteUrl}/`,
    cache_age: OEMBED_CACHE_AGE,
  };
}
