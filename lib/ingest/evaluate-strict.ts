/**
 * The strict scorer of the extraction evaluation set (tests/fixtures/extract-eval, see its
 * GUIDE.md). Unlike `evaluate.ts` (any overlap, surnames count), a prediction matches a gold
 * statement only when
 *   - it names the gold speaker: one of its names, normalised (no diacritics, no punctuation),
 *     equals the canonical name or an alias listed in the gold, or ends with one of them after a
 *     title ("Bộ trưởng Y tế Đào Hồng Lan" names "Đào Hồng Lan"; "ông Chung" does not name
 *     "Chung Hae-soung" unless the gold lists "Chung"), and
 *   - its quote shares at least half the word tokens of the longer of the two spans (so a whole
 *     paragraph does not match one sentence of it, and one sentence does not match a whole quote).
 * Matching is one-to-one, greedy by token overlap. Counts add up over articles (micro average);
 * the confidence interval resamples articles, not statements, since statements of one article
 * are not independent.
 */

import { foldText } from "../text/normalize";
import type { Candidate } from "./types";

export interface EvalClaim {
  speaker: string;
  aliases?: string[];
  quote: string;
  start: number; // code points into the article text
  end: number;
  kind: "DIRECT" | "INDIRECT";
  constructions: string[];
}

export interface EvalArticle {
  id: string;
  domain: string;
  url: string;
  outlet: string;
  published: string;
  claims: EvalClaim[];
}

/** A predicted statement: every name the extractor gives its speaker, and the quote's span. */
export interface Prediction {
  speakerNames: string[];
  start: number; // code points into the same text as the gold
  end: number;
  kind: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  id: string;
  domain: string;
  counts: Counts;
  /** Gold statements whose quote some prediction covers (≥ half the tokens), whoever it names. */
  quoteFound: number;
  /** Among matched pairs, how many agree on DIRECT/INDIRECT. */
  kindAgree: number;
  byConstruction: Record<string, { gold: number; tp: number; quoteFound: number }>;
  matches: { pred: number; gold: number }[];
}

export const MIN_TOKEN_OVERLAP = 0.5;

export const prf = (c: Counts) => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/** Folded (no diacritics, đ → d, lower case), punctuation removed, spaces collapsed. */
export function normalizeSpeaker(name: string): string {
  return foldText(name.normalize("NFC"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Does one of the predicted names denote the gold speaker (canonical name or a listed alias)? */
export function speakerMatches(names: string[], gold: Pick<EvalClaim, "speaker" | "aliases">): boolean {
  const accepted = [gold.speaker, ...(gold.aliases ?? [])].map(normalizeSpeaker).filter(Boolean);
  for (const name of names) {
    const p = normalizeSpeaker(name);
    if (!p) continue;
    if (accepted.some((g) => p === g || p.endsWith(` ${g}`))) return true;
  }
  return false;
}

/** Word tokens (letters, digits and their combining marks) as code-point [start, end) pairs. */
export function tokenSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let cp = 0;
  let start = -1;
  for (const ch of text) {
    const word = /[\p{L}\p{N}\p{M}]/u.test(ch);
    if (word && start < 0) start = cp;
    if (!word && start >= 0) {
      out.push([start, cp]);
      start = -1;
    }
    cp++;
  }
  if (start >= 0) out.push([start, cp]);
  return out;
}

/** Indexes of the tokens a span covers: those whose midpoint lies inside it. */
function tokensIn(tokens: [number, number][], start: number, end: number): Set<number> {
  const out = new Set<number>();
  for (const [i, [ts, te]] of tokens.entries()) {
    if (ts + te >= 2 * start && ts + te < 2 * end) out.add(i);
  }
  return out;
}

/** Shared tokens over the token count of the longer span (0 when either has none). */
export function tokenOverlap(tokens: [number, number][], a: [number, number], b: [number, number]): number {
  const ta = tokensIn(tokens, a[0], a[1]);
  const tb = tokensIn(tokens, b[0], b[1]);
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.max(ta.size, tb.size);
}

/**
 * Maps code-point offsets of `raw` onto `norm` when `norm` was made from `raw` only by deleting
 * characters or replacing one by one space (what `normalizeText` does to NFC text: zero-width
 * characters, carriage returns and blanks before a line break go; non-breaking spaces become
 * spaces). The gold offsets point into the stored text; the extractor's into its normalised form.
 */
export function deletionMap(raw: string, norm: string): number[] {
  const r = Array.from(raw);
  const n = Array.from(norm);
  const map = new Array<number>(r.length + 1);
  let j = 0;
  for (let i = 0; i < r.length; i++) {
    map[i] = j;
    const same = r[i] === n[j] || (n[j] === " " && /[\u00A0\u2007\u202F]/.test(r[i]!));
    if (j < n.length && same) j++;
  }
  map[r.length] = j;
  if (j !== n.length) throw new Error("the normalised text is not the stored text with deletions");
  return map;
}

/** The names the extractor gives a candidate's speaker: resolved, suggested, the article's entity, as written. */
export function candidateToPrediction(c: Candidate): Prediction {
  const names = [c.speaker.resolved?.name, c.suggestedSpeakerName, c.speakerEntity, c.speaker.text].filter(
    (n): n is string => Boolean(n),
  );
  return { speakerNames: names, start: c.quote.start, end: c.quote.end, kind: c.kind };
}

/** Scores one article's predictions (offsets into `text`, the article text the gold points into). */
export function scoreArticle(
  article: Pick<EvalArticle, "id" | "domain" | "claims">,
  text: string,
  preds: Prediction[],
): ArticleScore {
  const tokens = tokenSpans(text);
  const span = (x: { start: number; end: number }): [number, number] => [x.start, x.end];
  const pairs: { i: number; j: number; ov: number }[] = [];
  const quoteFoundSet = new Set<number>();
  for (const [i, p] of preds.entries()) {
    for (const [j, g] of article.claims.entries()) {
      const ov = tokenOverlap(tokens, span(p), span(g));
      if (ov < MIN_TOKEN_OVERLAP) continue;
      quoteFoundSet.add(j);
      if (speakerMatches(p.speakerNames, g)) pairs.push({ i, j, ov });
    }
  }
  pairs.sort((x, y) => y.ov - x.ov || x.i - y.i || x.j - y.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: { pred: number; gold: number }[] = [];
  for (const pr of pairs) {
    if (usedP.has(pr.i) || usedG.has(pr.j)) continue;
    usedP.add(pr.i);
    usedG.add(pr.j);
    matches.push({ pred: pr.i, gold: pr.j });
  }
  const byConstruction: ArticleScore["byConstruction"] = {};
  for (const [j, g] of article.claims.entries()) {
    for (const label of g.constructions) {
      const b = byConstruction[label] ?? { gold: 0, tp: 0, quoteFound: 0 };
      byConstruction[label] = b;
      b.gold++;
      if (usedG.has(j)) b.tp++;
      if (quoteFoundSet.has(j)) b.quoteFound++;
    }
  }
  const tp = matches.length;
  return {
    id: article.id,
    domain: article.domain,
    counts: { tp, fp: preds.length - tp, fn: article.claims.length - tp },
    quoteFound: quoteFoundSet.size,
    kindAgree: matches.filter((m) => preds[m.pred]!.kind === article.claims[m.gold]!.kind).length,
    byConstruction,
    matches,
  };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface Summary {
  articles: number;
  gold: number;
  counts: Counts;
  quoteFound: number;
  kindAgree: number;
  byDomain: Record<string, { articles: number; counts: Counts }>;
  byConstruction: Record<string, { gold: number; tp: number; quoteFound: number }>;
}

export function summarize(scores: ArticleScore[]): Summary {
  const s: Summary = {
    articles: scores.length,
    gold: 0,
    counts: zero(),
    quoteFound: 0,
    kindAgree: 0,
    byDomain: {},
    byConstruction: {},
  };
  for (const a of scores) {
    s.counts = add(s.counts, a.counts);
    s.gold += a.counts.tp + a.counts.fn;
    s.quoteFound += a.quoteFound;
    s.kindAgree += a.kindAgree;
    const d = s.byDomain[a.domain] ?? { articles: 0, counts: zero() };
    s.byDomain[a.domain] = d;
    d.articles++;
    d.counts = add(d.counts, a.counts);
    for (const [label, b] of Object.entries(a.byConstruction)) {
      const t = s.byConstruction[label] ?? { gold: 0, tp: 0, quoteFound: 0 };
      s.byConstruction[label] = t;
      t.gold += b.gold;
      t.tp += b.tp;
      t.quoteFound += b.quoteFound;
    }
  }
  return s;
}

/** Small seeded generator (mulberry32): the same seed gives the same resamples everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Percentile bootstrap over articles: `resamples` draws of as many articles with replacement,
 * micro P/R/F1 of each draw, the 2.5th and 97.5th percentiles.
 */
export function bootstrap(
  scores: ArticleScore[],
  { resamples = 1000, seed = 18 }: { resamples?: number; seed?: number } = {},
): { precision: Interval; recall: Interval; f1: Interval } {
  const rand = mulberry32(seed);
  const p: number[] = [];
  const r: number[] = [];
  const f: number[] = [];
  for (let k = 0; k < resamples && scores.length; k++) {
    let c = zero();
    for (let n = 0; n < scores.length; n++) c = add(c, scores[Math.floor(rand() * scores.length)]!.counts);
    const m = prf(c);
    p.push(m.precision);
    r.push(m.recall);
    f.push(m.f1);
  }
  const ci = (xs: number[]): Interval => {
    if (!xs.length) return { low: 0, high: 0 };
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
    return { low: at(0.025), high: at(0.975) };
  };
  return { precision: ci(p), recall: ci(r), f1: ci(f) };
}
