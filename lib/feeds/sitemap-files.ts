/**
 * The sitemap files, put together from their rows a batch at a time (lib/feeds/queries.ts) and
 * written with lib/feeds/sitemap.ts. The chunk size is a parameter so that tests can force the
 * index form on the demo data; the routes use MAX_SITEMAP_URLS.
 */

import type { SitemapSource } from "./queries";
import {
  isIndexForm,
  type NewsEntry,
  SITEMAP_SECTIONS,
  type SitemapChunk,
  type SitemapSection,
  sitemapIndex,
  URLSET_CLOSE,
  urlEntry,
  urlsetOpen,
} from "./sitemap";

async function allChunks(source: SitemapSource, chunkSize: number): Promise<SitemapChunk[]> {
  return (await Promise.all(SITEMAP_SECTIONS.map((s) => source.chunks(s, chunkSize)))).flat();
}

/**
 * The <url> entries of chunks, read batch by batch. A chunk is read between the keys of its plan;
 * rows added inside that range since the plan was made (rare: ids grow with time) could make it
 * longer than planned, so it is cut at the chunk size, which the protocol caps.
 */
async function urlEntries(
  source: SitemapSource,
  siteUrl: string,
  chunks: SitemapChunk[],
  chunkSize: number,
): Promise<string> {
  const parts: string[] = [];
  for (const chunk of chunks) {
    let after: string | null = null;
    let written = 0;
    do {
      const { entries, next }: Awaited<ReturnType<SitemapSource["batch"]>> = await source.batch(chunk, after);
      for (const e of entries.slice(0, chunkSize - written)) parts.push(urlEntry(siteUrl, e));
      written += entries.length;
      after = written < chunkSize ? next : null;
    } while (after !== null);
  }
  return parts.join("");
}

const newest = (news: NewsEntry[]) => news[0]?.publishedAt ?? null;

/** /sitemap.xml: every page in one <urlset> while they fit in a chunk, else an index of the chunks. */
export async function sitemapDocument(
  source: SitemapSource,
  siteUrl: string,
  chunkSize: number,
  news: NewsEntry[],
): Promise<string> {
  const chunks = await allChunks(source, chunkSize);
  if (isIndexForm(chunks, chunkSize)) return sitemapIndex(siteUrl, chunks, newest(news));
  return urlsetOpen() + (await urlEntries(source, siteUrl, chunks, chunkSize)) + URLSET_CLOSE;
}

/** /sitemaps/<section>-<n>.xml: one chunk's <urlset>; null when the section has no such chunk. */
export async function sitemapChunkDocument(
  source: SitemapSource,
  siteUrl: string,
  chunkSize: number,
  section: SitemapSection,
  n: number,
): Promise<string | null> {
  const chunk = (await source.chunks(section, chunkSize)).find((c) => c.n === n);
  if (!chunk) return null;
  return urlsetOpen() + (await urlEntries(source, siteUrl, [chunk], chunkSize)) + URLSET_CLOSE;
}
