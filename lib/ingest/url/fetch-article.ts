/**
 * An article taken from its URL: fetched on the server under the public-address rules
 * (lib/net/fetch-public.ts), decoded, its main text and metadata read (read-article.ts), and the
 * page kept as an archived copy (ArticleSnapshot: the HTML as received, the extracted text, the
 * bytes' hash, when). The editor sees the fields filled in and stores the article as usual with
 * the snapshot's id, which ties the archived copy to it (lib/articles/service.ts).
 */
import { createHash } from "node:crypto";
import { recordAudit } from "../../audit/record";
import { prisma } from "../../db";
import { env } from "../../env";
import { AppError } from "../../errors";
import { FetchError, fetchPublic, type FetchLimits } from "../../net/fetch-public";
import { assertRole, type Actor } from "../../permissions";
import { foldText } from "../../text/normalize";
import { decodePage } from "./decode";
import { readArticle, type ReadArticle } from "./read-article";

export interface FetchedArticlePage extends ReadArticle {
  requestedUrl: string;
  /** After redirects. */
  url: string;
  httpStatus: number;
  contentType: string | null;
  charset: string;
  html: string;
  /** sha256 of the bytes received. */
  contentHash: string;
  fetchedAt: Date;
}

const READABLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const MIN_TEXT_CHARS = 20;
/** Fetched copies never stored as an article are kept a day: the editor may still store it. */
const UNUSED_SNAPSHOT_MS = 24 * 3600_000;

/** A failed fetch as the error a person is shown: what went wrong, in stable words. */
export function fetchProblemError(error: FetchError): AppError {
  const field = { fields: { url: [error.message] } };
  switch (error.problem) {
    case "private_address":
      return new AppError("VALIDATION", error.message, field, "private_address");
    case "unresolvable":
      return new AppError("VALIDATION", error.message, field, "unresolvable_host");
    case "credentials":
      return new AppError("VALIDATION", error.message, field, "url_credentials");
    case "invalid_url":
    case "scheme":
      return new AppError("VALIDATION", error.message, field);
    case "too_large":
      return new AppError("PAYLOAD_TOO_LARGE", error.message, field, "page_too_large");
    default:
      return new AppError("VALIDATION", error.message, field, "page_unreachable");
  }
}

/** Fetches and reads a page (no database): the CLI and the dashboard both come through here. */
export async function fetchArticlePage(
  rawUrl: string,
  options: { allowedHosts?: readonly string[]; limits?: Partial<FetchLimits> } = {},
): Promise<FetchedArticlePage> {
  let answer: Awaited<ReturnType<typeof fetchPublic>>;
  try {
    answer = await fetchPublic(rawUrl, {
      allowedHosts: options.allowedHosts ?? env.INGEST_ALLOWED_HOSTS,
      limits: options.limits,
    });
  } catch (error) {
    if (error instanceof FetchError) throw fetchProblemError(error);
    throw error;
  }
  if (answer.contentType && !READABLE_TYPES.test(answer.contentType)) {
    throw new AppError(
      "VALIDATION",
      `This address is not a web page (${answer.contentType.split(";")[0]}).`,
      { fields: { url: ["Not a web page."] } },
      "no_article_text",
    );
  }
  const { html, charset } = decodePage(answer.body, answer.contentType);
  const plain = /^text\/plain/i.test(answer.contentType ?? "");
  const read: ReadArticle = plain
    ? {
        title: null,
        text: html.normalize("NFC").trim(),
        byline: null,
        siteName: null,
        publishedAt: null,
        canonicalUrl: null,
        language: null,
      }
    : readArticle(html, answer.url);
  if (read.text.length < MIN_TEXT_CHARS) {
    throw new AppError(
      "VALIDATION",
      "No article text was found on this page.",
      { fields: { url: ["No article text was found on this page."] } },
      "no_article_text",
    );
  }
  return {
    ...read,
    requestedUrl: rawUrl,
    url: answer.url,
    httpStatus: answer.status,
    contentType: answer.contentType,
    charset,
    html,
    contentHash: createHash("sha256").update(answer.body).digest("hex"),
    fetchedAt: new Date(),
  };
}

const hostKey = (url: string | null | undefined) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "").toLowerCase() : null;
  } catch {
    return null;
  }
};

/** The stored outlet this page belongs to: same host as the outlet's URL, else the same name. */
async function guessOutlet(page: FetchedArticlePage): Promise<{ id: string; name: string } | null> {
  const outlets = await prisma.outlet.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, url: true },
  });
  const host = hostKey(page.canonicalUrl ?? page.url);
  const byHost = host ? outlets.find((o) => hostKey(o.url) === host) : undefined;
  if (byHost) return { id: byHost.id, name: byHost.name };
  const site = page.siteName ? foldText(page.siteName) : null;
  const byName = site ? outlets.find((o) => foldText(o.name) === site) : undefined;
  return byName ? { id: byName.id, name: byName.name } : null;
}

export interface ArticlePagePreview {
  snapshotId: string;
  url: string;
  title: string | null;
  text: string;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  outlet: { id: string; name: string } | null;
  fetchedAt: string;
}

/** The dashboard's "Fetch" button: the page read and archived, for the editor to check and store. */
export async function fetchArticleForIngest(
  actor: Actor | null,
  rawUrl: string,
): Promise<ArticlePagePreview> {
  assertRole(actor, "article.manage");
  const page = await fetchArticlePage(rawUrl);
  const outlet = await guessOutlet(page);
  const snapshot = await prisma.$transaction(async (tx) => {
    // Copies fetched more than a day ago and never stored go here (no worker needed on PGlite).
    await tx.articleSnapshot.deleteMany({
      where: { articleId: null, fetchedAt: { lt: new Date(Date.now() - UNUSED_SNAPSHOT_MS) } },
    });
    const row = await tx.articleSnapshot.create({
      data: {
        requestedUrl: page.requestedUrl,
        url: page.url,
        canonicalUrl: page.canonicalUrl,
        httpStatus: page.httpStatus,
        contentType: page.contentType,
        charset: page.charset,
        html: page.html,
        text: page.text,
        contentHash: page.contentHash,
        fetchedAt: page.fetchedAt,
        fetchedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.fetch",
      entityType: "ArticleSnapshot",
      entityId: row.id,
      after: {
        url: page.url,
        requestedUrl: page.requestedUrl,
        contentHash: page.contentHash,
        bytes: page.html.length,
      },
    });
    return row;
  });
  return {
    snapshotId: snapshot.id,
    url: page.canonicalUrl ?? page.url,
    title: page.title,
    text: page.text,
    byline: page.byline,
    publishedAt: page.publishedAt,
    siteName: page.siteName,
    outlet,
    fetchedAt: page.fetchedAt.toISOString(),
  };
}
