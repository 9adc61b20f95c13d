import { publicTranslator } from "../../i18n/public";
import type { PublicClaimSummary } from "../claims/public-dto";
import { quotedExcerpt, quotedText } from "../claims/quote-text";
import { warnAboutSiteUrlOnce } from "./site-origin";
import { xmlText } from "./xml";
import { env } from "../env";

// Loaded by the feed routes when the server first serves a feed: the place a missing SITE_URL shows.
warnAboutSiteUrlOnce();

/**
 * Feeds of newly approved claims: Atom 1.0, RSS 2.0 and JSON Feed 1.1, from the same list. The
 * site-wide feeds (app/feed.xml, rss.xml, feed.json) and each speaker's and topic's
 * (app/(public)/speakers/[slug]/feed.xml, …) differ only in what this says about the feed.
 */
export interface FeedMeta {
  title: string;
  description: string;
  /** Paths of the page the feed follows and of the feed in each format. */
  homePath: string;
  atomPath: string;
  jsonPath: string;
}

/** The site-wide feeds. */
export const SITE_FEED: FeedMeta = {
  title: publicTranslator("public.feed")("title", { site: env.SITE_NAME }),
  description: publicTranslator("public.feed")("description"),
  homePath: "/claims",
  atomPath: "/feed.xml",
  jsonPath: "/feed.json",
};

/** A title for a claim in a list of links (feeds, the news sitemap): who said it, and its start. */
export function entryTitle(
  c: Pick<PublicClaimSummary, "kind" | "quote"> & { speaker: { name: string } },
): string {
  return `${c.speaker.name}: ${quotedExcerpt(c.kind, c.quote, 120)}`;
}

function entryText(c: PublicClaimSummary): string {
  return [
    quotedText(c.kind, c.quote),
    c.translation ? `(${c.translation})` : "",
    `— ${c.speaker.name}${c.speaker.roleHeld ? `, ${c.speaker.roleHeld}` : ""}`,
  ]
    .filter(Boolean)
    .join(" ");
}

const stamp = (c: PublicClaimSummary) => c.publishedAt ?? c.updatedAt;

export function atomFeed(claims: PublicClaimSummary[], siteUrl: string, meta: FeedMeta = SITE_FEED): string {
  const updated = claims[0] ? stamp(claims[0]) : new Date(0).toISOString();
  const entries = claims
    .map(
      (c) => `  <entry>
    <id>${xmlText(`${siteUrl}${c.url}`)}</id>
    <title>${xmlText(entryTitle(c))}</title>
    <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}${c.url}`)}"/>
    <published>${stamp(c)}</published>
    <updated>${c.updatedAt}</updated>
    <author><name>${xmlText(c.speaker.name)}</name></author>
${c.topics.map((t) => `    <category term="${xmlText(t.slug)}" label="${xmlText(t.nameVi)}"/>`).join("\n")}
    <summary type="text">${xmlText(entryText(c))}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${xmlText(`${siteUrl}${meta.atomPath}`)}</id>
  <title>${xmlText(meta.title)}</title>
  <subtitle>${xmlText(meta.description)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(`${siteUrl}${meta.atomPath}`)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${siteUrl}${meta.homePath}`)}"/>
${entries}
</feed>
`;
}

export function rssFeed(claims: PublicClaimSummary[], siteUrl: string): string {
  const items = claims
    .map(
      (c) => `    <item>
      <title>${xmlText(entryTitle(c))}</title>
      <link>${xmlText(`${siteUrl}${c.url}`)}</link>
      <guid isPermaLink="true">${xmlText(`${siteUrl}${c.url}`)}</guid>
      <pubDate>${new Date(stamp(c)).toUTCString()}</pubDate>
${c.topics.map((t) => `      <category>${xmlText(t.nameVi)}</category>`).join("\n")}
      <description>${xmlText(entryText(c))}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlText(SITE_FEED.title)}</title>
    <link>${xmlText(`${siteUrl}${SITE_FEED.homePath}`)}</link>
    <description>${xmlText(SITE_FEED.description)}</description>
    <language>vi</language>
    <atom:link href="${xmlText(`${siteUrl}/rss.xml`)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function jsonFeed(claims: PublicClaimSummary[], siteUrl: string, meta: FeedMeta = SITE_FEED) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: meta.title,
    description: meta.description,
    home_page_url: `${siteUrl}${meta.homePath}`,
    feed_url: `${siteUrl}${meta.jsonPath}`,
    language: "vi",
    items: claims.map((c) => ({
      id: `${siteUrl}${c.url}`,
      url: `${siteUrl}${c.url}`,
      title: entryTitle(c),
      content_text: entryText(c),
      date_published: stamp(c),
      date_modified: c.updatedAt,
      authors: [{ name: c.speaker.name }],
      tags: c.topics.map((t) => t.nameVi),
      _claimledger: c,
    })),
  };
}
