// The sitemap step of `npm run bench:streaming`, in its own process so that its peak memory is
// its own: writes /sitemap.xml and every chunk file (/sitemaps/<section>-<n>.xml) as the routes
// do, from the configured database without the page cache, and prints their count, bytes and
// sha256. A chunk document holds at most MAX_SITEMAP_URLS entries; like the routes, each is taken
// part by part (a batch of rows each) and hashed as it comes, never held whole.
import { createHash } from "node:crypto";
import { closeDb } from "../../lib/db";
import { loadNewsEntries, uncachedSitemapSource } from "../../lib/feeds/queries";
import { MAX_SITEMAP_URLS, SITEMAP_SECTIONS } from "../../lib/feeds/sitemap";
import { type DocumentParts, sitemapChunkParts, sitemapParts } from "../../lib/feeds/sitemap-files";

const SITE = "https://bench.claimledger.test";
try {
  const hash = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const add = async (parts: DocumentParts) => {
    for await (const part of parts) {
      hash.update(part);
      bytes += Buffer.byteLength(part);
    }
    files++;
  };
  await add(
    await sitemapParts(uncachedSitemapSource, SITE, MAX_SITEMAP_URLS, await loadNewsEntries(new Date())),
  );
  for (const section of SITEMAP_SECTIONS) {
    const chunks = await uncachedSitemapSource.chunks(section, MAX_SITEMAP_URLS);
    for (const chunk of chunks) {
      const parts = await sitemapChunkParts(uncachedSitemapSource, SITE, MAX_SITEMAP_URLS, section, chunk.n);
      if (parts === null) throw new Error(`sitemap chunk ${section}-${chunk.n} vanished`);
      await add(parts);
    }
  }
  console.log(JSON.stringify({ files, bytes, sha256: hash.digest("hex") }));
} catch (error) {
  console.error("sitemap step failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
