// Writes the answers of the v1 (pre-linear, commit 8d26cfb) sentence splitter and text selectors
// on fixed random inputs to tests/fixtures/v1-oracles/, so that the linear versions are compared
// with them without keeping the old code. Run once, from the commit that still has the v1 copies:
//   npx tsx tests/unit/reference/generate-goldens.ts
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import * as selectorsV1 from "./selectors-v1";
import * as sentencesV1 from "./sentences-v1";

const SEED = 20261202;
const out = "tests/fixtures/v1-oracles";
const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number) => fc.sample(arb, { seed: SEED, numRuns });
const attempt = <T>(f: () => T): T | "throws" => {
  try {
    return f();
  } catch {
    return "throws";
  }
};
const pairs = (segments: { start: number; end: number }[]) => segments.map((s) => [s.start, s.end]);

// The arbitraries of tests/unit/selectors-linear.test.ts and extract-linear.test.ts.
const wellFormed = fc.string({ unit: fc.constantFrom("a", "b", "ă", " ", "😀", "𝐀"), maxLength: 60 });
const anyUnits = fc.string({
  unit: fc.constantFrom("a", "b", " ", "😀", "\uD83D", "\uDE00", "\uDC00"),
  maxLength: 40,
});

const spanAt = sample(fc.tuple(anyUnits, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 })), 600)
  .filter(([text]) => selectorsV1.codePointLength(text) > 0)
  .map(([text, a, b, context]) => {
    const n = selectorsV1.codePointLength(text);
    const start = a % n;
    const end = start + 1 + (b % (n - start));
    return {
      text,
      start,
      end,
      context,
      withContext: selectorsV1.spanAt(text, start, end, context),
      withDefault: selectorsV1.spanAt(text, start, end),
    };
  });

const occurrences = sample(
  fc.tuple(
    anyUnits,
    fc.string({ unit: fc.constantFrom("a", "b", " ", "😀", "\uDE00"), minLength: 0, maxLength: 3 }),
    fc.integer({ min: -1, max: 6 }),
  ),
  600,
).map(([text, exact, occurrence]) => ({
  text,
  exact,
  occurrence,
  found: selectorsV1.findOccurrences(text, exact),
  located: attempt(() => selectorsV1.locateQuote(text, exact, occurrence)),
}));

const reanchor = sample(
  fc.tuple(wellFormed, fc.nat(), fc.nat(), wellFormed, fc.nat(20), fc.nat(20), fc.integer({ min: 0, max: 70 })),
  1200,
)
  .filter(([original]) => selectorsV1.codePointLength(original) > 0)
  .map(([original, a, b, edited, preLen, sufLen, drift]) => {
    const n = selectorsV1.codePointLength(original);
    const start = a % n;
    const end = start + 1 + (b % Math.min(6, n - start));
    const stored = selectorsV1.spanAt(original, start, end);
    // The stored selector against an edited text (often still containing the quote), with some of
    // its context and a drifted offset.
    const text = `${edited.slice(0, edited.length >> 1)}${original}${edited.slice(edited.length >> 1)}`;
    const selector = {
      ...stored,
      prefix: stored.prefix.slice(-preLen),
      suffix: stored.suffix.slice(0, sufLen),
      start: stored.start + drift,
      end: stored.end + drift,
    };
    return { text, selector, anchored: selectorsV1.reanchor(text, selector) };
  });

writeFileSync(`${out}/selectors.json`, `${JSON.stringify({ seed: SEED, spanAt, occurrences, reanchor })}\n`);

const unit = fc.constantFrom(
  ...["a", "A", "Ô", "b", "1", " ", ".", "!", "?", "…", "“", "”", '"', "«", "»", "(", ")", "[", "TP"],
  ...["v.v", "😀", "\u2591", "\n"],
);
const sentences = sample(fc.tuple(fc.array(unit, { maxLength: 80 }), fc.array(fc.boolean(), { maxLength: 200 })), 2000).map(
  ([units, mask]) => {
    const text = units.join("");
    // As the test masks: by UTF-16 unit, some characters of one paragraph only ("own") — the old
    // splitter saw only its own paragraph masked.
    const maskOwn = (seg: { start: number; end: number }) =>
      text
        .split("")
        .map((ch, i) => (ch !== "\n" && mask[i % (mask.length || 1)] && i >= seg.start && i < seg.end ? "\u2591" : ch))
        .join("");
    const segments = sentencesV1.paragraphs(text).map((seg) => ({
      masked: pairs(sentencesV1.splitSentences(maskOwn(seg), seg)),
      plain: pairs(sentencesV1.splitSentences(text, seg)),
    }));
    return { text, mask: mask.map(Number).join(""), segments };
  },
);
writeFileSync(`${out}/sentences.json`, `${JSON.stringify({ seed: SEED, sentences })}\n`);

// The case fast-check once found: a masked "!" right after an emoji's paragraph.
const emoji = "😀\n! Ô";
const seg = sentencesV1.paragraphs(emoji)[1]!;
console.log(
  "emoji case:",
  JSON.stringify(sentencesV1.splitSentences(`${emoji.slice(0, 3)}\u2591${emoji.slice(4)}`, seg)),
);
const edited = "Cập nhật 😀: 😀 Ông Ushakov nói: “không cần thiết”. Ông Ushakov nói thêm.";
const span = selectorsV1.locateQuote("😀 Ông Ushakov nói: “không cần thiết”. Ông Ushakov nói thêm.", "Ông Ushakov", 1)!;
console.log("re-anchor case:", JSON.stringify(selectorsV1.reanchor(edited, span)));
