// The text selectors before they were made linear (commit 8d26cfb), verbatim: the oracle for
// tests/unit/selectors-linear.test.ts. Quadratic: test inputs only.
/**
 * W3C Web Annotation selectors over article text. Offsets are Unicode code points (not UTF-16
 * units), so an emoji or astral character before a quote does not shift its anchor.
 */

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export type TextSpan = TextQuoteSelector & TextPositionSelector;

export const CONTEXT_LENGTH = 32;

/** The string as an array of code points (never splits a surrogate pair). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Converts a UTF-16 index into a code-point index. */
export function utf16ToCodePointIndex(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, utf16Index));
}

/** Converts a code-point index into a UTF-16 index. */
export function codePointToUtf16Index(text: string, cpIndex: number): number {
  let cp = 0;
  let i = 0;
  while (cp < cpIndex && i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    cp++;
  }
  return i;
}

/** Substring by code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(codePointToUtf16Index(text, start), codePointToUtf16Index(text, end));
}

/** Builds both selectors for the span [start, end) (code points) of `text`. */
export function spanAt(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextSpan {
  const cps = codePoints(text);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > cps.length || start >= end) {
    throw new RangeError(`Span ${start}..${end} is outside the text (length ${cps.length})`);
  }
  return {
    start,
    end,
    exact: cps.slice(start, end).join(""),
    prefix: cps.slice(Math.max(0, start - context), start).join(""),
    suffix: cps.slice(end, end + context).join(""),
  };
}

/** Every code-point start offset at which `exact` occurs in `text`. */
export function findOccurrences(text: string, exact: string): number[] {
  if (!exact) return [];
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(exact, from);
    if (at < 0) break;
    found.push(utf16ToCodePointIndex(text, at));
    from = at + 1;
  }
  return found;
}

/** Span of the `occurrence`-th match of `exact` in `text`, or null when it is not there. */
export function locateQuote(text: string, exact: string, occurrence = 0): TextSpan | null {
  const start = findOccurrences(text, exact)[occurrence];
  if (start === undefined) return null;
  return spanAt(text, start, start + codePointLength(exact));
}

/**
 * Re-anchors a stored span on (possibly edited) text: trusts the position when the exact
 * text is still there, otherwise picks the occurrence of `exact` whose prefix/suffix match
 * best. Returns null when the quote is gone.
 */
export function reanchor(text: string, selector: TextSpan): TextSpan | null {
  if (sliceCodePoints(text, selector.start, selector.end) === selector.exact) {
    return spanAt(text, selector.start, selector.end);
  }
  const starts = findOccurrences(text, selector.exact);
  if (starts.length === 0) return null;
  const len = codePointLength(selector.exact);
  let best: { start: number; score: number } | undefined;
  for (const start of starts) {
    const candidate = spanAt(text, start, start + len);
    const score =
      commonSuffixLength(candidate.prefix, selector.prefix) +
      commonPrefixLength(candidate.suffix, selector.suffix) -
      Math.abs(start - selector.start) / 1e6;
    if (!best || score > best.score) best = { start, score };
  }
  return best ? spanAt(text, best.start, best.start + len) : null;
}

function commonPrefixLength(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  let i = 0;
  while (i < x.length && i < y.length && x[x.length - 1 - i] === y[y.length - 1 - i]) i++;
  return i;
}
