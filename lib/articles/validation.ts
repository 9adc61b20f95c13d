import { z } from "zod";
import { dayField, idField, lineField, optional, urlField } from "../validation/common";
import { normalizeArticleText } from "../text/normalize";

export const MAX_ARTICLE_CHARS = 200_000;

/** Article text keeps its line breaks: appearance offsets point into it exactly. */
const articleText = z
  .string({ error: "Article text must be text." })
  .max(MAX_ARTICLE_CHARS * 2, {
    error: `Article text is too long (at most ${MAX_ARTICLE_CHARS} characters).`,
  })
  .refine((s) => s.isWellFormed(), { error: "Article text contains invalid Unicode." })
  .transform((s) => normalizeArticleText(s))
  .pipe(
    z
      .string()
      .min(20, { error: "Article text is too short (at least 20 characters)." })
      .max(MAX_ARTICLE_CHARS, { error: "Article text is too long." }),
  );

export const articleInputSchema = z.strictObject({
  outletId: idField,
  title: lineField(300, "Title"),
  byline: optional(lineField(200, "Byline")),
  url: optional(urlField),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { error: "Language must be a BCP 47 tag such as vi or en." })
    .default("vi"),
  publishedAt: optional(dayField),
  text: articleText,
  /** The archived copy fetched from the article's URL (lib/ingest/url/), kept with the article. */
  snapshotId: optional(idField),
});
export type ArticleInput = z.output<typeof articleInputSchema>;

/** "Fetch" on the ingestion screen: the article's address. */
export const articleFetchSchema = z.strictObject({ url: urlField });

/** A corrected text for a stored article (the outlet corrected it, or the page was fetched again). */
export const articleTextRevisionSchema = z.strictObject({
  text: articleText,
  /** The content hash of the text the editor corrected: someone else's correction meanwhile is a conflict. */
  expectedHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: "expectedHash must be the article's SHA-256 (64 hex digits)." }),
  snapshotId: optional(idField),
});
export type ArticleTextRevisionInput = z.output<typeof articleTextRevisionSchema>;
