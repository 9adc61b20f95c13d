/**
 * Matching a reader's search words against topic and speaker names, in memory: there are tens
 * of topics and a few thousand speakers at most, and their names are not in a claim's search
 * vector (a topic's name describes a claim without being in its words: "dam phan ba ben" is a
 * topic that holds Ushakov's "đàm phán 3 bên").
 */

import { foldText } from "../text/normalize";

/** Folded words of a text, split as search terms are (lib/search/search-text.ts). */
export function foldedWords(text: string): string[] {
  return foldText(text.normalize("NFC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The claim search's own rule (prefixQuery): every term is a whole word of the name, except
 * the last, which may be the start of one (the reader may still be typing it). One of the
 * names must hold all the terms: a Vietnamese and an English name are not mixed.
 */
export function nameHoldsAllTerms(names: string[], terms: string[]): boolean {
  if (terms.length === 0) return false;
  return names.some((name) => {
    const words = foldedWords(name);
    return terms.every((term, i) =>
      i === terms.length - 1 ? words.some((w) => w.startsWith(term)) : words.includes(term),
    );
  });
}

/**
 * Looser, for suggestions after an empty result: some term of two letters or more starts a
 * word of a name, or a word of three letters or more starts the term ("donbas" and "Donbass",
 * "zelenskyy" and "Zelensky" both meet).
 */
export function nameSharesATerm(names: string[], terms: string[]): boolean {
  const useful = terms.filter((t) => t.length >= 2);
  if (useful.length === 0) return false;
  return names.some((name) =>
    foldedWords(name).some((w) => useful.some((t) => w.startsWith(t) || (w.length >= 3 && t.startsWith(w)))),
  );
}
