import { PUBLIC_LOCALES, pathIn } from "../../i18n/public-paths";
import { xmlText } from "./xml";

/**
 * Sitemaps (sitemaps.org 0.9), the Google News sitemap and robots.txt, as text. Pure functions:
 * the routes (app/sitemap.xml, app/sitemaps/[file], app/sitemap-news.xml, app/robots.txt) read
 * the rows (lib/feeds/sitemap-queries.ts) and hand them here.
 */
export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";
/** The protocol's limit of URLs in one sitemap file (and of sitemaps in one index). */
export const MAX_SITEMAP_URLS = 50_000;
/** Google News reads at most this many URLs from one news sitemap. */
export const MAX_NEWS_URLS = 1_000;
/** The news sitemap lists articles published in this window. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

export const SITEMAP_PATH = "/sitemap.xml";
export const NEWS_SITEMAP_PATH = "/sitemap-news.xml";

/** What a sitemap lists: claim pages, speaker pages, topic pages, each chunked on its own. */
export const SITEMAP_SECTIONS = ["claims", "speakers", "topics"] as const;
export type SitemapSection = (typeof SITEMAP_SECTIONS)[number];

/** One page of the site: its path and when what it shows last changed. */
export interface SitemapEntry {
  path: string;
  /** ISO instant (plain JSON: the rows are cached). */
  lastmod: string;
}

/** One chunk of a section: which rows it holds (keyset bounds) and its newest change. */
export interface SitemapChunk {
  section: SitemapSection;
  /** 1-based, in the order of the section's keys. */
  n: number;
  /** Keys (ids) of the chunk's first and last row: the chunk is read as first ≤ id ≤ last. */
  firstKey: string;
  lastKey: string;
  count: number;
  lastmod: string;
}

export const sectionPath = (section: SitemapSection, slug: string) => `/${section}/${slug}`;
export const chunkPath = (section: SitemapSection, n: number) => `/sitemaps/${section}-${n}.xml`;

/** `claims-3.xml` → { section: "claims", n: 3 }; null for any other name. */
export function parseChunkFile(file: string): { section: SitemapSection; n: number } | null {
  const m = /^(claims|speakers|topics)-([1-9][0-9]{0,6})\.xml$/.exec(file);
  return m ? { section: m[1] as SitemapSection, n: Number(m[2]) } : null;
}

/** The chunk size a caller asked for, held to the protocol's range (tests force small chunks). */
export function checkedChunkSize(size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > MAX_SITEMAP_URLS) {
    throw new RangeError(`sitemap chunk size must be an integer from 1 to ${MAX_SITEMAP_URLS}, not ${size}`);
  }
  return size;
}

/** One file when everything fits in a chunk; otherwise an index of every section's chunks. */
export function isIndexForm(chunks: SitemapChunk[], chunkSize: number): boolean {
  return chunks.reduce((n, c) => n + c.count, 0) > checkedChunkSize(chunkSize);
}

/** W3C Datetime, as the protocol asks (an ISO instant in UTC is one). */
const w3cDate = (iso: string) => new Date(iso).toISOString();

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The opening of a <urlset>: its entries are written one by one (a chunk is read in batches). */
export function urlsetOpen(): string {
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n`;
}
export const URLSET_CLOSE = "</urlset>\n";

/**
 * One page, with its versions in every public language (`xhtml:link` hreflang, Vietnamese being
 * x-default): search engines learn the English pages from here without the sitemap listing every
 * page twice (a chunk stays at most 50,000 URLs).
 */
export function urlEntry(siteUrl: string, e: SitemapEntry): string {
  const url = (path: string) => xmlText(`${siteUrl}${path}`);
  const alternates = [
    ...PUBLIC_LOCALES.map((l) => [l, pathIn(l, e.path)] as const),
    ["x-default", e.path] as const,
  ]
    .map(([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(path)}"/>`)
    .join("");
  return `  <url><loc>${url(e.path)}</loc><lastmod>${w3cDate(e.lastmod)}</lastmod>${alternates}</url>\n`;
}

/** A whole <urlset> (small lists; chunks are written with urlsetOpen/urlEntry as they are read). */
export function urlset(siteUrl: string, entries: SitemapEntry[]): string {
  return urlsetOpen() + entries.map((e) => urlEntry(siteUrl, e)).join("") + URLSET_CLOSE;
}

/** The index: one <sitemap> per chunk, and the news sitemap. */
export function sitemapIndex(siteUrl: string, chunks: SitemapChunk[], newsLastmod: string | null): string {
  const item = (path: string, lastmod: string | null) =>
    `  <sitemap><loc>${xmlText(`${siteUrl}${path}`)}</loc>${lastmod ? `<lastmod>${w3cDate(lastmod)}</lastmod>` : ""}</sitemap>\n`;
  return (
    `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n` +
    chunks.map((c) => item(chunkPath(c.section, c.n), c.lastmod)).join("") +
    item(NEWS_SITEMAP_PATH, newsLastmod) +
    "</sitemapindex>\n"
  );
}

/** A claim as the news sitemap shows it. */
export interface NewsEntry {
  path: string;
  title: string;
  publishedAt: string;
}

/** The claims of `entries` published in the 48 hours before `now`, newest first, at most 1,000. */
export function inNewsWindow(entries: NewsEntry[], now: Date): NewsEntry[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  const at = (e: NewsEntry) => new Date(e.publishedAt).getTime();
  return entries
    .filter((e) => at(e) >= since && at(e) <= now.getTime())
    .sort((a, b) => at(b) - at(a) || a.path.localeCompare(b.path))
    .slice(0, MAX_NEWS_URLS);
}

/** The Google News sitemap of the entries (already windowed with inNewsWindow). */
export function newsSitemap(
  siteUrl: string,
  entries: NewsEntry[],
  publication: { name: string; language: string },
): string {
  const items = entries
    .map(
      (e) => `  <url>
    <loc>${xmlText(`${siteUrl}${e.path}`)}</loc>
    <news:news>
      <news:publication>
        <news:name>${xmlText(publication.name)}</news:name>
        <news:language>${xmlText(publication.language)}</news:language>
      </news:publication>
      <news:publication_date>${w3cDate(e.publishedAt)}</news:publication_date>
      <news:title>${xmlText(e.title)}</news:title>
    </news:news>
  </url>\n`,
    )
    .join("");
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${items}</urlset>\n`;
}

/** Staff pages and the private API: crawlers have nothing to read there (the public read API stays open). */
export const ROBOTS_DISALLOW = ["/dashboard", "/api", "/signin", "/account", "/admin"];
export const ROBOTS_ALLOW = ["/api/v1/"];

export function robotsTxt(siteUrl: string): string {
  return [
    "User-agent: *",
    ...ROBOTS_ALLOW.map((p) => `Allow: ${p}`),
    ...ROBOTS_DISALLOW.map((p) => `Disallow: ${p}`),
    "",
    `Sitemap: ${siteUrl}${SITEMAP_PATH}`,
    `Sitemap: ${siteUrl}${NEWS_SITEMAP_PATH}`,
    "",
  ].join("\n");
}
