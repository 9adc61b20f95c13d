/**
 * W3C Web Annotation selectors over article text. Offsets are Unicode code points (not UTF-16
 * units), so an emoji or astral character before a quote does not shift its anchor.
 *
 * Everything here is linear in the length of the text: offsets are converted in one pass
 * (`codePointIndex`), never by re-counting the text from its start for each match, and
 * re-anchoring by quote considers a bounded number of occurrences of a quote that is long enough
 * to mean something (`MIN_REANCHOR_QUOTE_LENGTH`, `MAX_REANCHOR_CANDIDATES`).
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

/**
 * A quote whose stored offsets no longer hold is looked for elsewhere in the text only when it
 * has at least this many code points: a shorter one ("a", "ở") occurs everywhere and says
 * nothing about where the span went. At its stored offsets any non-empty quote is accepted.
 */
export const MIN_REANCHOR_QUOTE_LENGTH = 3;

/** Re-anchoring by quote scores at most this many occurrences, the nearest to the stored offset. */
export const MAX_REANCHOR_CANDIDATES = 1000;

/** The string as an array of code points (never splits a surrogate pair). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Converts a UTF-16 index into a code-point index. O(index): for many indices use `codePointIndex`. */
export function utf16ToCodePointIndex(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, utf16Index));
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export interface CodePointIndex {
  /** Same as `utf16ToCodePointIndex(text, i)`, in O(1) for an integer 0 <= i <= text.length. */
  toCodePoint(utf16Index: number): number;
  /** Same as `codePointLength(text.slice(start, end))`, in O(1) for integer offsets within the text. */
  count(start: number, end: number): number;
}

/**
 * One pass over `text` (O(n), no allocation when it has no astral characters) after which any
 * UTF-16 offset converts to code points in constant time. A code point is counted as the string
 * iterator counts it: a high surrogate followed by a low one is one, a lone surrogate is one.
 */
export function codePointIndex(text: string): CodePointIndex {
  const n = text.length;
  // pairsBefore[i]: surrogate pairs lying wholly in text[0, i).
  let pairsBefore: Int32Array | null = null;
  for (let i = 0; i + 1 < n; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairsBefore = new Int32Array(n + 1);
      break;
    }
  }
  if (pairsBefore) {
    let pairs = 0;
    pairsBefore[0] = 0;
    for (let i = 1; i <= n; i++) {
      if (i >= 2 && isHigh(text.charCodeAt(i - 2)) && isLow(text.charCodeAt(i - 1))) pairs++;
      pairsBefore[i] = pairs;
    }
  }
  const valid = (i: number) => Number.isInteger(i) && i >= 0 && i <= n;
  const before = (i: number) => (pairsBefore ? pairsBefore[i]! : 0);
  return {
    toCodePoint(i) {
      return valid(i) ? i - before(i) : utf16ToCodePointIndex(text, i);
    },
    count(start, end) {
      if (!valid(start) || !valid(end)) return codePointLength(text.slice(start, end));
      if (end <= start) return 0;
      // Pairs inside [start, end) = pairs ending by `end` minus those starting before `start`.
      return end - start - (before(end) - before(start + 1));
    },
  };
}

/** UTF-16 index reached by walking `cps` code points forward from UTF-16 index `from`. */
function advance(text: string, from: number, cps: number): number {
  let i = from;
  for (let k = 0; k < cps && i < text.length; k++) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** UTF-16 index reached by walking `cps` code points back from UTF-16 index `from`. */
function retreat(text: string, from: number, cps: number): number {
  let i = from;
  for (let k = 0; k < cps && i > 0; k++) {
    i -= i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? 2 : 1;
  }
  return i;
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

/** Builds both selectors for the span [start, end) (code points) of `text`; `context` is a whole number. */
export function spanAt(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextSpan {
  const length = codePointLength(text);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
    throw new RangeError(`Span ${start}..${end} is outside the text (length ${length})`);
  }
  const from = Math.max(0, start - context);
  const uFrom = advance(text, 0, from);
  const uStart = advance(text, uFrom, start - from);
  const uEnd = advance(text, uStart, end - start);
  const uTo = advance(text, uEnd, context);
  return {
    start,
    end,
    exact: text.slice(uStart, uEnd),
    prefix: text.slice(uFrom, uStart),
    suffix: text.slice(uEnd, uTo),
  };
}

/**
 * The code-point start offset of each occurrence of `exact` in `text` (at most `limit`), in one
 * pass over the text.
 */
export function findOccurrences(text: string, exact: string, limit = Number.POSITIVE_INFINITY): number[] {
  if (!exact) return [];
  const found: number[] = [];
  let index: CodePointIndex | null = null;
  let from = 0;
  while (found.length < limit) {
    const at = text.indexOf(exact, from);
    if (at < 0) break;
    index ??= codePointIndex(text);
    found.push(index.toCodePoint(at));
    from = at + 1;
  }
  return found;
}

/** Span of the `occurrence`-th match of `exact` in `text`, or null when it is not there. */
export function locateQuote(text: string, exact: string, occurrence = 0): TextSpan | null {
  const start = findOccurrences(text, exact, occurrence + 1)[occurrence];
  if (start === undefined) return null;
  return spanAt(text, start, start + codePointLength(exact));
}

/** Does an occurrence of `exact` at UTF-16 index `at` start and end on code-point boundaries? */
function onBoundaries(text: string, at: number, length: number): boolean {
  const splits = (i: number) =>
    i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
  return !splits(at) && !splits(at + length);
}

/**
 * UTF-16 indices of the occurrences of `exact` nearest to UTF-16 index `anchor` (at most `max`,
 * on code-point boundaries), in text order. Scans outwards from the anchor, so the work is
 * bounded by the region it covers.
 */
function nearestOccurrences(text: string, exact: string, anchor: number, max: number): number[] {
  const found: number[] = [];
  let ahead = text.indexOf(exact, anchor);
  let behind = anchor > 0 ? text.lastIndexOf(exact, anchor - 1) : -1;
  while (found.length < max && (ahead >= 0 || behind >= 0)) {
    const takeBehind = behind >= 0 && (ahead < 0 || anchor - behind <= ahead - anchor);
    const at = takeBehind ? behind : ahead;
    if (onBoundaries(text, at, exact.length)) found.push(at);
    if (takeBehind) behind = behind > 0 ? text.lastIndexOf(exact, behind - 1) : -1;
    else ahead = text.indexOf(exact, ahead + 1);
  }
  return found.sort((a, b) => a - b);
}

/**
 * Re-anchors a stored span on (possibly edited) text: trusts the position when the exact
 * text is still there, otherwise picks the occurrence of `exact` whose prefix/suffix match
 * best (among the `MAX_REANCHOR_CANDIDATES` nearest the stored offset; ties go to the nearest).
 * Returns null when the quote is gone, or is shorter than `MIN_REANCHOR_QUOTE_LENGTH` and not at
 * its stored offsets.
 */
export function reanchor(text: string, selector: TextSpan): TextSpan | null {
  if (sliceCodePoints(text, selector.start, selector.end) === selector.exact) {
    return spanAt(text, selector.start, selector.end);
  }
  const len = codePointLength(selector.exact);
  if (len < MIN_REANCHOR_QUOTE_LENGTH) return null;
  const anchor = codePointToUtf16Index(text, selector.start);
  const positions = nearestOccurrences(text, selector.exact, anchor, MAX_REANCHOR_CANDIDATES);
  if (positions.length === 0) return null;
  const index = codePointIndex(text);
  const wantedPrefix = codePoints(selector.prefix);
  const wantedSuffix = codePoints(selector.suffix);
  let best: { start: number; score: number } | undefined;
  for (const at of positions) {
    const start = index.toCodePoint(at);
    const after = at + selector.exact.length;
    const prefix = codePoints(text.slice(retreat(text, at, CONTEXT_LENGTH), at));
    const suffix = codePoints(text.slice(after, advance(text, after, CONTEXT_LENGTH)));
    const score =
      commonSuffixLength(prefix, wantedPrefix) +
      commonPrefixLength(suffix, wantedSuffix) -
      Math.abs(start - selector.start) / 1e6;
    if (!best || score > best.score) best = { start, score };
  }
  return best ? spanAt(text, best.start, best.start + len) : null;
}

function commonPrefixLength(x: string[], y: string[]): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

function commonSuffixLength(x: string[], y: string[]): number {
  let i = 0;
  while (i < x.length && i < y.length && x[x.length - 1 - i] === y[y.length - 1 - i]) i++;
  return i;
}
