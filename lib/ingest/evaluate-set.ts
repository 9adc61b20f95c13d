/**
 * Loads the extraction evaluation set (tests/fixtures/extract-eval): articles, gold and the
 * dev/test split, checking every gold span against its text. Node-only (scripts and tests).
 */

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { EvalArticle, EvalClaim } from "./evaluate-strict";

/** dev-added.json: the articles added to the dev split after the test split was frozen. */
const DevAdded = z.object({ rule: z.string(), dev: z.array(z.string().regex(/^[a-z]{3}-\d{2}$/)) });

export const EVAL_DIR = "tests/fixtures/extract-eval";
export const DOMAINS = ["politics", "diplomacy", "economy", "health", "sport", "education"] as const;
export const CONSTRUCTIONS = [
  "colon-intro",
  "quote-then-attribution",
  "continuation",
  "multi-paragraph",
  "indirect",
  "fronted-cue",
  "theo-X",
  "interview-QA",
  "headline",
  "organisation",
  "group",
  "unnamed",
  "document",
  "via-outlet",
  "coreference",
] as const;

export interface LoadedArticle extends EvalArticle {
  text: string; // the stored excerpt (NFC)
}

export interface EvalSet {
  dev: LoadedArticle[];
  test: LoadedArticle[];
}

/** Reads one article and its gold; throws on any gold that does not fit its text or the guide. */
export function loadArticle(dir: string, id: string): LoadedArticle {
  const txt = path.join(dir, "articles", `${id}.txt`);
  const json = path.join(dir, "articles", `${id}.json`);
  for (const f of [txt, json]) if (!existsSync(f)) throw new Error(`evaluation set: ${f} is missing`);
  const text = readFileSync(txt, "utf8");
  if (text !== text.normalize("NFC")) throw new Error(`${id}: text is not NFC`);
  const gold = JSON.parse(readFileSync(json, "utf8")) as EvalArticle;
  const problems: string[] = [];
  if (gold.id !== id) problems.push(`id ${gold.id} ≠ file name`);
  if (!(DOMAINS as readonly string[]).includes(gold.domain)) problems.push(`unknown domain ${gold.domain}`);
  if (!/^https?:\/\//.test(gold.url ?? "")) problems.push("no source URL");
  if (!gold.outlet) problems.push("no outlet");
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(gold.published ?? ""))
    problems.push("published is not YYYY[-MM[-DD]]");
  const chars = Array.from(text);
  const spans: [number, number][] = [];
  for (const [i, c] of (gold.claims ?? []).entries()) {
    const at = `claim ${i}`;
    if (!c.speaker?.trim()) problems.push(`${at}: no speaker`);
    if (c.kind !== "DIRECT" && c.kind !== "INDIRECT") problems.push(`${at}: kind ${c.kind}`);
    if (!c.constructions?.length) problems.push(`${at}: no construction label`);
    for (const l of c.constructions ?? [])
      if (!(CONSTRUCTIONS as readonly string[]).includes(l))
        problems.push(`${at}: unknown construction ${l}`);
    if (!(c.start >= 0 && c.end > c.start && c.end <= chars.length))
      problems.push(`${at}: span out of the text`);
    else if (chars.slice(c.start, c.end).join("") !== c.quote)
      problems.push(`${at}: quote ≠ text[start, end)`);
    spans.push([c.start, c.end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++)
    if (spans[i]![0] < spans[i - 1]![1]) problems.push(`quotes overlap at ${spans[i]![0]}`);
  if (problems.length) throw new Error(`${id}: ${problems.join("; ")}`);
  return { ...gold, claims: gold.claims as EvalClaim[], text };
}

/**
 * Checks the test split against `test.sha256` (sha256sum format, paths relative to `dir`):
 * returns the problems, empty when every listed file is unchanged and every test file is listed.
 */
export function verifyTestChecksums(dir: string): string[] {
  const sumsFile = path.join(dir, "test.sha256");
  if (!existsSync(sumsFile)) return [`${sumsFile} is missing`];
  const listed = new Map<string, string>();
  for (const line of readFileSync(sumsFile, "utf8").split("\n")) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m) listed.set(m[2]!, m[1]!);
  }
  const problems: string[] = [];
  for (const [file, sum] of listed) {
    const p = path.join(dir, file);
    if (!existsSync(p)) {
      problems.push(`${file} is missing`);
      continue;
    }
    const actual = createHash("sha256").update(readFileSync(p)).digest("hex");
    if (actual !== sum) problems.push(`${file} changed since the checksum was taken`);
  }
  const split = JSON.parse(readFileSync(path.join(dir, "split.json"), "utf8")) as { test: string[] };
  if (!listed.has("split.json")) problems.push("split.json is not checksummed");
  for (const id of split.test)
    for (const f of [`articles/${id}.json`, `articles/${id}.txt`])
      if (!listed.has(f)) problems.push(`${f} (test split) is not checksummed`);
  return problems;
}

export function loadEvalSet(dir = EVAL_DIR): EvalSet {
  const split = JSON.parse(readFileSync(path.join(dir, "split.json"), "utf8")) as {
    dev: string[];
    test: string[];
  };
  // Articles added later to enlarge dev live in their own list: split.json is checksummed with the
  // test split (test.sha256), so it never changes once the test split is frozen.
  const addedFile = path.join(dir, "dev-added.json");
  if (existsSync(addedFile)) {
    const added = DevAdded.parse(JSON.parse(readFileSync(addedFile, "utf8")));
    const twice = added.dev.filter((id) => split.dev.includes(id));
    if (twice.length) throw new Error(`listed in split.json and dev-added.json: ${twice.join(", ")}`);
    split.dev = [...split.dev, ...added.dev];
  }
  const both = split.dev.filter((id) => split.test.includes(id));
  if (both.length) throw new Error(`in both dev and test: ${both.join(", ")}`);
  const unsplit = readdirSync(path.join(dir, "articles"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .filter((id) => !split.dev.includes(id) && !split.test.includes(id));
  // An article outside the split would be silently left out of every figure.
  if (unsplit.length) throw new Error(`articles in neither split: ${unsplit.join(", ")}`);
  return {
    dev: split.dev.map((id) => loadArticle(dir, id)),
    test: split.test.map((id) => loadArticle(dir, id)),
  };
}
