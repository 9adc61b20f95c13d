// npm run eval:extract — precision, recall and F1 of the extractor against the project's gold
// set (tests/fixtures/extract-gold): the five seed articles (read from ../shared/seeds) and our
// own newsroom-style texts (tests/fixtures/extract-texts). Add --verbose for per-claim errors.
//
// Both sets are development data, and the figures are reported as such: every seed speaker is in
// the demo lexicon (lib/demo/lexicon.ts), and our own texts were written alongside
// the patterns. They show regressions, not how the extractor does on news it has never seen.
// A gold file whose text is missing is an error (exit 1), never silently left out.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractCandidates } from "../lib/ingest/extract";
import { addScores, prf, scoreText, zeroScore, type GoldClaim, type Score } from "../lib/ingest/evaluate";
import { demoLexicon } from "../lib/demo/lexicon";
import { normalizeText } from "../lib/text/normalize";
import { sliceCodePoints } from "../lib/text/selectors";

const GOLD_DIR = "tests/fixtures/extract-gold";
const TEXT_DIR = "tests/fixtures/extract-texts";
const SEEDS_DIR = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");
const verbose = process.argv.includes("--verbose");

interface GoldFile {
  source: "seeds" | "extra";
  file: string;
  articleDate: string;
  claims: GoldClaim[];
}

const groups: Record<"seeds" | "extra", { score: Score; texts: number; claims: number }> = {
  seeds: { score: zeroScore(), texts: 0, claims: 0 },
  extra: { score: zeroScore(), texts: 0, claims: 0 },
};

const missing: string[] = [];
for (const name of readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, name), "utf8")) as GoldFile;
  const file = gold.source === "seeds" ? path.join(SEEDS_DIR, gold.file) : path.join(TEXT_DIR, gold.file);
  if (!existsSync(file)) {
    console.error(`  MISSING ${name}: its text ${file} was not found`);
    missing.push(name);
    continue;
  }
  const raw = readFileSync(file, "utf8");
  const { text, candidates } = extractCandidates(raw, {
    articleDate: gold.articleDate,
    speakers: demoLexicon,
  });
  if (text !== normalizeText(raw.normalize("NFC"))) throw new Error("normalisation changed");
  const score = scoreText(candidates, gold.claims);
  const g = groups[gold.source];
  g.score = addScores(g.score, score);
  g.texts++;
  g.claims += gold.claims.length;
  const pair = prf(score.pair);
  console.log(
    `  ${name.padEnd(34)} gold ${String(gold.claims.length).padStart(3)}  predicted ${String(candidates.length).padStart(3)}  pair P ${pair.precision.toFixed(2)} R ${pair.recall.toFixed(2)} F1 ${pair.f1.toFixed(2)}`,
  );
  if (verbose) {
    for (const c of candidates) {
      const hit = gold.claims.find(
        (gc) =>
          Math.max(0, Math.min(gc.quoteSpan[1], c.quote.end) - Math.max(gc.quoteSpan[0], c.quote.start)) > 0,
      );
      if (!hit) console.log(`      FP  ${c.speaker.text} | ${c.quote.text.slice(0, 90)}`);
    }
    for (const gc of gold.claims) {
      const hit = candidates.find(
        (c) =>
          Math.max(0, Math.min(gc.quoteSpan[1], c.quote.end) - Math.max(gc.quoteSpan[0], c.quote.start)) > 0,
      );
      if (!hit)
        console.log(
          `      FN  ${gc.speaker} | ${sliceCodePoints(text, gc.quoteSpan[0], gc.quoteSpan[1]).slice(0, 90)}`,
        );
    }
  }
}

const fmt = (n: number) => n.toFixed(3);
for (const [group, g] of Object.entries(groups)) {
  if (!g.texts) continue;
  const label =
    group === "seeds"
      ? "Seed articles — development data (every seed speaker is in the default lexicon)"
      : "Our own texts — development data (written alongside the patterns)";
  console.log(`\n${label}: ${g.texts} texts, ${g.claims} gold claims`);
  console.log("  metric                      precision  recall     F1");
  for (const [label, key] of [
    ["speaker mention (overlap)", "speaker"],
    ["cue (overlap)", "cue"],
    ["quote span (exact)", "quoteExact"],
    ["quote span (overlap)", "quoteOverlap"],
    ["speaker–quote pair (overlap)", "pair"],
  ] as const) {
    const m = prf(g.score[key]);
    console.log(`  ${label.padEnd(28)}  ${fmt(m.precision)}      ${fmt(m.recall)}  ${fmt(m.f1)}`);
  }
}

console.log("\nThese are development figures, not an evaluation on unseen news.");
if (missing.length) {
  console.error(
    `\neval:extract: ${missing.length} gold file(s) without their text (${missing.join(", ")}); set SEED_ARTICLES_DIR to the seed articles' folder.`,
  );
  process.exit(1);
}
