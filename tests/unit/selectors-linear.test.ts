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
import * as ref from "./reference/selectors-v1";

// Small alphabets make repeats, overlaps and astral characters frequent.
const wellFormed = fc.string({ unit: fc.constantFrom("a", "b", "ă", " ", "😀", "𝐀"), maxLength: 60 });
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
    fc.assert(
      fc.property(anyUnits, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 }), (text, a, b, context) => {
        const n = codePointLength(text);
        if (n === 0) return;
        const start = a % n;
        const end = start + 1 + (b % (n - start));
        expect(spanAt(text, start, end, context)).toEqual(ref.spanAt(text, start, end, context));
        expect(spanAt(text, start, end)).toEqual(ref.spanAt(text, start, end));
      }),
      { numRuns: 500 },
    );
    expect(() => spanAt("abc", 2, 5)).toThrow(RangeError);
    expect(() => spanAt("a😀", 0, 3)).toThrow(RangeError);
  });

  it("findOccurrences and locateQuote", () => {
    fc.assert(
      fc.property(
        anyUnits,
        fc.string({ unit: fc.constantFrom("a", "b", " ", "😀", "\uDE00"), minLength: 0, maxLength: 3 }),
        fc.integer({ min: -1, max: 6 }),
        (text, exact, occurrence) => {
          expect(findOccurrences(text, exact)).toEqual(ref.findOccurrences(text, exact));
          expect(findOccurrences(text, exact, 2)).toEqual(ref.findOccurrences(text, exact).slice(0, 2));
          let expected: unknown;
          try {
            expected = ref.locateQuote(text, exact, occurrence);
          } catch (error) {
            expected = error;
          }
          if (expected instanceof Error)
            expect(() => locateQuote(text, exact, occurrence)).toThrow(RangeError);
          else expect(locateQuote(text, exact, occurrence)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reanchor, wherever the quote is long enough to be looked for", () => {
    fc.assert(
      fc.property(
        wellFormed,
        fc.nat(),
        fc.nat(),
        wellFormed,
        fc.nat(20),
        fc.nat(20),
        fc.integer({ min: 0, max: 70 }),
        (original, a, b, edited, preLen, sufLen, drift) => {
          const n = codePointLength(original);
          if (n === 0) return;
          const start = a % n;
          const end = start + 1 + (b % Math.min(6, n - start));
          const stored = ref.spanAt(original, start, end);
          // The stored selector against an edited text (often still containing the quote), with some
          // of its context and a drifted offset.
          const text = `${edited.slice(0, edited.length >> 1)}${original}${edited.slice(edited.length >> 1)}`;
          const selector = {
            ...stored,
            prefix: stored.prefix.slice(-preLen),
            suffix: stored.suffix.slice(0, sufLen),
            start: stored.start + drift,
            end: stored.end + drift,
          };
          const got = reanchor(text, selector);
          const atPosition = sliceCodePoints(text, selector.start, selector.end) === selector.exact;
          if (!atPosition && codePointLength(selector.exact) < MIN_REANCHOR_QUOTE_LENGTH)
            expect(got).toBeNull();
          else expect(got).toEqual(ref.reanchor(text, selector));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("re-anchors by quote and context after an edit", () => {
    const text = "😀 Ông Ushakov nói: “không cần thiết”. Ông Ushakov nói thêm.";
    const span = locateQuote(text, "Ông Ushakov", 1)!;
    const edited = `Cập nhật 😀: ${text}`;
    const moved = reanchor(edited, span)!;
    expect(moved).toEqual(ref.reanchor(edited, span));
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
    expect(() =>
      ref.reanchor(text, { start: 0, end: 3, exact: lowHalf, prefix: "", suffix: "" }),
    ).not.toThrow();
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
