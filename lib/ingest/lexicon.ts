import { foldText } from "../text/normalize";
import type { KnownSpeaker } from "./types";

/**
 * Speaker names for resolution, folded (no diacritics, case): full names, variants, and the
 * surname alone ("Ông Ushakov") when it is unambiguous. Matching is diacritics-insensitive.
 */
export interface NameEntry {
  folded: string;
  speaker: KnownSpeaker;
}

export function buildNameIndex(speakers: KnownSpeaker[]): NameEntry[] {
  const entries: NameEntry[] = [];
  const surnames = new Map<string, KnownSpeaker[]>();
  for (const s of speakers) {
    for (const n of [s.name, ...s.variants]) {
      const folded = foldText(n)
        .replace(/^(ong|ba|to|bao|kenh)\s+/, "")
        .trim();
      if (folded.length >= 3 && /\p{L}/u.test(folded)) entries.push({ folded, speaker: s });
      if (s.kind === "PERSON") {
        const last = folded.split(/\s+/).at(-1);
        if (last && last.length >= 4 && /^[a-z]+$/.test(last))
          surnames.set(last, [...(surnames.get(last) ?? []), s]);
      }
    }
  }
  for (const [last, list] of surnames) {
    const unique = [...new Set(list)];
    if (unique.length === 1) entries.push({ folded: last, speaker: unique[0]! });
  }
  // Longest names first, so "Vladimir Putin" wins over "Putin".
  return entries.sort((a, b) => b.folded.length - a.folded.length);
}

export interface NameHit {
  start: number; // UTF-16 index in the searched text
  end: number;
  speaker: KnownSpeaker;
}

/** Every known-name mention in `text` (non-overlapping, longest first, word-bounded). */
export function findNames(text: string, index: NameEntry[]): NameHit[] {
  // Folding may change length (e.g. decomposed marks); fold per character to keep an index map.
  const map: number[] = [];
  let folded = "";
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = foldText(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  const taken: boolean[] = new Array(folded.length).fill(false);
  const hits: NameHit[] = [];
  for (const entry of index) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(entry.folded, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.folded.length;
      const before = folded[at - 1];
      const after = folded[end];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      for (let k = at; k < end; k++) taken[k] = true;
      hits.push({ start: map[at]!, end: map[end] ?? text.length, speaker: entry.speaker });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
