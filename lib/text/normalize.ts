/**
 * Vietnamese-aware text normalisation. Every text that enters the database goes through
 * `normalizeText` (NFC, no zero-width characters, tidy whitespace); search and duplicate
 * detection compare `foldText` output (no diacritics, no tone marks, đ → d, lower case).
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFC, zero-width characters removed, non-breaking spaces made plain, lines trimmed at the end. */
export function normalizeText(input: string): string {
  return (
    input
      .normalize("NFC")
      .replace(ZERO_WIDTH, "")
      .replace(/[\u00A0\u2007\u202F]/g, " ")
      .replace(/\r\n?/g, "\n")
      // Only from the start of a run of blanks: tried at every blank of a long run not followed by
      // a newline, the plain /[ \t]+\n/ is quadratic (200,000 spaces took a minute on the request).
      .replace(/(?<![ \t])[ \t]+\n/g, "\n")
  );
}

/** Article text as stored: normalised and trimmed. Its hash identifies the article. */
export function normalizeArticleText(input: string): string {
  return normalizeText(input).trim();
}

/** Single-line field: normalised, inner whitespace collapsed, trimmed. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/\s+/g, " ").trim();
}

/**
 * Removes every diacritic and tone mark (so `hoà` and `hòa` both become `hoa`), maps đ/Đ
 * (not combining marks) to d, lower-cases. Code-point count may change: use only for matching.
 */
export function foldText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .normalize("NFC");
}

/** Folded and stripped of punctuation: the key for "same statement" comparisons. */
export function statementKey(input: string): string {
  return foldText(normalizeText(input))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** URL-safe ASCII slug from any (Vietnamese) text. */
export function slugify(input: string, maxLength = 80): string {
  const slug = foldText(normalizeText(input))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "") || "item";
}
