import type { Token } from "./tokens";

/**
 * Vietnamese polarity cues (lower case, with diacritics, as tokens give them): a statement that
 * has one denies or refuses something; one without affirms. Multi-word cues are matched as token
 * sequences; longer ones first, so "không bao giờ" is one cue, not "không" and two words.
 */
const NEGATIONS: string[][] = [
  "không bao giờ",
  "chưa bao giờ",
  "không hề",
  "chưa hề",
  "chưa từng",
  "chẳng hề",
  "phủ nhận",
  "bác bỏ",
  "từ chối",
  "phản đối",
  "phủ quyết",
  "ngăn cản",
  "hủy bỏ",
  "huỷ bỏ",
  "rút lại",
  "sai sự thật",
  "vô căn cứ",
  "bịa đặt",
  "không",
  "chưa",
  "chẳng",
  "chả",
  "đừng",
  "chớ",
  "dừng",
  "ngừng",
].map((c) => c.split(" "));

/**
 * Word sequences that contain a cue's word without negating anything: compounds ("không khí" is
 * air, "hàng không" aviation, "ngừng bắn" a ceasefire), "không chỉ … mà còn", questions ("có …
 * hay không"), and litotes ("không loại trừ", "không thể không") that affirm.
 */
const NOT_NEGATIONS: string[][] = [
  "không khí",
  "không gian",
  "không quân",
  "không người lái",
  "không chỉ",
  "không những",
  "không ngừng",
  "không loại trừ",
  "không thể không",
  "hàng không",
  "phòng không",
  "hay không",
  "hoặc không",
  "hay chưa",
  "ngừng bắn",
  "tạm ngừng bắn",
].map((c) => c.split(" "));

/** A negation followed by one of these (within two words) affirms: "không từ chối", "không dừng". */
const NEGATED_NEGATIVES = new Set(["từ", "phủ", "bác", "phản", "dừng", "ngừng", "ngăn", "hủy", "huỷ", "rút"]);

export interface Cue {
  start: number;
  end: number;
  /** Index of the cue's first token. */
  index: number;
  length: number;
}

function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.lower === w);
}

/** Sequences by their first word (longest first), so each token is checked against a few at most. */
function byFirstWord(list: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of list) map.set(words[0]!, [...(map.get(words[0]!) ?? []), words]);
  for (const group of map.values()) group.sort((a, b) => b.length - a.length);
  return map;
}
const NEGATIONS_BY_FIRST = byFirstWord(NEGATIONS);
const NOT_NEGATIONS_BY_FIRST = byFirstWord(NOT_NEGATIONS);

/** The statement's negation cues that count (compounds and litotes left out; a doubled negation cancels). */
export function negationCues(tokens: Token[]): Cue[] {
  const skip = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const words of NOT_NEGATIONS_BY_FIRST.get(tokens[i]!.lower) ?? []) {
      if (matchesAt(tokens, i, words)) for (let k = 0; k < words.length; k++) skip.add(i + k);
    }
  }
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i)) continue;
    const words = (NEGATIONS_BY_FIRST.get(tokens[i]!.lower) ?? []).find(
      (w) => matchesAt(tokens, i, w) && w.every((_, k) => !skip.has(i + k)),
    );
    if (!words) continue;
    const last = tokens[i + words.length - 1]!;
    cues.push({ start: tokens[i]!.start, end: last.end, index: i, length: words.length });
    i += words.length - 1;
  }
  // "không từ chối", "không dừng lại", "sẽ không ngừng": the second cue undoes the first.
  const kept: Cue[] = [];
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    const next = cues[k + 1];
    const first = tokens[cue.index]!.lower;
    if (
      next &&
      (first === "không" || first === "chưa" || first === "chẳng") &&
      next.index - (cue.index + cue.length) <= 2 &&
      NEGATED_NEGATIVES.has(tokens[next.index]!.lower)
    ) {
      k++;
      continue;
    }
    kept.push(cue);
  }
  return kept;
}

/**
 * Verbs whose opposite affirms the contrary without a negation ("ủng hộ" / "phản đối" is already
 * a cue pair); pairs here are opposite directions of one change.
 */
export const OPPOSITES: [string, string][] = [
  ["tăng", "giảm"],
  ["thắng", "thua"],
  ["mở", "đóng"],
  ["lãi", "lỗ"],
];
