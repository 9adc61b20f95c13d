import { env } from "../env";
import { isSlug } from "../validation/ids";
import { atomFeed, jsonFeed } from "./build";
import { type ScopedFeed, speakerFeed, topicFeed } from "./queries";
import { FEED_CONTENT_TYPES, type FeedFormat, type FeedScope, scopedFeedMeta, words } from "./scoped";

function notFound(scope: FeedScope): Response {
  return new Response(words()(scope === "speakers" ? "speakerNotFound" : "topicNotFound"), {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** The response of a feed route: the feed, or a 404 for a speaker or topic without a public page. */
export async function scopedFeedResponse(
  scope: FeedScope,
  slug: string,
  format: FeedFormat,
): Promise<Response> {
  const feed: ScopedFeed | null = isSlug(slug)
    ? await (scope === "speakers" ? speakerFeed(slug) : topicFeed(slug))
    : null;
  if (!feed) return notFound(scope);
  const meta = scopedFeedMeta(scope, slug, feed.name);
  const headers = { "Content-Type": FEED_CONTENT_TYPES[format] };
  return format === "atom"
    ? new Response(atomFeed(feed.claims, env.SITE_URL, meta), { headers })
    : Response.json(jsonFeed(feed.claims, env.SITE_URL, meta), { headers });
}

/** The GET handler of a speaker's or topic's feed route (app/(public)/{speakers,topics}/[slug]/feed.*). */
export function scopedFeedRoute(
  scope: FeedScope,
  format: FeedFormat,
): (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response> {
  return async (_request, { params }) => scopedFeedResponse(scope, (await params).slug, format);
}
