// npm run bench:extract — extractor speed: milliseconds per 5 KB of article text, over the
// seed articles and our own texts, repeated; prints p50/p95 per article and the overall rate.
// Target (issue 6): < 50 ms per 5 KB article, checked at p95. Both text sets must be there (the
// seed articles in SEED_ARTICLES_DIR, ../shared/seeds by default, and tests/fixtures/extract-texts):
// without one of them the figure is not the one the bench claims, and it exits 2. Exit 1: target missed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Extractor } from "../lib/ingest/extract";
import { demoLexicon } from "../lib/demo/lexicon";
import { BenchReport } from "./bench/report";
import { fmt, percentile } from "./bench/stats";

const SEEDS = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");
const EXTRA = "tests/fixtures/extract-texts";
const REPEAT = Number(process.env.BENCH_REPEAT ?? 200);
const TARGET_MS_PER_5KB = 50;

const report = new BenchReport("bench:extract");
const textFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => path.join(dir, f))
    : [];
const seedFiles = textFiles(SEEDS);
const extraFiles = textFiles(EXTRA);
report.precondition(
  "seed articles",
  seedFiles.length > 0,
  `${seedFiles.length} in ${SEEDS} (SEED_ARTICLES_DIR)`,
);
report.precondition("our own texts", extraFiles.length > 0, `${extraFiles.length} in ${EXTRA}`);
if (report.exitCode !== 0) process.exit(report.finish());

const texts = [...seedFiles, ...extraFiles].map((f) => readFileSync(f, "utf8"));
const extractor = () => new Extractor({ speakers: demoLexicon });
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
console.log(
  `bench:extract: ${texts.length} texts (${fmt(texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1000)} KB) × ${REPEAT} runs, lexicon of ${demoLexicon.length} speakers`,
);
console.log(
  `  per 5 KB of text: p50 ${fmt(percentile(per5k, 50), 2)} ms, p95 ${fmt(percentile(per5k, 95), 2)} ms; overall ${fmt(total / (bytes / 5000), 2)} ms per 5 KB (${fmt(bytes / 1e6 / (total / 1000), 2)} MB/s)`,
);
report.target("per 5 KB of text, p95", percentile(per5k, 95), "<", TARGET_MS_PER_5KB, {
  unit: " ms",
  digits: 2,
});
process.exitCode = report.finish();
