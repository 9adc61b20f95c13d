import { negationCues, OPPOSITES, type Cue } from "./cues";
import { tokenize, type Token } from "./tokens";
import { compatible, conflicting, extractValues, type Value } from "./values";

/**
 * Does a later statement by the same speaker contradict an earlier one, or change its position?
 * Pure and cheap (linear in the two statements' lengths, no dictionary look-ups beyond the short
 * lists in cues.ts), so it runs inside the claim's own transaction for a bounded set of candidates.
 *
 * - CONTRADICTS: the two are about the same thing (most content words shared) and one is negated
 *   (không, chưa, phủ nhận, bác bỏ, từ chối, …) while the other affirms, or they use opposite
 *   verbs (tăng / giảm).
 * - UPDATES: same polarity, same wording around it, but a number, date, place or named party was
 *   replaced by another (30% → 45%, tháng 6 → tháng 12, Istanbul → Riyadh).
 *
 * Highlights are code-point offsets into each statement's NFC text (lib/text/selectors.ts).
 */
export type SuggestedType = "CONTRADICTS" | "UPDATES";

export interface Highlight {
  start: number;
  end: number;
}

export type Reason = "polarity" | "opposite" | "number" | "date" | "party";

export interface Comparison {
  type: SuggestedType | null;
  /** How much of the shorter statement's content the other shares (0–1). */
  similarity: number;
  reasons: Reason[];
  /** Words that differ, in the earlier (`a`) and the later (`b`) statement. */
  highlightsA: Highlight[];
  highlightsB: Highlight[];
}

/** Thresholds (tuned on tests/fixtures/link-gold/dev.jsonl only). */
export const MIN_SIMILARITY_CONTRADICTS = 0.6;
export const MIN_SIMILARITY_UPDATES = 0.6;

/** Function words: they carry no subject, so sharing them says nothing. */
const STOPWORDS = new Set(
  (
    "và của là có được đã sẽ đang các những một cho với tại trong từ về này đó nào vào ra lên bị thì mà để " +
    "khi nếu do theo như cũng vẫn rằng chúng tôi ta họ ở đến tới sau trước hết bất kỳ mọi việc điều sự " +
    "khoảng hơn so nhất rất đều còn lại nay đây hiện thêm ông bà anh chị vừa mới luôn ngày tháng năm quý " +
    "cả tất nhiều ít gì ai đâu vì nên thể cần phải"
  ).split(" "),
);

interface Parsed {
  text: string;
  tokens: Token[];
  cues: Cue[];
  values: Value[];
  /** Folded content words (no stopwords, cues, numbers). */
  content: Set<string>;
  /** Folded capitalised words that are not the first of a sentence: names of places and parties. */
  names: Map<string, Token[]>;
}

/** Statements parsed lately: a claim is compared with up to 50 candidates, and parsed once for all. */
const parsedCache = new Map<string, Parsed>();
function parse(statement: string): Parsed {
  const known = parsedCache.get(statement);
  if (known) return known;
  if (parsedCache.size > 500) parsedCache.clear();
  const parsed = parseStatement(statement);
  parsedCache.set(statement, parsed);
  return parsed;
}

function parseStatement(statement: string): Parsed {
  const { text, tokens } = tokenize(statement);
  const cues = negationCues(tokens);
  const inCue = new Set<number>();
  for (const c of cues) for (let k = 0; k < c.length; k++) inCue.add(c.index + k);
  const values = extractValues(text);
  const inValue = (t: Token) => values.some((v) => t.start >= v.start && t.end <= v.end);
  const content = new Set<string>();
  const names = new Map<string, Token[]>();
  tokens.forEach((t, i) => {
    if (t.kind === "number" || inCue.has(i) || inValue(t)) return;
    if (!STOPWORDS.has(t.lower)) content.add(t.fold);
    // A lone capital ("phương án A") is a label, not a place or a party.
    if (t.capital && !t.initial && Array.from(t.text).length > 1)
      names.set(t.fold, [...(names.get(t.fold) ?? []), t]);
  });
  return { text, tokens, cues, values, content, names };
}

function overlap(a: Set<string>, b: Set<string>, ignore: Set<string> = new Set()): number {
  const x = [...a].filter((w) => !ignore.has(w));
  const y = new Set([...b].filter((w) => !ignore.has(w)));
  const smaller = Math.min(x.length, y.size);
  if (smaller === 0) return 0;
  return x.filter((w) => y.has(w)).length / smaller;
}

/** Words of `a` that `b` does not have (by folded form), as highlights. */
function wordsMissingFrom(a: Parsed, b: Parsed): Highlight[] {
  const other = new Set(b.tokens.map((t) => t.fold));
  return a.tokens
    .filter((t) => !other.has(t.fold) && !STOPWORDS.has(t.lower))
    .map((t) => ({ start: t.start, end: t.end }));
}

/** Sorted, overlapping or touching highlights merged. */
export function mergeHighlights(list: Highlight[]): Highlight[] {
  const sorted = [...list].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Highlight[] = [];
  for (const h of sorted) {
    const last = out.at(-1);
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ ...h });
  }
  return out;
}

function hasWord(p: Parsed, word: string): Token | undefined {
  return p.tokens.find((t) => t.lower === word);
}

const none = (similarity: number): Comparison => ({
  type: null,
  similarity,
  reasons: [],
  highlightsA: [],
  highlightsB: [],
});

/** Compares an earlier statement `a` with a later one `b` by the same speaker. */
export function compareStatements(a: string, b: string): Comparison {
  const pa = parse(a);
  const pb = parse(b);
  const similarity = overlap(pa.content, pb.content);

  // Polarity: one negated, the other not.
  const negA = pa.cues.length > 0;
  const negB = pb.cues.length > 0;
  const highlightsA: Highlight[] = [];
  const highlightsB: Highlight[] = [];
  const reasons: Reason[] = [];
  if (negA !== negB) {
    reasons.push("polarity");
    for (const c of pa.cues) highlightsA.push({ start: c.start, end: c.end });
    for (const c of pb.cues) highlightsB.push({ start: c.start, end: c.end });
  }
  for (const [x, y] of OPPOSITES) {
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      const ta = hasWord(pa, p);
      const tb = hasWord(pb, q);
      if (ta && tb && !hasWord(pa, q) && !hasWord(pb, p)) {
        reasons.push("opposite");
        highlightsA.push({ start: ta.start, end: ta.end });
        highlightsB.push({ start: tb.start, end: tb.end });
      }
    }
  }
  if (reasons.length && similarity >= MIN_SIMILARITY_CONTRADICTS) {
    return {
      type: "CONTRADICTS",
      similarity,
      reasons,
      highlightsA: mergeHighlights([...highlightsA, ...wordsMissingFrom(pa, pb)]),
      highlightsB: mergeHighlights([...highlightsB, ...wordsMissingFrom(pb, pa)]),
    };
  }
  if (reasons.length) return none(similarity);

  // Same polarity: a value or a name replaced by another, the rest of the wording kept.
  const changed: Reason[] = [];
  const hA: Highlight[] = [];
  const hB: Highlight[] = [];
  const onlyA = pa.values.filter((v) => !pb.values.some((w) => compatible(v, w)));
  const onlyB = pb.values.filter((v) => !pa.values.some((w) => compatible(v, w)));
  for (const v of onlyA) {
    const w = onlyB.find((u) => conflicting(v, u));
    if (!w) continue;
    const reason: Reason = v.family === "date" ? "date" : "number";
    if (!changed.includes(reason)) changed.push(reason);
    hA.push({ start: v.start, end: v.end });
    for (const u of onlyB.filter((u) => conflicting(v, u))) hB.push({ start: u.start, end: u.end });
  }
  const namesOnlyA = [...pa.names.keys()].filter((n) => !pb.content.has(n));
  const namesOnlyB = [...pb.names.keys()].filter((n) => !pa.content.has(n));
  const ignore = new Set<string>();
  if (namesOnlyA.length && namesOnlyB.length) {
    changed.push("party");
    for (const n of namesOnlyA) {
      ignore.add(n);
      for (const t of pa.names.get(n) ?? []) hA.push({ start: t.start, end: t.end });
    }
    for (const n of namesOnlyB) {
      ignore.add(n);
      for (const t of pb.names.get(n) ?? []) hB.push({ start: t.start, end: t.end });
    }
  }
  if (!changed.length) return none(similarity);
  // The rest must be (nearly) the same statement, in both directions: the replaced names aside.
  const rest = Math.min(overlap(pa.content, pb.content, ignore), overlap(pb.content, pa.content, ignore));
  const jaccardish = sharedShare(pa.content, pb.content, ignore);
  if (rest < MIN_SIMILARITY_UPDATES || jaccardish < MIN_SIMILARITY_UPDATES) return none(similarity);
  return {
    type: "UPDATES",
    similarity,
    reasons: changed,
    highlightsA: mergeHighlights(hA),
    highlightsB: mergeHighlights(hB),
  };
}

/** Shared content words over all content words of both (the replaced names left out). */
function sharedShare(a: Set<string>, b: Set<string>, ignore: Set<string>): number {
  const x = new Set([...a].filter((w) => !ignore.has(w)));
  const y = new Set([...b].filter((w) => !ignore.has(w)));
  const union = new Set([...x, ...y]);
  if (union.size === 0) return 1;
  return [...x].filter((w) => y.has(w)).length / union.size;
}
