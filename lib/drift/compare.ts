import { diffArrays } from "diff";
import { foldText } from "../text/normalize";

/**
 * Quote drift: how one outlet's words for a claim differ from the earliest outlet's. The two spans
 * are compared word by word (Vietnamese syllables, NFC) on their folded forms, so case, diacritics
 * and tone placement ("hoà"/"hòa") never count as a change; punctuation is not a word at all.
 * What differs is then sorted into substantive kinds a reviewer must look at (a number changed, a
 * negation added or dropped, a named party changed, a hedge or a qualifier dropped) and harmless
 * ones. The kinds are found on the whole spans, order-insensitively, so words that only moved
 * (particles put elsewhere) are never flagged; the word diff is what the reviewer reads.
 */
export const DRIFT_KINDS = [
  "NUMBER",
  "NEGATION_ADDED",
  "NEGATION_DROPPED",
  "NAMED_PARTY",
  "HEDGE_DROPPED",
  "QUALIFIER_REMOVED",
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

export const HARMLESS_KINDS = ["PUNCTUATION", "CASE", "DIACRITICS", "PARTICLES"] as const;
export type HarmlessKind = (typeof HARMLESS_KINDS)[number];

/** One substantive difference: the words of the earliest text and of the compared one involved. */
export interface DriftFinding {
  kind: DriftKind;
  base: string[];
  quoted: string[];
}

/** The compared text as the reviewer reads it: words kept, added (not in the earliest) or removed. */
export interface DiffSegment {
  text: string;
  change: "same" | "added" | "removed";
  /** The substantive kind this changed word belongs to, if any. */
  kind?: DriftKind;
  /** Same word, spelled differently (case, diacritics, tone placement). */
  respelled?: boolean;
}

export interface QuoteComparison {
  /** Character for character the same text. */
  identical: boolean;
  findings: DriftFinding[];
  harmless: HarmlessKind[];
  /** Other words differ (or moved) without matching a substantive kind. */
  otherWording: boolean;
  segments: DiffSegment[];
}

interface Token {
  raw: string;
  lower: string;
  key: string;
  start: number;
  end: number;
  /** Starts a sentence (or the text): its capital does not make it a name. */
  sentenceStart: boolean;
}

// A number keeps its separators ("1.000", "3,5", "20%"); any other run of letters is one syllable.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*(?: ?%)?|[\p{L}\p{M}\p{N}]+/gu;
const SENTENCE_BREAK = /[.!?:;"“”«»(\n]/;

export function tokenize(text: string): Token[] {
  const nfc = text.normalize("NFC");
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of nfc.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const between = nfc.slice(previousEnd, start);
    tokens.push({
      raw,
      lower: raw.toLowerCase(),
      key: /^\p{N}/u.test(raw) ? numberKey(raw) : foldText(raw),
      start,
      end: start + raw.length,
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(between),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

// ---- Word lists (lower case, NFC). Phrases are matched on whole syllables. ----

const NEGATIONS = ["không", "chưa", "chẳng", "chả", "đừng", "chớ", "not", "no", "never", "none", "nothing"];
// "không" in compounds that are not negations ("không khí": air, "không quân": air force).
const NEGATION_EXCEPTIONS = [
  "không khí",
  "không gian",
  "không quân",
  "không phận",
  "không ảnh",
  "không lưu",
  "hàng không",
];
const HEDGES = [
  "có thể",
  "có lẽ",
  "dự kiến",
  "khoảng",
  "chừng",
  "theo",
  "được cho là",
  "dường như",
  "hình như",
  "ước tính",
  "khả năng",
  "gần như",
  "nghe nói",
  "cho rằng",
  "may",
  "might",
  "could",
  "about",
  "around",
  "approximately",
  "reportedly",
  "allegedly",
  "expected",
  "estimated",
  "likely",
  "possibly",
  "perhaps",
  "according to",
];
const HEDGE_EXCEPTIONS = ["theo dõi", "tiếp theo", "theo đuổi", "kèm theo", "sau đây theo", "khả năng cao"];
const QUALIFIERS = [
  "chỉ",
  "một số",
  "phần lớn",
  "hầu hết",
  "hầu như",
  "đa số",
  "một phần",
  "ít nhất",
  "tối đa",
  "tối thiểu",
  "chủ yếu",
  "nếu",
  "trừ khi",
  "sơ bộ",
  "bước đầu",
  "tạm thời",
  "về cơ bản",
  "phần nào",
  "only",
  "some",
  "most",
  "mostly",
  "partly",
  "if",
  "unless",
  "at least",
  "up to",
  "nearly",
  "almost",
];
const QUALIFIER_EXCEPTIONS = ["chỉ thị", "chỉ đạo", "chỉ số", "chỉ ra", "chỉ trích", "chỉ tiêu", "địa chỉ"];
// Bounds that qualify a number only when one follows ("trên 50%", "gần 3 triệu").
const NUMBER_BOUNDS = ["trên", "dưới", "hơn", "gần", "over", "under", "more than"];
// Discourse particles: dropping, adding or moving them does not change what was said.
const PARTICLES = new Set([
  "thì",
  "là",
  "mà",
  "rằng",
  "ạ",
  "nhé",
  "nhỉ",
  "à",
  "ấy",
  "đấy",
  "vậy",
  "thế",
  "cơ",
  "chứ",
  "the",
  "a",
  "an",
  "that",
]);

// Number words: unambiguous ones, and words that are numbers only next to another number word
// ("năm triệu" is five million, "năm 2025" is the year 2025, "một số" is "some").
const NUMBER_WORDS = new Set([
  "hai",
  "bốn",
  "sáu",
  "bảy",
  "bẩy",
  "tám",
  "chín",
  "mười",
  "mươi",
  "trăm",
  "nghìn",
  "ngàn",
  "triệu",
  "tỷ",
  "tỉ",
  "rưỡi",
  "percent",
  "million",
  "billion",
  "thousand",
  "hundred",
]);
const HONORIFICS = new Set(["ông", "bà", "anh", "chị", "ngài", "cô", "chú"]);
const AMBIGUOUS_NUMBER_WORDS = new Set(["một", "ba", "năm", "tư", "lăm", "nửa", "linh", "lẻ"]);

const isDigits = (t: Token) => /^\p{N}/u.test(t.raw);

/** "1.000" and "1,000" are the same thousand; "3,5" is 3.5 ; "20 %" and "20%" the same. */
function numberKey(raw: string): string {
  return raw
    .replace(/\s+/g, "")
    .replace(/[.,](?=\d{3}(?:\D|$))/g, "")
    .replace(",", ".");
}

/** Numbers in a text, each as a normalised key ("5 triệu", "1000", "3.5%"). */
function numbers(tokens: Token[]): { key: string; words: string[]; indexes: number[] }[] {
  const out: { key: string; words: string[]; indexes: number[] }[] = [];
  let run: number[] = [];
  const isWord = (t: Token) => NUMBER_WORDS.has(t.lower);
  const flush = () => {
    if (run.length) {
      const ts = run.map((i) => tokens[i]!);
      out.push({
        key: ts.map((t) => (isDigits(t) ? numberKey(t.raw) : t.lower)).join(" "),
        words: ts.map((t) => t.raw),
        indexes: run,
      });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const wordNear = (prev && isWord(prev)) || (next && isWord(next));
    const numeric = isDigits(t) || isWord(t) || (AMBIGUOUS_NUMBER_WORDS.has(t.lower) && wordNear === true);
    if (numeric) run.push(i);
    else flush();
  }
  flush();
  return out;
}

/** Start indexes of each phrase's occurrences (whole syllables), minus those inside an exception. */
function occurrences(tokens: Token[], phrases: string[], exceptions: string[]): Map<string, number[]> {
  const words = tokens.map((t) => t.lower);
  const at = (phrase: string) => {
    const parts = phrase.split(" ");
    const hits: number[] = [];
    for (let i = 0; i + parts.length <= words.length; i++)
      if (parts.every((p, j) => words[i + j] === p)) hits.push(i);
    return hits;
  };
  const covered = new Set<number>();
  for (const ex of exceptions)
    for (const i of at(ex)) for (let j = 0; j < ex.split(" ").length; j++) covered.add(i + j);
  const found = new Map<string, number[]>();
  for (const phrase of phrases) {
    const hits = at(phrase).filter((i) => !covered.has(i));
    if (hits.length) found.set(phrase, hits);
  }
  return found;
}

/** Qualifiers, with number bounds ("trên", "hơn"…) counted only when a number follows them. */
function qualifiers(tokens: Token[]): Map<string, number[]> {
  const found = occurrences(tokens, QUALIFIERS, QUALIFIER_EXCEPTIONS);
  const numberStarts = new Set(numbers(tokens).map((n) => n.indexes[0]!));
  for (const [bound, hits] of occurrences(tokens, NUMBER_BOUNDS, [])) {
    const len = bound.split(" ").length;
    const before = hits.filter((i) => numberStarts.has(i + len));
    if (before.length) found.set(bound, before);
  }
  return found;
}

/** Named parties: runs of capitalised syllables ("Nguyễn Văn An", "Bộ Tài") and acronyms, by folded key. */
function names(tokens: Token[]): { key: string; words: string[]; indexes: number[] }[] {
  const capital = (t: Token) => /^\p{Lu}/u.test(t.raw);
  const acronym = (t: Token) => t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw);
  const out: { key: string; words: string[]; indexes: number[] }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i]!)) {
      i++;
      continue;
    }
    const run = [i];
    while (i + run.length < tokens.length) {
      const next = tokens[i + run.length]!;
      if (!capital(next) || next.sentenceStart) break;
      run.push(i + run.length);
    }
    // A capital that starts a sentence is no sign of a name, nor is an honorific ("Ông Hùng" at the
    // start of one text is "ông Hùng" in the middle of another): both are left out of the key.
    const first = tokens[i]!;
    const kept = (first.sentenceStart && !acronym(first)) || HONORIFICS.has(first.lower) ? run.slice(1) : run;
    if (kept.length) {
      const ts = kept.map((k) => tokens[k]!);
      out.push({ key: ts.map((t) => t.key).join(" "), words: ts.map((t) => t.raw), indexes: kept });
    }
    i += run.length;
  }
  return out;
}

/** Multiset difference: items of `a` not matched in `b` (by key), in order. */
function unmatched<T extends { key: string }>(a: T[], b: T[]): T[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x.key, (left.get(x.key) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x.key) ?? 0;
    if (n > 0) {
      left.set(x.key, n - 1);
      return false;
    }
    return true;
  });
}

const count = (m: Map<string, number[]>, phrase: string) => m.get(phrase)?.length ?? 0;

/** Phrases of `base` that `quoted` has fewer of (the dropped ones), with where they were. */
function dropped(base: Map<string, number[]>, quoted: Map<string, number[]>) {
  const out: { phrase: string; indexes: number[] }[] = [];
  for (const [phrase, hits] of base) {
    if (hits.length > count(quoted, phrase)) {
      const len = phrase.split(" ").length;
      out.push({ phrase, indexes: hits.flatMap((i) => Array.from({ length: len }, (_, j) => i + j)) });
    }
  }
  return out;
}

/** Punctuation and spacing only: what is left when the words are taken out. */
const punctuation = (text: string) => text.normalize("NFC").replace(TOKEN, "").replace(/\s+/g, "");

export function compareQuotes(baseText: string, quotedText: string): QuoteComparison {
  const base = tokenize(baseText);
  const quoted = tokenize(quotedText);
  const findings: DriftFinding[] = [];
  // Which changed words belong to which kind, for highlighting: by index in each text.
  const baseKind = new Map<number, DriftKind>();
  const quotedKind = new Map<number, DriftKind>();
  const mark = (into: Map<number, DriftKind>, indexes: number[], kind: DriftKind) => {
    for (const i of indexes) if (!into.has(i)) into.set(i, kind);
  };

  const [bn, qn] = [numbers(base), numbers(quoted)];
  const [bnLost, qnNew] = [unmatched(bn, qn), unmatched(qn, bn)];
  if (bnLost.length || qnNew.length) {
    findings.push({
      kind: "NUMBER",
      base: bnLost.map((n) => n.words.join(" ")),
      quoted: qnNew.map((n) => n.words.join(" ")),
    });
    mark(
      baseKind,
      bnLost.flatMap((n) => n.indexes),
      "NUMBER",
    );
    mark(
      quotedKind,
      qnNew.flatMap((n) => n.indexes),
      "NUMBER",
    );
  }

  const [bneg, qneg] = [
    occurrences(base, NEGATIONS, NEGATION_EXCEPTIONS),
    occurrences(quoted, NEGATIONS, NEGATION_EXCEPTIONS),
  ];
  const negDropped = dropped(bneg, qneg);
  const negAdded = dropped(qneg, bneg);
  if (negDropped.length) {
    findings.push({ kind: "NEGATION_DROPPED", base: negDropped.map((d) => d.phrase), quoted: [] });
    mark(
      baseKind,
      negDropped.flatMap((d) => d.indexes),
      "NEGATION_DROPPED",
    );
  }
  if (negAdded.length) {
    findings.push({ kind: "NEGATION_ADDED", base: [], quoted: negAdded.map((d) => d.phrase) });
    mark(
      quotedKind,
      negAdded.flatMap((d) => d.indexes),
      "NEGATION_ADDED",
    );
  }

  const [bnames, qnames] = [names(base), names(quoted)];
  const [nameLost, nameNew] = [unmatched(bnames, qnames), unmatched(qnames, bnames)];
  if (nameLost.length || nameNew.length) {
    findings.push({
      kind: "NAMED_PARTY",
      base: nameLost.map((n) => n.words.join(" ")),
      quoted: nameNew.map((n) => n.words.join(" ")),
    });
    mark(
      baseKind,
      nameLost.flatMap((n) => n.indexes),
      "NAMED_PARTY",
    );
    mark(
      quotedKind,
      nameNew.flatMap((n) => n.indexes),
      "NAMED_PARTY",
    );
  }

  const hedgesDropped = dropped(
    occurrences(base, HEDGES, HEDGE_EXCEPTIONS),
    occurrences(quoted, HEDGES, HEDGE_EXCEPTIONS),
  );
  if (hedgesDropped.length) {
    findings.push({ kind: "HEDGE_DROPPED", base: hedgesDropped.map((d) => d.phrase), quoted: [] });
    mark(
      baseKind,
      hedgesDropped.flatMap((d) => d.indexes),
      "HEDGE_DROPPED",
    );
  }

  const qualifiersDropped = dropped(qualifiers(base), qualifiers(quoted));
  if (qualifiersDropped.length) {
    findings.push({ kind: "QUALIFIER_REMOVED", base: qualifiersDropped.map((d) => d.phrase), quoted: [] });
    mark(
      baseKind,
      qualifiersDropped.flatMap((d) => d.indexes),
      "QUALIFIER_REMOVED",
    );
  }

  // The word diff, on folded forms: what the reviewer reads, and the harmless differences.
  const changes = diffArrays(base, quoted, { comparator: (a, b) => a.key === b.key });
  const segments: DiffSegment[] = [];
  const harmless = new Set<HarmlessKind>();
  const removedWords: string[] = [];
  const addedWords: string[] = [];
  const nfc = quotedText.normalize("NFC");
  // The quoted text's own words and the punctuation after them, so it reads as it was printed.
  const quotedPiece = (j: number) => nfc.slice(quoted[j]!.start, quoted[j + 1]?.start ?? nfc.length);
  if (quoted[0] && quoted[0].start > 0)
    segments.push({ text: nfc.slice(0, quoted[0].start), change: "same" });
  let bi = 0;
  let qi = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    for (let k = 0; k < n; k++) {
      if (change.removed) {
        const i = bi++;
        removedWords.push(base[i]!.lower);
        segments.push({ text: `${base[i]!.raw} `, change: "removed", kind: baseKind.get(i) });
      } else if (change.added) {
        const j = qi++;
        addedWords.push(quoted[j]!.lower);
        segments.push({ text: quotedPiece(j), change: "added", kind: quotedKind.get(j) });
      } else {
        const [b, q] = [base[bi++]!, quoted[qi]!];
        const j = qi++;
        const respelled = b.raw !== q.raw;
        // A number written with other separators ("1.000", "5 %") differs in punctuation only.
        if (respelled)
          harmless.add(isDigits(b) ? "PUNCTUATION" : b.lower === q.lower ? "CASE" : "DIACRITICS");
        segments.push({ text: quotedPiece(j), change: "same", ...(respelled ? { respelled } : {}) });
      }
    }
  }
  if (punctuation(baseText) !== punctuation(quotedText)) harmless.add("PUNCTUATION");

  // Changed words that are neither a finding's nor particles: other wording (or words moved).
  const inFinding = (words: string[], kinds: Map<number, DriftKind>, tokens: Token[]) =>
    words.filter((w) => !PARTICLES.has(w) && !tokens.some((t, i) => t.lower === w && kinds.has(i)));
  const otherRemoved = inFinding(removedWords, baseKind, base);
  const otherAdded = inFinding(addedWords, quotedKind, quoted);
  if (removedWords.some((w) => PARTICLES.has(w)) || addedWords.some((w) => PARTICLES.has(w)))
    harmless.add("PARTICLES");

  return {
    identical: baseText.normalize("NFC") === nfc,
    findings,
    harmless: HARMLESS_KINDS.filter((h) => harmless.has(h)),
    otherWording: otherRemoved.length > 0 || otherAdded.length > 0,
    segments: mergeSegments(segments),
  };
}

/** Neighbouring segments of the same change and kind become one (fewer, longer highlights). */
function mergeSegments(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.change === s.change && last.kind === s.kind && !last.respelled && !s.respelled)
      last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The earliest appearance first: by its article's publication date (undated last), then by when it was added. */
export function earliestFirst<
  T extends { createdAt: Date | string; article: { publishedAt: Date | string | null } },
>(appearances: T[]): T[] {
  const time = (d: Date | string | null) => (d === null ? Number.POSITIVE_INFINITY : new Date(d).getTime());
  return [...appearances].sort(
    (a, b) =>
      time(a.article.publishedAt) - time(b.article.publishedAt) || time(a.createdAt) - time(b.createdAt),
  );
}

export const hasSubstantiveDrift = (c: QuoteComparison) => c.findings.length > 0;
