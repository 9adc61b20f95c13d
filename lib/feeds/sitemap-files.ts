/**
 * The sitemap files, put together from their rows a batch at a time (lib/feeds/queries.ts) and
 * written with lib/feeds/sitemap.ts. A chunk of 50,000 URLs is some 20 MB of XML, so documents
 * are produced as parts, one per batch of rows, and the routes stream them: neither the app
 * server nor a script ever holds a whole chunk. The chunk size is a parameter so that tests can
 * force the index form on the demo data; the routes use MAX_SITEMAP_URLS.
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

/** A document as consecutive pieces of text, produced as its rows are read. */
export type DocumentParts = AsyncIterable<string>;

async function allChunks(source: SitemapSource, chunkSize: number): Promise<SitemapChunk[]> {
  return (await Promise.all(SITEMAP_SECTIONS.map((s) => source.chunks(s, chunkSize)))).flat();
}

/**
 * A <urlset> of chunks, one part per batch of rows. A chunk is read between the keys of its plan;
 * rows added inside that range since the plan was made (rare: ids grow with time) could make it
 * longer than planned, so it is cut at the chunk size, which the protocol caps.
 */
async function* urlsetParts(
  source: SitemapSource,
  siteUrl: string,
  chunks: SitemapChunk[],
  chunkSize: number,
): DocumentParts {
  yield urlsetOpen();
  for (const chunk of chunks) {
    let after: string | null = null;
    let written = 0;
    do {
      const { entries, next }: Awaited<ReturnType<SitemapSource["batch"]>> = await source.batch(chunk, after);
      yield entries
        .slice(0, chunkSize - written)
        .map((e) => urlEntry(siteUrl, e))
        .join("");
      written += entries.length;
      after = written < chunkSize ? next : null;
    } while (after !== null);
  }
  yield URLSET_CLOSE;
}

async function* single(text: string): DocumentParts {
  yield text;
}

const newest = (news: NewsEntry[]) => news[0]?.publishedAt ?? null;

/** /sitemap.xml: every page in one <urlset> while they fit in a chunk, else an index of the chunks. */
export async function sitemapParts(
  source: SitemapSource,
  siteUrl: string,
  chunkSize: number,
  news: NewsEntry[],
): Promise<DocumentParts> {
  const chunks = await allChunks(source, chunkSize);
  if (isIndexForm(chunks, chunkSize)) return single(sitemapIndex(siteUrl, chunks, newest(news)));
  return urlsetParts(source, siteUrl, chunks, chunkSize);
}

/** /sitemaps/<section>-<n>.xml: one chunk's <urlset>; null when the section has no such chunk. */
export async function sitemapChunkParts(
  source: SitemapSource,
  siteUrl: string,
  chunkSize: number,
  section: SitemapSection,
  n: number,
): Promise<DocumentParts | null> {
  const chunk = (await source.chunks(section, chunkSize)).find((c) => c.n === n);
  return chunk ? urlsetParts(source, siteUrl, [chunk], chunkSize) : null;
}

/** The whole text of a document (tests and small documents). */
export async function documentText(parts: DocumentParts): Promise<string> {
  let text = "";
  for await (const part of parts) text += part;
  return text;
}

/**
 * A response body that pulls the next part only when the client has taken the previous one, so a
 * slow reader holds back the database reads instead of letting the parts pile up in memory.
 */
export function documentStream(parts: DocumentParts): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
