// tsx scripts/bench-extract-adversarial.ts [--impl DIR] [--sizes 10,50,200] [--shapes a,b] [--timeout-ms 60000]
//
// Extractor and text-selector cost on adversarial article shapes, in milliseconds per KB
// (1 KB = 1,000 characters, the unit of MAX_ARTICLE_CHARS) at 10, 50 and 200 KB: the fastest of
// ROUNDS runs per size, the sizes interleaved (10, 50, 200, 10, …) so that they all see the same
// machine load; a single run when one takes over SLOW_MS. Target per shape, printed with PASS or
// FAIL: its cost grows no faster than linearly: time(largest) / time(next largest) at most
// LINEAR_SLACK (1.5) times the ratio of the sizes (200 KB / 50 KB: at most 6; linear is 4,
// quadratic 16) unless time(largest) is under FLOOR_MS (below it, timer, garbage-collection and
// cache noise dominate), and no single run exceeds --timeout-ms (the child is then stopped and that
// size reported as "> limit"). Exit 1 when a target is missed or a shape failed to run; exit 2 when
// it cannot be measured: fewer than two sizes, or no gold texts for the shapes built from them.
//
// Each shape runs in its own child process, calling the extractor directly (not through the
// worker-thread runner: this measures the algorithm). --impl DIR points at another checkout
// (DIR/lib/ingest/extract.ts, DIR/lib/text/selectors.ts; the demo lexicon is this checkout's) to
// compare implementations, e.g. a copy of the old code.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { demoLexicon } from "../lib/demo/lexicon";
import { BenchReport } from "./bench/report";

const LINEAR_SLACK = 1.5;
const FLOOR_MS = 50;

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), "..");
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const impl = path.resolve(opt("impl", root));
const sizes = opt("sizes", "10,50,200").split(",").map(Number);
const timeoutMs = Number(opt("timeout-ms", "60000"));

/** Vietnamese news text from the gold fixtures (seed articles when present, and our own texts). */
function goldTexts(): string {
  const seeds = path.resolve(root, process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");
  const extra = path.join(root, "tests/fixtures/extract-texts");
  const files = [
    ...(existsSync(seeds)
      ? readdirSync(seeds)
          .sort()
          .map((f) => path.join(seeds, f))
      : []),
    ...(existsSync(extra)
      ? readdirSync(extra)
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => path.join(extra, f))
      : []),
  ];
  return files.map((f) => readFileSync(f, "utf8").trim()).join("\n\n");
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

const SHORT_LINES = [
  "Hà Nội.",
  "Ông Hải cho biết: “Có.”",
  "Tin vắn",
  "“Không”, bà Lan nói.",
  "a",
  "Theo AFP, giá tăng mạnh trong tuần.",
  "—",
];

type Shape =
  | { kind: "extract"; make: (chars: number) => string }
  | { kind: "selectors"; make: (chars: number) => string; run: (sel: Selectors, text: string) => unknown };
interface Selectors {
  reanchor: (
    text: string,
    s: { start: number; end: number; exact: string; prefix: string; suffix: string },
  ) => unknown;
  findOccurrences: (text: string, exact: string) => number[];
}

const shapes: Record<string, Shape> = {
  // Thousands of one-line paragraphs (the reported 3.8 s at 20 KB, 19 s at 40 KB).
  "short-lines": { kind: "extract", make: (n) => repeatTo(`${SHORT_LINES.join("\n")}\n`, n) },
  // One paragraph, one sentence, no spaces.
  abab: { kind: "extract", make: (n) => repeatTo("ab", n) },
  // The gold texts as a single 200 KB paragraph (many sentences, one line).
  "one-paragraph": { kind: "extract", make: (n) => repeatTo(`${goldTexts().replace(/\s*\n\s*/g, " ")} `, n) },
  // Curly and straight quote marks alternating, one sentence.
  "quote-marks": { kind: "extract", make: (n) => repeatTo('“”"“ab” "cd" ', n) },
  // Quotes with attributions and colons, no full stop: every quote is a candidate in one sentence.
  "quotes-cues": {
    kind: "extract",
    make: (n) =>
      repeatTo('“một hai ba bốn”, ông Nam nói, Bộ trưởng Trần Văn Hải cho biết: "năm sáu bảy tám" ', n),
  },
  // Reporting verbs, densely, in one sentence with no punctuation.
  "cue-sentence": {
    kind: "extract",
    make: (n) => repeatTo("ông Nam nói rằng bà Lan cho biết các quan chức khẳng định ", n),
  },
  // The gold texts repeated (real news, many paragraphs).
  vietnamese: { kind: "extract", make: (n) => repeatTo(`${goldTexts()}\n\n`, n) },
  // Re-anchoring a 1-character span whose offsets drifted, on "abab…" (the reported 5 s at 24 KB).
  "reanchor-1char": {
    kind: "selectors",
    make: (n) => repeatTo("ab", n),
    run: (sel, text) => sel.reanchor(text, { start: 1, end: 2, exact: "a", prefix: "", suffix: "" }),
  },
  // Re-anchoring a short quote that occurs everywhere.
  "reanchor-abab": {
    kind: "selectors",
    make: (n) => repeatTo("ab", n),
    run: (sel, text) => sel.reanchor(text, { start: 1, end: 5, exact: "abab", prefix: "ab", suffix: "ab" }),
  },
  // Every occurrence of a 2-character string, with its code-point offset (astral characters in the text).
  occurrences: {
    kind: "selectors",
    make: (n) => repeatTo("ab😀", n),
    run: (sel, text) => sel.findOccurrences(text, "ab").length,
  },
};
const shapeNames = opt("shapes", Object.keys(shapes).join(",")).split(",");
/** The shapes whose text is made from the gold texts: without them they would measure spaces. */
const GOLD_SHAPES = new Set(["one-paragraph", "vietnamese"]);

const ROUNDS = 9;
const SLOW_MS = 2000;

/**
 * Child process: every size of one shape, in interleaved rounds (10, 50, 200, 10, 50, 200, …) so
 * that all sizes see the same machine load; one JSON line per run. A size whose run took over
 * SLOW_MS is not run again.
 */
async function runShape(shapeName: string): Promise<void> {
  const shape = shapes[shapeName];
  if (!shape) throw new Error(`unknown shape ${shapeName}`);
  let op: (t: string) => unknown;
  if (shape.kind === "extract") {
    const { extractCandidates } = (await import(
      pathToFileURL(path.join(impl, "lib/ingest/extract.ts")).href
    )) as typeof import("../lib/ingest/extract");
    // The same demo lexicon for every implementation compared (it moved out of lib/ingest).
    op = (t) => extractCandidates(t, { speakers: demoLexicon, articleDate: "2025-12-20" }).candidates.length;
  } else {
    const sel = (await import(pathToFileURL(path.join(impl, "lib/text/selectors.ts")).href)) as Selectors;
    op = (t) => shape.run(sel, t);
  }
  const texts = sizes.map((kb) => shape.make(kb * 1000));
  // Warm up (JIT tiers, regular expression compilation).
  op(shape.make(2000));
  op(shape.make(10_000));
  const slow = new Set<number>();
  for (let round = 0; round < ROUNDS; round++) {
    sizes.forEach((kb, i) => {
      if (slow.has(kb)) return;
      const started = performance.now();
      op(texts[i]!);
      const ms = performance.now() - started;
      if (ms > SLOW_MS) slow.add(kb);
      console.log(JSON.stringify({ kb, ms }));
    });
  }
}

/** Runs one shape's child; resolves with each size's runs, and the size it was stopped at, if any. */
function measureShape(
  name: string,
): Promise<{ runs: Map<number, number[]>; stoppedAt: number | null; error: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, self, "--shape", name, "--impl", impl, "--sizes", sizes.join(",")],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const runs = new Map<number, number[]>(sizes.map((kb) => [kb, []]));
    let stoppedAt: number | null = null;
    let stderr = "";
    let buffered = "";
    // A run that takes longer than the limit: stop the child; that size (and larger) are reported as such.
    let watchdog = setTimeout(() => stop(), timeoutMs);
    const stop = () => {
      // Sizes run smallest first; a repeat only follows a first run under SLOW_MS. So the run that
      // hung is the first of the smallest size not measured yet.
      stoppedAt = sizes.find((kb) => !runs.get(kb)?.length) ?? null;
      child.kill("SIGKILL");
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (!line.startsWith("{")) continue;
        const r = JSON.parse(line) as { kb: number; ms: number };
        runs.get(r.kb)?.push(r.ms);
        clearTimeout(watchdog);
        watchdog = setTimeout(() => stop(), timeoutMs);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code, signal) => {
      clearTimeout(watchdog);
      resolve({
        runs,
        stoppedAt,
        error: code === 0 || signal === "SIGKILL" ? null : `exit ${code ?? signal}: ${stderr.slice(-2000)}`,
      });
    });
  });
}

async function main(): Promise<number> {
  const report = new BenchReport("bench:extract:adversarial");
  console.log(
    `bench:extract:adversarial — implementation ${path.relative(process.cwd(), impl) || "."}; sizes ${sizes.join("/")} KB (1 KB = 1,000 characters); fastest of ${ROUNDS} interleaved runs; per-run limit ${timeoutMs / 1000} s`,
  );
  // The growth is measured between the two largest sizes.
  const [small, large] = [...new Set(sizes)].sort((a, b) => a - b).slice(-2);
  report.precondition(
    "two sizes or more to measure growth",
    sizes.every((kb) => Number.isFinite(kb) && kb > 0) &&
      small !== undefined &&
      large !== undefined &&
      large > small,
    `--sizes ${sizes.join(",")}`,
  );
  const unknown = shapeNames.filter((n) => !shapes[n]);
  report.precondition(
    "known shapes",
    unknown.length === 0,
    unknown.length ? `unknown: ${unknown.join(", ")}; known: ${Object.keys(shapes).join(", ")}` : "",
  );
  if (shapeNames.some((n) => GOLD_SHAPES.has(n)))
    report.precondition(
      "gold texts for the shapes built from them",
      goldTexts().trim().length > 0,
      "seed articles (SEED_ARTICLES_DIR) or tests/fixtures/extract-texts",
    );
  if (report.exitCode !== 0) return report.finish();
  const ratioLimit = LINEAR_SLACK * (large! / small!);
  console.log(
    `  ${"shape".padEnd(15)}${sizes.map((s) => `${s} KB: ms (ms/KB)`.padStart(24)).join("")}   growth`,
  );
  const verdicts: {
    name: string;
    ratio: number;
    largeMs: number | null;
    stoppedAt: number | null;
    error: string | null;
  }[] = [];
  for (const name of shapeNames) {
    const { runs, stoppedAt, error } = await measureShape(name);
    if (error) process.stderr.write(`${name}: ${error}\n`);
    // The fastest run: the cost of the work itself, without the garbage collections and the
    // scheduling noise that other runs (and other processes on the machine) add.
    const ms = sizes.map((kb) => {
      const list = runs.get(kb) ?? [];
      return list.length ? Math.min(...list) : null;
    });
    const cells = sizes.map((kb, i) => {
      const m = ms[i];
      if (m != null) return `${m.toFixed(1)} (${(m / kb).toFixed(3)})`.padStart(24);
      if (stoppedAt !== null && kb === stoppedAt) return `> ${(timeoutMs / 1000).toFixed(0)} s`.padStart(24);
      return (error ? "failed" : "skipped").padStart(24);
    });
    const a = ms[sizes.indexOf(small!)];
    const b = ms[sizes.indexOf(large!)];
    const ratio = a != null && b != null ? b / a : Number.NaN;
    verdicts.push({ name, ratio, largeMs: b ?? null, stoppedAt, error });
    const growth = Number.isFinite(ratio) ? `${large}/${small} = ${ratio.toFixed(1)}` : "n/a";
    console.log(`  ${name.padEnd(15)}${cells.join("")}   ${growth}`);
  }
  console.log(
    `\n  target per shape: time(${large} KB)/time(${small} KB) ≤ ${ratioLimit.toFixed(1)} (linear: ${(large! / small!).toFixed(1)}) unless ${large} KB takes ≤ ${FLOOR_MS} ms; no run over ${timeoutMs / 1000} s`,
  );
  for (const v of verdicts) {
    const label = `${v.name} grows linearly`;
    if (v.error) report.check(label, false, "the shape failed to run");
    else if (v.stoppedAt !== null)
      report.check(label, false, `a run at ${v.stoppedAt} KB took over ${timeoutMs / 1000} s`);
    else if (!Number.isFinite(v.ratio)) report.check(label, false, "not measured");
    else
      report.check(
        label,
        v.ratio <= ratioLimit || v.largeMs! <= FLOOR_MS,
        `${v.ratio.toFixed(1)}${v.ratio > ratioLimit ? " SUPERLINEAR" : ""}, ${large} KB in ${v.largeMs!.toFixed(1)} ms`,
      );
  }
  return report.finish();
}

const shapeIndex = args.indexOf("--shape");
if (shapeIndex >= 0) {
  await runShape(args[shapeIndex + 1]!);
} else {
  process.exitCode = await main();
}
