import { foldText } from "../text/normalize";
import type { Candidate } from "./types";

/** Gold annotations of one text: spans in code points into the NFC text. */
export interface GoldClaim {
  speaker: string;
  speakerSpan: [number, number] | null;
  cueSpan: [number, number] | null;
  quoteSpan: [number, number];
  kind: "DIRECT" | "INDIRECT" | "REPORTED";
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const overlap = (a: [number, number], b: [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** One-to-one matching by largest overlap (greedy): returns matched index pairs. */
function match<T, U>(
  pred: T[],
  gold: U[],
  spanP: (t: T) => [number, number] | null,
  spanG: (u: U) => [number, number] | null,
  accept: (t: T, u: U) => boolean = () => true,
) {
  const pairs: { i: number; j: number; ov: number }[] = [];
  for (const [i, p] of pred.entries()) {
    for (const [j, g] of gold.entries()) {
      const a = spanP(p);
      const b = spanG(g);
      if (!a || !b) continue;
      const ov = overlap(a, b);
      if (ov > 0 && accept(p, g)) pairs.push({ i, j, ov });
    }
  }
  pairs.sort((x, y) => y.ov - x.ov);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: { i: number; j: number }[] = [];
  for (const pr of pairs) {
    if (usedP.has(pr.i) || usedG.has(pr.j)) continue;
    usedP.add(pr.i);
    usedG.add(pr.j);
    out.push(pr);
  }
  return out;
}

/** Does the predicted speaker denote the gold speaker? Names compared folded; surnames count. */
export function sameSpeaker(pred: Candidate, gold: GoldClaim): boolean {
  if (
    gold.speakerSpan &&
    overlap([pred.speaker.start, pred.speaker.end], gold.speakerSpan) > 0 &&
    pred.speaker.via !== "pronoun"
  )
    return true;
  const g = foldText(gold.speaker).trim();
  for (const name of [
    pred.speaker.resolved?.name,
    pred.suggestedSpeakerName,
    pred.speaker.via === "pronoun" ? null : pred.speaker.text,
  ].filter(Boolean) as string[]) {
    const p = foldText(name)
      .replace(/^(ong|ba)\s+/, "")
      .trim();
    if (!p) continue;
    if (g.includes(p) || p.includes(g)) return true;
    const gl = g.split(/\s+/).at(-1)!;
    const pl = p.split(/\s+/).at(-1)!;
    if (gl.length >= 4 && gl === pl) return true;
  }
  return false;
}

export function scoreText(pred: Candidate[], gold: GoldClaim[]) {
  const q = (c: Candidate): [number, number] => [c.quote.start, c.quote.end];
  const exact = pred.filter((p) =>
    gold.some((g) => g.quoteSpan[0] === p.quote.start && g.quoteSpan[1] === p.quote.end),
  ).length;
  const quoteOverlap = match(pred, gold, q, (g) => g.quoteSpan).length;
  const pairs = match(pred, gold, q, (g) => g.quoteSpan, sameSpeaker).length;
  const goldSpeakers = gold.filter((g) => g.speakerSpan);
  const speakers = match(
    pred,
    goldSpeakers,
    (p) => [p.speaker.start, p.speaker.end],
    (g) => g.speakerSpan,
  ).length;
  const goldCues = gold.filter((g) => g.cueSpan);
  const predCues = pred.filter((p) => p.cue);
  const cues = match(
    predCues,
    goldCues,
    (p) => [p.cue!.start, p.cue!.end],
    (g) => g.cueSpan,
  ).length;
  const c = (tp: number, np: number, ng: number): Counts => ({ tp, fp: np - tp, fn: ng - tp });
  return {
    quoteExact: c(exact, pred.length, gold.length),
    quoteOverlap: c(quoteOverlap, pred.length, gold.length),
    speaker: c(speakers, pred.length, goldSpeakers.length),
    cue: c(cues, predCues.length, goldCues.length),
    pair: c(pairs, pred.length, gold.length),
  };
}

export type Score = ReturnType<typeof scoreText>;

export function addScores(a: Score, b: Score): Score {
  const add = (x: Counts, y: Counts): Counts => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  return {
    quoteExact: add(a.quoteExact, b.quoteExact),
    quoteOverlap: add(a.quoteOverlap, b.quoteOverlap),
    speaker: add(a.speaker, b.speaker),
    cue: add(a.cue, b.cue),
    pair: add(a.pair, b.pair),
  };
}

export const zeroScore = (): Score => ({
  quoteExact: { tp: 0, fp: 0, fn: 0 },
  quoteOverlap: { tp: 0, fp: 0, fn: 0 },
  speaker: { tp: 0, fp: 0, fn: 0 },
  cue: { tp: 0, fp: 0, fn: 0 },
  pair: { tp: 0, fp: 0, fn: 0 },
});
