import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";
import { addScores, prf, scoreText, zeroScore, type GoldClaim } from "@/lib/ingest/evaluate";
import { demoLexicon } from "@/lib/demo/lexicon";
import { sliceCodePoints } from "@/lib/text/selectors";

const GOLD = "tests/fixtures/extract-gold";
const seeds = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");

/**
 * The gold files of one source with the path of their text. A gold file whose text is missing
 * throws: dropping it would score (or check) a smaller set and still pass. The seed articles
 * live outside the repository (SEED_ARTICLES_DIR), so a wrong folder must fail loudly here.
 */
function load(source: "seeds" | "extra") {
  const gold = readdirSync(GOLD)
    .map(
      (f) =>
        JSON.parse(readFileSync(path.join(GOLD, f), "utf8")) as {
          source: string;
          file: string;
          articleDate: string;
          claims: GoldClaim[];
        },
    )
    .filter((g) => g.source === source)
    .map((g) => ({
      ...g,
      path: source === "seeds" ? path.join(seeds, g.file) : path.join("tests/fixtures/extract-texts", g.file),
    }));
  const missing = gold.filter((g) => !existsSync(g.path)).map((g) => g.path);
  if (missing.length > 0)
    throw new Error(
      `gold texts missing (${source}; seed articles are read from SEED_ARTICLES_DIR=${seeds}): ${missing.join(", ")}`,
    );
  if (gold.length === 0) throw new Error(`no gold files of source "${source}" in ${GOLD}`);
  return gold;
}

function score(source: "seeds" | "extra") {
  let total = zeroScore();
  for (const g of load(source)) {
    const { candidates } = extractCandidates(readFileSync(g.path, "utf8"), {
      articleDate: g.articleDate,
      speakers: demoLexicon,
    });
    total = addScores(total, scoreText(candidates, g.claims));
  }
  return total;
}

describe("extraction against the gold set", () => {
  it("has well-formed gold: spans inside the text, quotes not overlapping", () => {
    for (const g of [...load("seeds"), ...load("extra")]) {
      const text = readFileSync(g.path, "utf8").normalize("NFC");
      const len = Array.from(text).length;
      const quotes = g.claims.map((c) => c.quoteSpan).sort((a, b) => a[0] - b[0]);
      quotes.forEach((q, i) => {
        expect(q[0] >= 0 && q[1] <= len && q[0] < q[1], `${g.file} ${q}`).toBe(true);
        if (i > 0) expect(q[0] >= quotes[i - 1]![1], `${g.file} overlapping quotes`).toBe(true);
        expect(sliceCodePoints(text, q[0], q[1]).trim().length).toBeGreaterThan(0);
      });
    }
  });

  it("meets the bar on the seed articles: pair F1 (overlap) ≥ 0.85 with precision ≥ 0.90", () => {
    const pair = prf(score("seeds").pair);
    expect(pair.precision).toBeGreaterThanOrEqual(0.9);
    expect(pair.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("does not regress on our own texts (floors well below the measured figures)", () => {
    const s = score("extra");
    expect(prf(s.quoteOverlap).precision).toBeGreaterThanOrEqual(0.9);
    expect(prf(s.pair).f1).toBeGreaterThanOrEqual(0.6);
  });
});
