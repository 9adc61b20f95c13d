import { env } from "@/lib/env";
import { cachedSitemapSource, newsEntries } from "@/lib/feeds/queries";
import { MAX_SITEMAP_URLS } from "@/lib/feeds/sitemap";
import { documentStream, sitemapParts } from "@/lib/feeds/sitemap-files";

// Served from cached data (tag "claims-list"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const parts = await sitemapParts(cachedSitemapSource, env.SITE_URL, MAX_SITEMAP_URLS, await newsEntries());
  return new Response(documentStream(parts), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
