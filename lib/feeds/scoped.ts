import { publicTranslator } from "../../i18n/public";
import type { FeedMeta } from "./build";
import { env } from "../env";

/**
 * Feeds of one speaker (/speakers/<slug>/feed.xml, feed.json) and of one topic
 * (/topics/<slug>/feed.xml, feed.json): the site-wide feeds' formats (lib/feeds/build.ts), with
 * the speaker's or topic's newest approved claims (lib/feeds/scoped-response.ts). Their pages
 * link to them (feedAlternates).
 */
export type FeedScope = "speakers" | "topics";
export type FeedFormat = "atom" | "json";

export const words = () => publicTranslator("publicFeeds");

export function scopedFeedMeta(scope: FeedScope, slug: string, name: string): FeedMeta {
  const t = words();
  const home = `/${scope}/${slug}`;
  return {
    title:
      scope === "speakers"
        ? t("speakerTitle", { name, site: env.SITE_NAME })
        : t("topicTitle", { name, site: env.SITE_NAME }),
    description: scope === "speakers" ? t("speakerDescription", { name }) : t("topicDescription", { name }),
    homePath: home,
    atomPath: `${home}/feed.xml`,
    jsonPath: `${home}/feed.json`,
  };
}

export const FEED_CONTENT_TYPES = {
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/**
 * `<link rel="alternate">` of a speaker's or topic's page to its feeds, for Next's metadata
 * (`alternates.types`).
 */
export function feedAlternates(scope: FeedScope, slug: string, name: string) {
  const meta = scopedFeedMeta(scope, slug, name);
  return {
    "application/atom+xml": [{ url: meta.atomPath, title: words()("atomLink", { title: meta.title }) }],
    "application/feed+json": [{ url: meta.jsonPath, title: words()("jsonLink", { title: meta.title }) }],
  };
}
