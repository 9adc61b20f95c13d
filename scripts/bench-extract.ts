// npm run bench:extract — extractor speed: milliseconds per 5 KB of article text, over the
// seed articles and our own texts, repeated; prints p50/p95 per article and the overall rate.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Extractor } from "../lib/ingest/extract";
import { defaultLexicon } from "../lib/ingest/lexicon-default";
import { fmt, percentile } from "./bench/stats";

const SEEDS = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");
const EXTRA = "tests/fixtures/extract-texts";
const REPEAT = Number(process.env.BENCH_REPEAT ?? 200);

const files = [
  ...(existsSync(SEEDS) ? readdirSync(SEEDS).map((f) => path.join(SEEDS, f)) : []),
  ...(existsSync(EXTRA) ? readdirSync(EXTRA).filter((f) => f.endsWith(".txt")).map((f) => path.join(EXTRA, f)) : []),
];
if (files.length === 0) {
  console.error("bench:extract: no texts found");
  process.exit(1);
}
const texts = files.map((f) => readFileSync(f, "utf8"));
const extractor = () => new Extractor({ speakers: defaultLexicon });
for (const t of texts) extractor().extract(t); // warm up

const per5k: number[] = [];
let bytes = 0;
let total = 0;
for (let r = 0; r < REPEAT; r++) {
  for (const t of texts) {
    const started = performance.now();
    extractor().extract(t);
    const ms = performance.now() - started;
    const kb5 = Buffer.byteLength(t, "utf8") / 5000;
    per5k.push(ms / kb5);
    bytes += Buffer.byteLength(t, "utf8");
    total += ms;
  }
}
console.log(`bench:extract: ${texts.length} texts (${fmt(texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1000)} KB) × ${REPEAT} runs, lexicon of ${defaultLexicon.length} speakers`);
console.log(`  per 5 KB of text: p50 ${fmt(percentile(per5k, 50), 2)} ms, p95 ${fmt(percentile(per5k, 95), 2)} ms; overall ${fmt(total / (bytes / 5000), 2)} ms per 5 KB (${fmt(bytes / 1e6 / (total / 1000), 2)} MB/s)`);
