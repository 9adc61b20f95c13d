// The sitemap step of `npm run bench:streaming`, in its own process so that its peak memory is
// its own: writes /sitemap.xml and every chunk file (/sitemaps/<section>-<n>.xml) as the routes
// do, from the configured database without the page cache, and prints their count, bytes and
// sha256. A chunk document holds at most MAX_SITEMAP_URLS entries; sections are read in batches.
import { createHash } from "node:crypto";
import { closeDb } from "../../lib/db";
import { loadNewsEntries, uncachedSitemapSource } from "../../lib/feeds/queries";
import { MAX_SITEMAP_URLS, SITEMAP_SECTIONS } from "../../lib/feeds/sitemap";
import { sitemapChunkDocument, sitemapDocument } from "../../lib/feeds/sitemap-files";

const SITE = "https://bench.claimledger.test";
try {
  const hash = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const add = (xml: string) => {
    hash.update(xml);
    files++;
    bytes += Buffer.byteLength(xml);
  };
  add(
    await sitemapDocument(uncachedSitemapSource, SITE, MAX_SITEMAP_URLS, await loadNewsEntries(new Date())),
  );
  for (const section of SITEMAP_SECTIONS) {
    const chunks = await uncachedSitemapSource.chunks(section, MAX_SITEMAP_URLS);
    for (const chunk of chunks) {
      const xml = await sitemapChunkDocument(uncachedSitemapSource, SITE, MAX_SITEMAP_URLS, section, chunk.n);
      if (xml === null) throw new Error(`sitemap chunk ${section}-${chunk.n} vanished`);
      add(xml);
    }
  }
  console.log(JSON.stringify({ files, bytes, sha256: hash.digest("hex") }));
} catch (error) {
  console.error("sitemap step failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
