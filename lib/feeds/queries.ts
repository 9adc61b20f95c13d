/**
 * What sitemaps and the per-speaker and per-topic feeds read. The archive is meant to hold a
 * million claims: a sitemap never loads a section whole. Each section (claim, speaker, topic
 * pages) is ordered by its rows' ids; one aggregate query says where each chunk starts and ends
 * (and its newest change), and a chunk is read between those keys in keyset batches of selected
 * columns. Functions named load* are uncached (tests, scripts); the others are cached by the tag
 * of what they show, like lib/claims/public-queries.ts.
 */

import { unstable_cache } from "next/cache";
import type { PublicClaimSummary } from "../claims/public-dto";
import { PUBLIC_CACHE_SECONDS, publicSummarySelect, toPublicClaimSummary } from "../claims/public-queries";
import { PUBLIC_STATUSES, publicClaimWhere, publicTag } from "../claims/public-tags";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { entryTitle } from "./build";
import {
  checkedChunkSize,
  NEWS_WINDOW_MS,
  type NewsEntry,
  type SitemapChunk,
  type SitemapEntry,
  type SitemapSection,
  sectionPath,
} from "./sitemap";

const isPublicClaim = (c: string) =>
  Prisma.sql`${Prisma.raw(c)}.status::text IN (${Prisma.join(PUBLIC_STATUSES)}) AND ${Prisma.raw(c)}."deletedAt" IS NULL`;

type Keys = (column: string) => Prisma.Sql;
const anyKey: Keys = () => Prisma.sql`TRUE`;

/** Rows (key, slug, lastmod) of a section's public pages; `keys` narrows it to a keyset range. */
function sectionRows(section: SitemapSection, keys: Keys): Prisma.Sql {
  switch (section) {
    case "claims":
      return Prisma.sql`SELECT c.id AS key, c.slug, c."updatedAt" AS lastmod FROM "Claim" c
        WHERE ${isPublicClaim("c")} AND ${keys("c.id")}`;
    // A speaker's page exists while the speaker has a public claim; it changes with them.
    case "speakers":
      return Prisma.sql`SELECT s.id AS key, s.slug, GREATEST(s."updatedAt", MAX(c."updatedAt")) AS lastmod
        FROM "Speaker" s JOIN "Claim" c ON c."speakerId" = s.id AND ${isPublicClaim("c")}
        WHERE s."deletedAt" IS NULL AND ${keys("s.id")} GROUP BY s.id`;
    // Topics with public claims (the topics index lists those; an empty topic's page says only that).
    case "topics":
      return Prisma.sql`SELECT t.id AS key, t.slug, GREATEST(t."updatedAt", MAX(c."updatedAt")) AS lastmod
        FROM "Topic" t JOIN "ClaimTopic" ct ON ct."topicId" = t.id
        JOIN "Claim" c ON c.id = ct."claimId" AND ${isPublicClaim("c")}
        WHERE ${keys("t.id")} GROUP BY t.id`;
  }
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The chunks of one section, in key order: n, first and last key, count, newest change. */
export async function loadSitemapChunks(section: SitemapSection, chunkSize: number): Promise<SitemapChunk[]> {
  const size = checkedChunkSize(chunkSize);
  const rows = await prisma.$queryRaw<
    { n: number; firstKey: string; lastKey: string; count: number; lastmod: Date | string }[]
  >(Prisma.sql`SELECT ((rn - 1) / ${size})::int + 1 AS n, MIN(key) AS "firstKey", MAX(key) AS "lastKey",
      COUNT(*)::int AS count, MAX(lastmod) AS lastmod
    FROM (SELECT key, lastmod, row_number() OVER (ORDER BY key) AS rn FROM (${sectionRows(section, anyKey)}) rows) numbered
    GROUP BY 1 ORDER BY 1`);
  return rows.map((r) => ({
    section,
    n: Number(r.n),
    firstKey: r.firstKey,
    lastKey: r.lastKey,
    count: Number(r.count),
    lastmod: iso(r.lastmod),
  }));
}

/** Rows of one chunk read per query: a chunk of 50,000 URLs is ten small queries, never one big one. */
export const SITEMAP_BATCH = 5_000;

/**
 * One batch of a chunk's pages: keys in (after, lastKey] — or [firstKey, lastKey] for the first
 * batch — in key order. Returns the batch and the key to continue after (null at the end).
 */
export async function loadSitemapBatch(
  chunk: Pick<SitemapChunk, "section" | "firstKey" | "lastKey">,
  after: string | null,
  batch = SITEMAP_BATCH,
): Promise<{ entries: SitemapEntry[]; next: string | null }> {
  const keys: Keys = (column) =>
    Prisma.sql`${after === null ? Prisma.sql`${Prisma.raw(column)} >= ${chunk.firstKey}` : Prisma.sql`${Prisma.raw(column)} > ${after}`} AND ${Prisma.raw(column)} <= ${chunk.lastKey}`;
  const rows = await prisma.$queryRaw<{ key: string; slug: string; lastmod: Date | string }[]>(
    Prisma.sql`SELECT key, slug, lastmod FROM (${sectionRows(chunk.section, keys)}) rows ORDER BY key LIMIT ${batch}`,
  );
  const last = rows.at(-1);
  return {
    entries: rows.map((r) => ({ path: sectionPath(chunk.section, r.slug), lastmod: iso(r.lastmod) })),
    next: last && rows.length === batch && last.key !== chunk.lastKey ? last.key : null,
  };
}

const cachedSitemapChunks = (section: SitemapSection, chunkSize: number) =>
  unstable_cache(
    () => loadSitemapChunks(section, chunkSize),
    ["sitemap-chunks", section, String(chunkSize)],
    {
      tags: [publicTag.lists],
      revalidate: PUBLIC_CACHE_SECONDS,
    },
  )();

const cachedSitemapBatch = (chunk: SitemapChunk, after: string | null) =>
  unstable_cache(
    () => loadSitemapBatch(chunk, after),
    ["sitemap-batch", chunk.section, chunk.firstKey, chunk.lastKey, after ?? ""],
    { tags: [publicTag.lists], revalidate: PUBLIC_CACHE_SECONDS },
  )();

/** Where the sitemap's rows come from: the database (tests), or the same through the page cache (routes). */
export interface SitemapSource {
  chunks(section: SitemapSection, chunkSize: number): Promise<SitemapChunk[]>;
  batch(chunk: SitemapChunk, after: string | null): Promise<{ entries: SitemapEntry[]; next: string | null }>;
}
export const uncachedSitemapSource: SitemapSource = {
  chunks: loadSitemapChunks,
  batch: (chunk, after) => loadSitemapBatch(chunk, after),
};
export const cachedSitemapSource: SitemapSource = { chunks: cachedSitemapChunks, batch: cachedSitemapBatch };

/** Claims approved in the news window before `now` (newest first, at most `limit`), as the news sitemap lists them. */
export async function loadNewsEntries(now: Date, limit = 1_000): Promise<NewsEntry[]> {
  const rows = await prisma.claim.findMany({
    where: {
      status: "APPROVED",
      deletedAt: null,
      publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS) },
    },
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: limit,
    select: { slug: true, kind: true, quote: true, publishedAt: true, speaker: { select: { name: true } } },
  });
  return rows.map((c) => ({
    path: sectionPath("claims", c.slug),
    title: entryTitle(c),
    publishedAt: iso(c.publishedAt ?? now),
  }));
}

/**
 * The same, cached under the lists tag. The window moves with time, not with changes: the cached
 * rows may start up to PUBLIC_CACHE_SECONDS early, and the route cuts them again at its own now.
 */
export function newsEntries(): Promise<NewsEntry[]> {
  return unstable_cache(() => loadNewsEntries(new Date()), ["sitemap-news"], {
    tags: [publicTag.lists],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/** A feed of one speaker or topic: what it is called, and its newest approved claims. */
export interface ScopedFeed {
  name: string;
  claims: PublicClaimSummary[];
}

export const FEED_LENGTH = 50;

const newestApproved = (where: Prisma.ClaimWhereInput) =>
  prisma.claim.findMany({
    where: { ...where, status: "APPROVED", deletedAt: null },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
    take: FEED_LENGTH,
    select: publicSummarySelect,
  });

/** A speaker's feed; null when the speaker has no public page (unknown, deleted, nothing public). */
export async function loadSpeakerFeed(slug: string): Promise<ScopedFeed | null> {
  const speaker = await prisma.speaker.findFirst({
    where: { slug, deletedAt: null, claims: { some: publicClaimWhere } },
    select: { id: true, name: true },
  });
  if (!speaker) return null;
  return {
    name: speaker.name,
    claims: (await newestApproved({ speakerId: speaker.id })).map(toPublicClaimSummary),
  };
}

/** A topic's feed; null for an unknown topic (a topic without claims has a page, and an empty feed). */
export async function loadTopicFeed(slug: string): Promise<ScopedFeed | null> {
  const topic = await prisma.topic.findUnique({ where: { slug }, select: { id: true, nameVi: true } });
  if (!topic) return null;
  return {
    name: topic.nameVi,
    claims: (await newestApproved({ topics: { some: { topicId: topic.id } } })).map(toPublicClaimSummary),
  };
}

/** Cached under the speaker's tag: every change to one of their public claims expires it, as it does their page. */
export function speakerFeed(slug: string): Promise<ScopedFeed | null> {
  return unstable_cache(() => loadSpeakerFeed(slug), ["feed-speaker", slug], {
    tags: [publicTag.speaker(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/** Cached under the topic's tag, like the topic's page. */
export function topicFeed(slug: string): Promise<ScopedFeed | null> {
  return unstable_cache(() => loadTopicFeed(slug), ["feed-topic", slug], {
    tags: [publicTag.topic(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}
