/**
 * The linear text selectors give what the straightforward (quadratic) ones they replaced gave: their
 * answers on fixed random inputs are in tests/fixtures/v1-oracles/selectors.json, written from
 * the v1 code (commit 8d26cfb) by tests/unit/reference/generate-goldens.ts at commit 58be268 (the
 * generator and the v1 copies were then deleted).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  codePointIndex,
  codePointLength,
  CONTEXT_LENGTH,
  findOccurrences,
  locateQuote,
  MAX_REANCHOR_CANDIDATES,
  MIN_REANCHOR_QUOTE_LENGTH,
  reanchor,
  sliceCodePoints,
  spanAt,
  utf16ToCodePointIndex,
} from "@/lib/text/selectors";

type Span = { start: number; end: number; exact: string; prefix: string; suffix: string };
// Read as text, not imported: the inputs hold lone surrogates, which JSON.parse accepts and Vite's
// JSON import does not.
const oracle = JSON.parse(readFileSync("tests/fixtures/v1-oracles/selectors.json", "utf8")) as {
  spanAt: {
    text: string;
    start: number;
    end: number;
    context: number;
    withContext: Span;
    withDefault: Span;
  }[];
  occurrences: {
    text: string;
    exact: string;
    occurrence: number;
    found: number[];
    located: Span | null | "throws";
  }[];
  reanchor: { text: string; selector: Span; anchored: Span | null }[];
};

// Small alphabets make repeats, overlaps and astral characters frequent.
const anyUnits = fc.string({
  unit: fc.constantFrom("a", "b", " ", "😀", "\uD83D", "\uDE00", "\uDC00"),
  maxLength: 40,
});

describe("codePointIndex (one pass) agrees with counting from the start", () => {
  it("for every UTF-16 offset and range, lone surrogates included", () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        const index = codePointIndex(text);
        for (let i = 0; i <= text.length; i++) {
          expect(index.toCodePoint(i)).toBe(utf16ToCodePointIndex(text, i));
          for (let j = 0; j <= text.length; j++)
            expect(index.count(i, j)).toBe(codePointLength(text.slice(i, j)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("selectors give the same results as the straightforward ones", () => {
  it("spanAt", () => {
    expect(oracle.spanAt.length).toBeGreaterThan(400);
    for (const { text, start, end, context, withContext, withDefault } of oracle.spanAt) {
      expect(spanAt(text, start, end, context)).toEqual(withContext);
      expect(spanAt(text, start, end)).toEqual(withDefault);
    }
    expect(() => spanAt("abc", 2, 5)).toThrow(RangeError);
    expect(() => spanAt("a😀", 0, 3)).toThrow(RangeError);
  });

  it("findOccurrences and locateQuote", () => {
    expect(oracle.occurrences.length).toBe(600);
    for (const { text, exact, occurrence, found, located } of oracle.occurrences) {
      expect(findOccurrences(text, exact)).toEqual(found);
      expect(findOccurrences(text, exact, 2)).toEqual(found.slice(0, 2));
      if (located === "throws") expect(() => locateQuote(text, exact, occurrence)).toThrow(RangeError);
      else expect(locateQuote(text, exact, occurrence)).toEqual(located);
    }
  });

  it("reanchor, wherever the quote is long enough to be looked for", () => {
    expect(oracle.reanchor.length).toBeGreaterThan(1000);
    for (const { text, selector, anchored } of oracle.reanchor) {
      const got = reanchor(text, selector);
      const atPosition = sliceCodePoints(text, selector.start, selector.end) === selector.exact;
      if (!atPosition && codePointLength(selector.exact) < MIN_REANCHOR_QUOTE_LENGTH) expect(got).toBeNull();
      else expect(got).toEqual(anchored);
    }
  });

  it("re-anchors by quote and context after an edit", () => {
    const text = "😀 Ông Ushakov nói: “không cần thiết”. Ông Ushakov nói thêm.";
    const span = locateQuote(text, "Ông Ushakov", 1)!;
    const edited = `Cập nhật 😀: ${text}`;
    const moved = reanchor(edited, span)!;
    // What the v1 code answered.
    expect(moved).toEqual({
      start: 50,
      end: 61,
      exact: "Ông Ushakov",
      prefix: "Ushakov nói: “không cần thiết”. ",
      suffix: " nói thêm.",
    });
    expect(sliceCodePoints(edited, moved.start, moved.end)).toBe("Ông Ushakov");
    expect(moved.suffix.startsWith(" nói thêm")).toBe(true);
  });
});

describe("bounded re-anchoring", () => {
  it("does not look for a quote shorter than the minimum elsewhere, but accepts it in place", () => {
    const text = "ab".repeat(12_000);
    expect(reanchor(text, { start: 1, end: 2, exact: "a", prefix: "", suffix: "" })).toBeNull();
    expect(reanchor(text, { start: 0, end: 1, exact: "a", prefix: "", suffix: "" })).toMatchObject({
      start: 0,
      end: 1,
      exact: "a",
    });
  });

  it("considers the occurrences nearest the stored offset when there are too many", () => {
    const text = "ab".repeat(10 * MAX_REANCHOR_CANDIDATES);
    // Stored at an odd offset (where "aba" is not), near the end: the nearest occurrence wins.
    const stored = 2 * (9 * MAX_REANCHOR_CANDIDATES) + 1;
    const got = reanchor(text, { start: stored, end: stored + 3, exact: "aba", prefix: "", suffix: "" })!;
    expect(got.exact).toBe("aba");
    expect(Math.abs(got.start - stored)).toBe(1);
    // After inserting 6 characters, offset stored + 6 holds "bab": the quote must be looked for.
    const moved = stored + 6;
    // A distinctive context far away, beyond the nearest candidates, is not searched for…
    const far = `${text.slice(0, 100)}XYZaba${text.slice(100)}`;
    expect(sliceCodePoints(far, moved, moved + 3)).toBe("bab");
    const fromFar = reanchor(far, { start: moved, end: moved + 3, exact: "aba", prefix: "XYZ", suffix: "" })!;
    expect(Math.abs(fromFar.start - moved)).toBeLessThan(2 * MAX_REANCHOR_CANDIDATES);
    // …but among them it is.
    const near = `${text.slice(0, stored - 41)}XYZaba${text.slice(stored - 41)}`;
    expect(sliceCodePoints(near, moved, moved + 3)).toBe("bab");
    expect(
      reanchor(near, { start: moved, end: moved + 3, exact: "aba", prefix: "XYZ", suffix: "" })!.start,
    ).toBe(stored - 41 + 3);
  });

  it("never anchors inside a surrogate pair (the old code threw there)", () => {
    const text = "x😀yy😀";
    const lowHalf = "\uDE00yy";
    expect(reanchor(text, { start: 0, end: 3, exact: lowHalf, prefix: "", suffix: "" })).toBeNull();
    expect(reanchor("😀", { start: 5, end: 8, exact: "\uDE00", prefix: "", suffix: "" })).toBeNull();
  });

  it("keeps CONTEXT_LENGTH code points of context", () => {
    const text = `${"😀".repeat(40)}quote${"𝐀".repeat(40)}`;
    const span = spanAt(text, 40, 45);
    expect(codePointLength(span.prefix)).toBe(CONTEXT_LENGTH);
    expect(codePointLength(span.suffix)).toBe(CONTEXT_LENGTH);
    expect(reanchor(`zz${text}`, span)).toEqual({ ...span, start: 42, end: 47 });
  });
});
