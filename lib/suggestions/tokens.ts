import { foldText, normalizeText } from "../text/normalize";

/**
 * Statements as tokens for the link suggester (lib/suggestions/compare.ts): words (one Vietnamese
 * syllable each) and numbers, with their offsets in the NFC text in Unicode code points (as the
 * rest of the project counts: lib/text/selectors.ts), their folded form for diacritic- and
 * tone-placement-insensitive matching, and whether they start with a capital letter.
 */
export interface Token {
  text: string;
  /** Lower case, NFC, with diacritics: the form the word lists below are written in. */
  lower: string;
  fold: string;
  start: number;
  end: number;
  kind: "word" | "number";
  capital: boolean;
  /** First word of the statement or of a sentence in it (its capital says nothing). */
  initial: boolean;
}

/** Folded forms of words seen lately: a statement's words repeat across the candidates it is compared with. */
const folded = new Map<string, string>();
function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    if (folded.size > 20_000) folded.clear();
    f = foldText(word);
    folded.set(word, f);
  }
  return f;
}

const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:[-']\p{L}+)*/gu;

/** Tokens of an already normalised statement (offsets in code points of `normalizeText(text)`). */
export function tokenize(raw: string): { text: string; tokens: Token[] } {
  const text = normalizeText(raw);
  const tokens: Token[] = [];
  // UTF-16 index → code point index, in one pass as the matches come in order.
  let unit = 0;
  let point = 0;
  const toPoint = (index: number) => {
    while (unit < index) {
      const code = text.codePointAt(unit) ?? 0;
      unit += code > 0xffff ? 2 : 1;
      point++;
    }
    return point;
  };
  let previousEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const index = m.index ?? 0;
    const between = text.slice(previousEnd, index);
    const initial = tokens.length === 0 || /[.!?:;…"“]\s*$/.test(between);
    const start = toPoint(index);
    const end = toPoint(index + m[0].length);
    const lower = m[0].toLowerCase();
    tokens.push({
      text: m[0],
      lower,
      fold: foldWord(m[0]),
      start,
      end,
      kind: /^\d/.test(m[0]) ? "number" : "word",
      capital: /^\p{Lu}/u.test(m[0]),
      initial,
    });
    previousEnd = index + m[0].length;
  }
  return { text, tokens };
}
