import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, normalizeLine, normalizeText, slugify, statementKey } from "@/lib/text/normalize";
import {
  codePointLength,
  findOccurrences,
  locateQuote,
  reanchor,
  sliceCodePoints,
  spanAt,
} from "@/lib/text/selectors";

describe("normalizeText", () => {
  it("trims blanks at line ends exactly as the simple rule does, on any mix of blanks and newlines", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "\t", "\n", "a", "đ"), { maxLength: 60 }), (parts) => {
        const s = parts.join("");
        expect(normalizeText(s)).toBe(s.normalize("NFC").replace(/[ \t]+\n/g, "\n"));
      }),
    );
  });

  it("turns NFD into NFC and drops zero-width characters", () => {
    const nfd = "đàm phán ba bên".normalize("NFD");
    expect(nfd).not.toBe("đàm phán ba bên");
    expect(normalizeText(`${nfd}\u200B`)).toBe("đàm phán ba bên");
  });
  it("collapses whitespace in single-line fields", () => {
    expect(normalizeLine("  Yuri\u00A0 Ushakov \n ")).toBe("Yuri Ushakov");
  });
});

describe("foldText", () => {
  it("ignores diacritics, tone-mark placement and đ", () => {
    expect(foldText("Đàm phán BA BÊN")).toBe("dam phan ba ben");
    expect(foldText("hoà")).toBe(foldText("hòa"));
    expect(foldText("thỏa thuận")).toBe(foldText("thoả thuận"));
  });
  it("gives the same statement key regardless of punctuation and case", () => {
    expect(statementKey("“Hòa bình không chỉ là…”")).toBe(statementKey("hoà bình KHÔNG chỉ là"));
  });
  it("makes ASCII slugs", () => {
    expect(slugify("Ông Ushakov: Không có định dạng 3 bên!")).toBe("ong-ushakov-khong-co-dinh-dang-3-ben");
  });
});

describe("text selectors (code points)", () => {
  const text = "😀 Ông Ushakov nói: “không cần thiết”. Ông Ushakov nói thêm.";

  it("counts astral characters as one code point", () => {
    expect(codePointLength("😀a")).toBe(2);
    expect("😀a".length).toBe(3);
  });

  it("locates a quote after an emoji with code-point offsets", () => {
    const span = locateQuote(text, "không cần thiết");
    expect(span).not.toBeNull();
    expect(sliceCodePoints(text, span!.start, span!.end)).toBe("không cần thiết");
    expect(span!.start).toBe(text.indexOf("không cần thiết") - 1);
  });

  it("finds each occurrence and builds prefix/suffix", () => {
    expect(findOccurrences(text, "Ông Ushakov")).toHaveLength(2);
    const second = locateQuote(text, "Ông Ushakov", 1)!;
    expect(second.prefix.endsWith("”. ")).toBe(true);
    expect(second.suffix.startsWith(" nói thêm")).toBe(true);
    expect(locateQuote(text, "Ông Ushakov", 2)).toBeNull();
  });

  it("re-anchors by quote and context when offsets drift", () => {
    const span = locateQuote(text, "Ông Ushakov", 1)!;
    const edited = `Cập nhật: ${text}`;
    const moved = reanchor(edited, span)!;
    expect(sliceCodePoints(edited, moved.start, moved.end)).toBe("Ông Ushakov");
    expect(moved.start).toBe(span.start + codePointLength("Cập nhật: "));
    expect(reanchor("văn bản khác", span)).toBeNull();
  });

  it("rejects spans outside the text", () => {
    expect(() => spanAt("abc", 2, 5)).toThrow(RangeError);
    expect(() => spanAt("abc", 2, 2)).toThrow(RangeError);
  });
});
