/**
 * The article inside a news page: its main text as paragraphs, and what the page says about itself
 * (title, outlet, date, author, canonical address). Mozilla's Readability (Firefox's reader view)
 * finds the main text, on linkedom's DOM (small, no browser, works offline). Before it runs, the
 * parts of a page that are never the article — menus, related-article boxes, comments, share bars,
 * ads — are removed, because Readability keeps sibling blocks that score well and a comment or a
 * related headline ("Ông A nói: …") would otherwise become a suggested statement.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normalizeArticleText, normalizeLine } from "../../text/normalize";

export interface ReadArticle {
  title: string | null;
  /** Paragraphs separated by a blank line, NFC: what an editor would paste. */
  text: string;
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD as the page states it (its own time zone), or null. */
  publishedAt: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

const NEVER_ARTICLE =
  "script, style, noscript, template, iframe, object, embed, form, nav, footer, aside, svg, button";

// Class/id words of page furniture on Vietnamese and international news sites.
const BOILERPLATE =
  /(^|[-_\s])(comments?|binh-?luan|related|relate|lien-?quan|tinlienquan|tin-?khac|xem-?them|doc-?them|advert\w*|ads?|adv|banner|quang-?cao|social|share|sharing|breadcrumbs?|newsletter|subscribe|sidebar|menu|navigation|footer|header|popular|most-?read|recommend\w*|box-?tag|tags?|author-?box|copyright)([-_\s]|$)/i;

type El = {
  tagName: string;
  getAttribute(name: string): string | null;
  remove(): void;
  textContent: string | null;
  querySelector(s: string): El | null;
  querySelectorAll(s: string): Iterable<El>;
  children: ArrayLike<El>;
};

function meta(document: El, ...keys: string[]): string | null {
  for (const key of keys) {
    const node =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const value = node?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/** Objects of the page's JSON-LD (NewsArticle and friends), @graph flattened; bad JSON ignored. */
function jsonLd(document: El): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? "");
      const queue = Array.isArray(data) ? data : [data];
      for (const item of queue) {
        if (item && typeof item === "object") {
          const record = item as Record<string, unknown>;
          found.push(record);
          if (Array.isArray(record["@graph"])) queue.push(...(record["@graph"] as unknown[]));
        }
      }
    } catch {
      // A broken block says nothing.
    }
  }
  return found;
}

const isArticleType = (o: Record<string, unknown>) =>
  [o["@type"]].flat().some((t) => typeof t === "string" && /Article|Posting|Report/.test(t));

/** The day of an ISO-like date as written ("2025-12-20T08:00:00+07:00" → 2025-12-20), or d/m/y. */
export function dayOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(raw);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  return null;
}

function validDay(day: string | null): string | null {
  if (!day) return null;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}

function authorName(value: unknown): string | null {
  const first = [value].flat()[0];
  if (typeof first === "string") return first;
  if (first && typeof first === "object" && typeof (first as { name?: unknown }).name === "string")
    return (first as { name: string }).name;
  return null;
}

function removeFurniture(document: El): void {
  for (const node of [...document.querySelectorAll(NEVER_ARTICLE)]) node.remove();
  for (const node of [...document.querySelectorAll("[class], [id], [role]")]) {
    const role = node.getAttribute("role") ?? "";
    const words = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`;
    if (/^(navigation|complementary|banner|contentinfo|search)$/.test(role) || BOILERPLATE.test(words)) {
      // Never the element holding the article itself (some sites tag <body> or the main wrapper).
      if (
        node.tagName === "BODY" ||
        node.tagName === "HTML" ||
        node.tagName === "MAIN" ||
        node.tagName === "ARTICLE"
      )
        continue;
      node.remove();
    }
  }
}

const BLOCKS = new Set(["P", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "LI", "PRE", "FIGCAPTION", "TD"]);

/** The text of each innermost block of the readable content, in order. */
function paragraphsOf(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const out: string[] = [];
  const walk = (el: El) => {
    const kids = Array.from(el.children);
    const isBlock = BLOCKS.has(el.tagName);
    const hasBlockInside = isBlock && el.querySelector([...BLOCKS].join(",").toLowerCase()) !== null;
    if (isBlock && !hasBlockInside) {
      const line = normalizeLine(el.textContent ?? "");
      if (line) out.push(line);
      return;
    }
    if (kids.length === 0 && !isBlock) {
      const line = normalizeLine(el.textContent ?? "");
      if (line && el.tagName === "DIV") out.push(line);
      return;
    }
    for (const kid of kids) walk(kid);
  };
  walk(document.body as unknown as El);
  return out;
}

export function readArticle(html: string, pageUrl: string): ReadArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as El;
  const ld = jsonLd(doc).filter(isArticleType);
  const ldFirst = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined);

  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(doc, "og:url") ?? null;
  let canonicalUrl: string | null = null;
  try {
    canonicalUrl = canonical ? new URL(canonical, pageUrl).href : null;
  } catch {
    canonicalUrl = null;
  }
  const publishedAt = validDay(
    dayOf(
      meta(doc, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate") ??
        (typeof ldFirst("datePublished") === "string" ? (ldFirst("datePublished") as string) : null) ??
        doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
        null,
    ),
  );
  const metaTitle =
    meta(doc, "og:title", "twitter:title") ??
    (typeof ldFirst("headline") === "string" ? (ldFirst("headline") as string) : null);
  const h1 = doc.querySelector("h1")?.textContent ?? null;
  const language = doc.querySelector("html")?.getAttribute("lang")?.trim() || null;
  const metaAuthor = meta(doc, "author", "article:author");
  const byline =
    authorName(ldFirst("author")) ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null);
  const siteName =
    meta(doc, "og:site_name", "application-name") ?? authorName((ldFirst("publisher") as unknown) ?? null);

  removeFurniture(doc);
  const parsed = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const title = normalizeLine(metaTitle ?? h1 ?? parsed?.title ?? "") || null;
  // The headline repeated as the first block is not the article's text.
  const headlines = new Set([
    title,
    h1 ? normalizeLine(h1) : null,
    parsed?.title ? normalizeLine(parsed.title) : null,
  ]);
  if (paragraphs[0] && headlines.has(paragraphs[0])) paragraphs.shift();

  return {
    title,
    text: normalizeArticleText(paragraphs.join("\n\n")),
    byline: byline ? normalizeLine(byline) || null : null,
    siteName: siteName ? normalizeLine(siteName) || null : null,
    publishedAt,
    canonicalUrl,
    language,
  };
}
