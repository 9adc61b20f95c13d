import { publicTranslator } from "@/i18n/public";
import { env } from "@/lib/env";
import { cachedSitemapSource } from "@/lib/feeds/queries";
import { MAX_SITEMAP_URLS, parseChunkFile } from "@/lib/feeds/sitemap";
import { documentStream, sitemapChunkParts } from "@/lib/feeds/sitemap-files";

// One chunk of the sitemap index (/sitemaps/claims-2.xml). Served from cached data (tag
// "claims-list"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const chunk = parseChunkFile((await params).file);
  // Streamed: a full chunk is some 20 MB of XML, written batch by batch as its rows are read.
  const parts = chunk
    ? await sitemapChunkParts(cachedSitemapSource, env.SITE_URL, MAX_SITEMAP_URLS, chunk.section, chunk.n)
    : null;
  if (parts === null) {
    return new Response(publicTranslator("publicFeeds")("sitemapNotFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(documentStream(parts), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
