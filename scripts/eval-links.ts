// npm run eval:links — precision and recall of the link suggester (lib/suggestions/compare.ts)
// against the gold pairs in tests/fixtures/link-gold: first the dev split (the one thresholds and
// word lists were tuned on), then the held-out split, whose figures are the LAST line printed.
//
// "Any link": a pair counts as proposed when the suggester proposes CONTRADICTS or UPDATES, and
// as correct when the gold label is a link of either type (a reviewer sees it and picks the type;
// the panel shows the suggested one). "Typed": correct only when the type matches too; printed
// beside, not gated. Exits 1 when either split falls below precision 0.80 at recall 0.60, or when
// the held-out file's sha256 differs from tests/fixtures/link-gold/test.sha256 (committed before
// the evaluator first ran on it). --verbose lists the dev split's errors (never the held-out's).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { compareStatements } from "../lib/suggestions/compare";

const DIR = "tests/fixtures/link-gold";
const MIN_PRECISION = 0.8;
const MIN_RECALL = 0.6;
const verbose = process.argv.includes("--verbose");

interface Pair {
  id: string;
  label: "CONTRADICTS" | "UPDATES" | "NONE";
  a: string;
  b: string;
}

function load(file: string): Pair[] {
  return readFileSync(`${DIR}/${file}`, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Pair);
}

const ratio = (x: number, y: number) => (y === 0 ? 0 : x / y);

function score(name: string, pairs: Pair[], showErrors: boolean): boolean {
  let proposed = 0;
  let gold = 0;
  let hit = 0;
  let typedHit = 0;
  for (const p of pairs) {
    const { type } = compareStatements(p.a, p.b);
    if (type) proposed++;
    if (p.label !== "NONE") gold++;
    if (type && p.label !== "NONE") hit++;
    if (type && type === p.label) typedHit++;
    if (showErrors && (type ?? "NONE") !== p.label)
      console.log(`    ${p.id} gold ${p.label} got ${type ?? "NONE"}\n      a: ${p.a}\n      b: ${p.b}`);
  }
  const precision = ratio(hit, proposed);
  const recall = ratio(hit, gold);
  const ok = precision >= MIN_PRECISION && recall >= MIN_RECALL;
  console.log(
    `${name} (${pairs.length} pairs, ${gold} links, ${proposed} proposed): any link precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} (target precision ≥ ${MIN_PRECISION} at recall ≥ ${MIN_RECALL}); typed precision ${ratio(typedHit, proposed).toFixed(2)} recall ${ratio(typedHit, gold).toFixed(2)} ${ok ? "PASS" : "FAIL"}`,
  );
  return ok;
}

const expected = readFileSync(`${DIR}/test.sha256`, "utf8").trim();
const actual = createHash("sha256")
  .update(readFileSync(`${DIR}/test.jsonl`))
  .digest("hex");
const devOk = score("dev", load("dev.jsonl"), verbose);
if (actual !== expected) {
  console.log(`held-out: test.jsonl changed since its hash was recorded (${actual} ≠ ${expected}) FAIL`);
  process.exit(1);
}
const testOk = score("held-out", load("test.jsonl"), false);
process.exit(devOk && testOk ? 0 : 1);
