/**
 * What the review page adds to the extractor's suggestions, from the article text they came from
 * (offsets are code points into it): the date each statement was made, aligned within a
 * paragraph; the role the speaker holds as the article writes it; and the sentence around the quote,
 * which editors read instead of character offsets.
 */

import { TITLES } from "./patterns";
import type { Candidate } from "./types";

export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
}

export interface EnrichedCandidate extends Candidate {
  /** The speaker's role or title as written ("Bộ trưởng Ngoại giao"), or null. */
  roleAsWritten: string | null;
  context: QuoteContext;
}

/** Characters of a sentence shown on each side of a quote at most. */
export const CONTEXT_MAX = 160;

const TITLE_RE = new RegExp(
  `(?<![\\p{L}])(?:${TITLES.map((t) => t.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
  "giu",
);
const ADDRESS = /^(?:ông|bà|anh|chị|cô)$/iu;

/**
 * The role in the noun phrase that ends at `nameStart` (UTF-16 index into `text`): from the first
 * title of the phrase to the name, the phrase running back over words and an appositive comma
 * ("Trợ lý của Tổng thống Nga, ông Yuri Ushakov") but not over another clause.
 */
function roleBefore(text: string, nameStart: number): string | null {
  let start = nameStart;
  const floor = Math.max(0, nameStart - 200);
  while (start > floor) {
    const ch = text[start - 1]!;
    if (ch === ",") {
      // ", ông X": the appositive's head is before the comma; any other comma ends the phrase.
      if (/^\s*(?:ông|bà)\s/iu.test(text.slice(start, nameStart + 1))) {
        start--;
        continue;
      }
      break;
    }
    if (/[.!?;:\n“”"()]/.test(ch)) break;
    start--;
  }
  const phrase = text.slice(start, nameStart);
  TITLE_RE.lastIndex = 0;
  const title = TITLE_RE.exec(phrase);
  if (!title) return null;
  const words = phrase
    .slice(title.index)
    .replace(/[,\s]+$/u, "")
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && ADDRESS.test(words.at(-1)!.replace(/,$/, ""))) words.pop();
  const role = words.join(" ").replace(/,$/, "").trim();
  return role && role.split(" ").length <= 14 ? role : null;
}

/** Where the person's name starts in the speaker mention (UTF-16 index into `text`). */
function nameStartIn(text: string, mentionStart: number, mentionEnd: number, names: string[]): number {
  const mention = text.slice(mentionStart, mentionEnd);
  let best = -1;
  for (const name of names) {
    for (const token of name.split(/\s+/).filter((t) => t.length >= 2)) {
      const at = new RegExp(
        `(?<![\\p{L}])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`,
        "iu",
      ).exec(mention);
      if (at && (best < 0 || at.index < best)) best = at.index;
    }
  }
  if (best < 0) {
    // No known name: the trailing run of capitalised words is the name.
    const run = /(?:\p{Lu}[\p{L}-]*\s*)+$/u.exec(mention);
    best = run ? run.index : mention.length;
  }
  return mentionStart + best;
}

/** Code-point offsets of candidates → UTF-16 indices, in one pass over the text. */
function utf16Indexer(text: string) {
  const at: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; ) {
    at[cp++] = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  at[cp] = text.length;
  return (codePoint: number) => at[Math.min(codePoint, cp)]!;
}

function contextOf(text: string, start: number, end: number): QuoteContext {
  let s = start;
  while (s > 0 && start - s < CONTEXT_MAX && !/[.!?…\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (
    e < text.length &&
    e - end < CONTEXT_MAX &&
    !/[\n]/.test(text[e]!) &&
    !(/[.!?…]/.test(text[e]!) && (e + 1 >= text.length || /\s/.test(text[e + 1]!)))
  )
    e++;
  if (e < text.length && /[.!?…”"]/.test(text[e]!)) e++;
  const before = text.slice(s, start).trimStart();
  const after = text.slice(end, e).trimEnd();
  return {
    before: (start - s >= CONTEXT_MAX ? "…" : "") + before,
    quote: text.slice(start, end),
    after: after + (e - end >= CONTEXT_MAX ? "…" : ""),
  };
}

/**
 * The review page's candidates: each with the role its speaker is given in the article and its
 * sentence; and with the date of the paragraph's statement that names one when it names none itself.
 *
 * Why the dates: the extractor dates a sentence by its own words ("Chiều 20/12, Bộ trưởng … cho biết
 * …" is DAY 20/12), and a sentence without a date falls back to the article's publication date,
 * APPROXIMATE. The next sentence of the same paragraph ("Ông Sơn cũng nhấn mạnh …") reports the same
 * occasion, yet came out vaguer — and on another day. Within a paragraph a statement with no date
 * of its own now takes the date, precision and evidence of the one before it that has one.
 */
export function enrichCandidates(text: string, candidates: readonly Candidate[]): EnrichedCandidate[] {
  const at = utf16Indexer(text);
  const rolesBySpeaker = new Map<string, string>();
  let previousDated: { end: number; saidAt: NonNullable<Candidate["saidAt"]> } | null = null;
  return candidates.map((c) => {
    const qs = at(c.quote.start);
    const qe = at(c.quote.end);
    let saidAt = c.saidAt;
    if (saidAt?.text) previousDated = { end: qe, saidAt };
    else if (previousDated && previousDated.end <= qs && !text.slice(previousDated.end, qs).includes("\n"))
      saidAt = previousDated.saidAt;
    else previousDated = null;

    const speakerKey = c.speaker.resolved?.key ?? c.chain.at(-1)?.label ?? c.speaker.text;
    const ss = at(c.speaker.start);
    const se = at(c.speaker.end);
    const names = [c.speaker.resolved?.name, c.suggestedSpeakerName].filter((n): n is string => Boolean(n));
    let role = c.speaker.via === "name" ? roleBefore(text, nameStartIn(text, ss, se, names)) : null;
    if (role) rolesBySpeaker.set(speakerKey, role);
    // "Ông Sơn cũng nói …": the article gave the role once, when it named the speaker.
    else role = rolesBySpeaker.get(speakerKey) ?? null;
    return { ...c, saidAt, roleAsWritten: role, context: contextOf(text, qs, qe) };
  });
}
