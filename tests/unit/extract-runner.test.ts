import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";
import { BoundedCache, extractionKey } from "@/lib/ingest/extract-cache";
import { DEFAULT_LIMITS, ExtractionPool, type ExtractionOutcome } from "@/lib/ingest/extract-runner";
import { demoLexicon } from "@/lib/demo/lexicon";

const article = readFileSync(path.resolve("tests/fixtures/extract-texts/extra-01-flood.txt"), "utf8");

/** An article that takes the extractor seconds: thousands of paragraphs, each naming a new person. */
function slowArticle(chars: number): string {
  let text = "";
  for (let i = 0; text.length < chars; i++) {
    const name = [65 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26)]
      .map((c) => String.fromCharCode(c))
      .join("");
    text += `Bộ trưởng Nguyễn Văn ${name} nói rằng kinh tế của tỉnh sẽ tăng mạnh trong năm tới.\n`;
  }
  return text;
}

const pool = new ExtractionPool({
  ...DEFAULT_LIMITS,
  maxWorkers: 1,
  maxQueued: 1,
  queueTimeoutMs: 60_000,
  idleMs: 5_000,
  progressMs: 50,
});
afterAll(() => pool.close());

describe("extraction in a worker thread", () => {
  it("gives what the extractor gives in-thread", async () => {
    const opts = { speakers: demoLexicon, articleDate: "2025-12-20", outlet: "TTXVN" };
    const outcome = await pool.run(article, opts);
    expect(outcome).toMatchObject({ complete: true });
    expect(outcome.candidates).toEqual(extractCandidates(article, opts).candidates);
    expect(outcome.candidates.length).toBeGreaterThan(5);
  }, 30_000);

  it("stops a run at its time limit, answers with the paragraphs done, and replaces the worker", async () => {
    await pool.run("Ông A nói rằng mọi việc đều ổn định.", {}); // the worker is up
    const text = slowArticle(600_000);
    const before = pool.stats().terminated;
    // A limit long enough for some paragraphs even on a loaded machine, far below the whole run.
    const outcome = await pool.run(text, { speakers: demoLexicon }, 1500);
    expect(outcome.complete).toBe(false);
    expect(outcome.reason).toBe("timeout");
    expect(outcome.message).toMatch(/Stopped after 1\.5 s/);
    expect(outcome.ms).toBeLessThan(10_000); // the whole article takes far longer
    expect(pool.stats()).toMatchObject({ terminated: before + 1, workers: 0, busy: 0 });
    // What it found so far is what a full run finds in those paragraphs.
    const { done, total } = outcome.paragraphs!;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    expect(outcome.candidates.length).toBeGreaterThan(0);
    expect(outcome.candidates).toEqual(
      extractCandidates(text.split("\n").slice(0, done).join("\n"), { speakers: demoLexicon }).candidates,
    );
    // The next job gets a fresh worker.
    const next = await pool.run(article, {});
    expect(next.complete).toBe(true);
    expect(pool.stats()).toMatchObject({ workers: 1 });
  }, 60_000);

  it("queues a bounded number of jobs and answers the rest busy at once", async () => {
    const text = slowArticle(30_000);
    const results = await Promise.all([pool.run(text, {}), pool.run(text, {}), pool.run(text, {})]);
    const reasons = results.map((r: ExtractionOutcome) => (r.complete ? "complete" : r.reason));
    expect(reasons.sort()).toEqual(["busy", "complete", "complete"]);
  }, 60_000);
});

describe("result cache", () => {
  const outcome = (n: number): ExtractionOutcome => ({
    complete: true,
    candidates: extractCandidates("Ông A nói rằng mọi việc đều ổn định.".repeat(n), {}).candidates,
    ms: 1,
  });

  it("is keyed by content and options", () => {
    expect(extractionKey("a", {})).toBe(extractionKey("a", {}));
    expect(extractionKey("a", {})).not.toBe(extractionKey("b", {}));
    expect(extractionKey("a", { outlet: "X" })).not.toBe(extractionKey("a", {}));
    expect(extractionKey("a", { speakers: demoLexicon })).not.toBe(
      extractionKey("a", { speakers: demoLexicon.slice(1) }),
    );
  });

  it("evicts the least recently used entries beyond its entry and byte bounds, and expires incomplete ones", () => {
    const cache = new BoundedCache(3, 1_000_000);
    for (const k of ["a", "b", "c"]) cache.set(k, outcome(1));
    expect(cache.get("a")).toBeDefined(); // a is now the most recent
    cache.set("d", outcome(1));
    expect(cache.get("b")).toBeUndefined();
    expect(["a", "c", "d"].every((k) => cache.get(k))).toBe(true);

    const small = new BoundedCache(100, 4_000);
    small.set("x", outcome(1));
    small.set("y", outcome(1));
    small.set("z", outcome(1));
    expect(small.stats().bytes).toBeLessThanOrEqual(4_000);
    expect(small.get("z")).toBeDefined();
    small.set("huge", outcome(50)); // more than half the budget: not kept
    expect(small.get("huge")).toBeUndefined();

    const timed = new BoundedCache();
    timed.set("t", outcome(1), 1_000, 0);
    expect(timed.get("t", 999)).toBeDefined();
    expect(timed.get("t", 1_000)).toBeUndefined();
    expect(timed.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
