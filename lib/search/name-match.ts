/**
 * Matching a reader's search words against topic and speaker names, in memory: there are tens
 * of topics and a few thousand speakers at most, and their names are not in a claim's search
 * vector (a topic's name describes a claim without being in its words: "dam phan ba ben" is a
 * topic that holds Ushakov's "đàm phán 3 bên").
 */

import { foldText } from "../text/normalize";

/**
 * Names already folded. A search tests every speaker's names (20,000 speakers in the bench
 * archive: 56 ms of folding per search, against 2 ms with this); names change rarely, so the
 * cache is simply emptied when it holds more than a catalog's worth.
 */
const folded = new Map<string, string[]>();
const FOLDED_MAX = 200_000;

/** Folded words of a text, split as search terms are (lib/search/search-text.ts). */
export function foldedWords(text: string): string[] {
  let words = folded.get(text);
  if (words === undefined) {
    words = foldText(text.normalize("NFC"))
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(text, words);
  }
  return words;
}

/**
 * The claim search's own rule (prefixQuery): every term is a whole word of the name, except
 * the last, which may be the start of one (the reader may still be typing it). One of the
 * names must hold all the terms: a Vietnamese and an English name are not mixed.
 */
export function nameHoldsAllTerms(names: string[], terms: string[]): boolean {
  if (terms.length === 0) return false;
  return names.some((name) => holdsAll(foldedWords(name), terms));
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

/**
 * The items whose names hold all the terms (nameHoldsAllTerms), found through an index of their
 * names' words built once per list (a catalog of 20,000 speakers is tested in well under a
 * millisecond instead of being folded and scanned on every search).
 */
export function itemsHoldingAllTerms<T>(
  items: readonly T[],
  names: (item: T) => string[],
  terms: string[],
): T[] {
  if (terms.length === 0) return [];
  let index = wordIndexes.get(items) as WordIndex<T> | undefined;
  if (!index) {
    index = buildWordIndex(items, names);
    wordIndexes.set(items, index);
  }
  const last = terms.at(-1) ?? "";
  const candidates = new Set<number>();
  for (const [word, holders] of index.byWord)
    if (word.startsWith(last)) for (const i of holders) candidates.add(i);
  return [...candidates]
    .sort((a, b) => a - b)
    .filter((i) => index.names[i]!.some((words) => holdsAll(words, terms)))
    .map((i) => items[i]!);
}

interface WordIndex<T> {
  byWord: Map<string, number[]>;
  /** Each item's names, as folded words. */
  names: string[][][];
  items: readonly T[];
}
const wordIndexes = new WeakMap<readonly unknown[], WordIndex<unknown>>();

function buildWordIndex<T>(items: readonly T[], names: (item: T) => string[]): WordIndex<T> {
  const byWord = new Map<string, number[]>();
  const all = items.map((item, i) => {
    const words = names(item).map((n) => foldedWords(n));
    for (const w of new Set(words.flat())) {
      const holders = byWord.get(w);
      if (holders) holders.push(i);
      else byWord.set(w, [i]);
    }
    return words;
  });
  return { byWord, names: all, items };
}

const holdsAll = (words: string[], terms: string[]) =>
  terms.every((term, i) =>
    i === terms.length - 1 ? words.some((w) => w.startsWith(term)) : words.includes(term),
  );
