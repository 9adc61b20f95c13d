/**
 * Re-anchoring a stored span on a corrected article as annotation tools do (Hypothesis's
 * match-quote, whose matcher `approx-string-match` this uses): where the exact quote is still in
 * the text, the existing exact re-anchoring (selectors.ts) places it; otherwise the quote is looked
 * for with up to a quarter of its characters wrong (a corrected typo, a changed word), and each
 * approximate match is scored by how close the quote is, how well the text before and after it
 * matches the stored context, and how near it is to the old position. A match that is not close
 * enough is no match: the span is reported as lost, for a person to place, never guessed.
 */
import search from "approx-string-match";
import { codePointIndex, codePointLength, reanchor, spanAt, type TextSpan } from "./selectors";

export type Placement =
  | { kind: "same"; span: TextSpan }
  | { kind: "moved"; span: TextSpan }
  | { kind: "fuzzy"; span: TextSpan; similarity: number }
  | { kind: "lost" };

/** Below this share of matching characters a quote counts as gone (approximate matches only). */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** The search allows this share of the quote's characters to differ; longer quotes cap at 256. */
const MAX_ERROR_SHARE = 0.25;

function contextScore(text: string, wanted: string, fromEnd: boolean): number {
  if (!wanted) return 1;
  const found = search(text, wanted, Math.min(256, Math.floor(wanted.length / 2)));
  if (found.length === 0) return 0;
  // Only matches touching the quote count, so `text` is exactly the neighbouring context.
  const touching = found.filter((m) => (fromEnd ? m.end === text.length : m.start === 0));
  const best = Math.min(...(touching.length ? touching : found).map((m) => m.errors));
  return 1 - best / wanted.length;
}

export function placeSpan(text: string, stored: TextSpan): Placement {
  const exact = reanchor(text, stored);
  if (exact)
    return exact.start === stored.start ? { kind: "same", span: exact } : { kind: "moved", span: exact };
  const quote = stored.exact;
  if (quote.length < 8) return { kind: "lost" };
  const maxErrors = Math.min(256, Math.floor(quote.length * MAX_ERROR_SHARE));
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return { kind: "lost" };
  const index = codePointIndex(text);
  const length = text.length;
  let best: { start: number; end: number; score: number; similarity: number } | undefined;
  for (const m of matches) {
    const similarity = 1 - m.errors / quote.length;
    const prefix = contextScore(
      text.slice(Math.max(0, m.start - stored.prefix.length), m.start),
      stored.prefix,
      true,
    );
    const suffix = contextScore(
      text.slice(m.end, Math.min(length, m.end + stored.suffix.length)),
      stored.suffix,
      false,
    );
    const position =
      1 - Math.abs(index.toCodePoint(m.start) - stored.start) / Math.max(1, codePointLength(text));
    // Hypothesis's weights: the quote counts most, then its context, the position least.
    const score = (50 * similarity + 20 * prefix + 20 * suffix + 2 * position) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, similarity };
  }
  if (!best || best.similarity < MIN_QUOTE_SIMILARITY) return { kind: "lost" };
  const start = index.toCodePoint(best.start);
  const end = index.toCodePoint(best.end);
  if (end <= start) return { kind: "lost" };
  return { kind: "fuzzy", span: spanAt(text, start, end), similarity: best.similarity };
}
