import { publicTranslator } from "@/i18n/public";
import { env } from "@/lib/env";
import { cachedSitemapSource } from "@/lib/feeds/queries";
import { MAX_SITEMAP_URLS, parseChunkFile } from "@/lib/feeds/sitemap";
import { sitemapChunkDocument } from "@/lib/feeds/sitemap-files";

// One chunk of the sitemap index (/sitemaps/claims-2.xml). Served from cached data (tag
// "claims-list"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const chunk = parseChunkFile((await params).file);
  const xml = chunk
    ? await sitemapChunkDocument(cachedSitemapSource, env.SITE_URL, MAX_SITEMAP_URLS, chunk.section, chunk.n)
    : null;
  if (xml === null) {
    return new Response(publicTranslator("publicFeeds")("sitemapNotFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
