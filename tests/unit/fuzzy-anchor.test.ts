import { describe, expect, it } from "vitest";
import { placeSpan } from "@/lib/text/fuzzy-anchor";
import { locateQuote } from "@/lib/text/selectors";

/** Placing a stored passage on a corrected article (lib/text/fuzzy-anchor.ts). */
describe("placeSpan", () => {
  const before =
    "Mở đầu bài báo. Ông Ushakov cho biết không có định dạng ba bên nào đang được thảo luận. Kết thúc bài báo.";
  const span = locateQuote(before, "không có định dạng ba bên nào đang được thảo luận")!;

  it("keeps a passage whose words and place are unchanged", () => {
    expect(placeSpan(before, span)).toMatchObject({ kind: "same", span: { start: span.start } });
  });

  it("follows a passage moved by an edit before it", () => {
    const after = `Đoạn mới được chèn ở đầu. ${before}`;
    const placed = placeSpan(after, span);
    expect(placed.kind).toBe("moved");
    if (placed.kind !== "lost") expect(placed.span.exact).toBe(span.exact);
  });

  it("finds a passage whose words were corrected (a typo), with its new words", () => {
    const after = before.replace("định dạng ba bên nào", "định dạng ba bên nao");
    const placed = placeSpan(after, span);
    expect(placed.kind).toBe("fuzzy");
    if (placed.kind === "fuzzy") {
      expect(placed.span.exact).toBe("không có định dạng ba bên nao đang được thảo luận");
      expect(placed.similarity).toBeGreaterThan(0.9);
    }
  });

  it("prefers the occurrence whose context matches when the words occur twice", () => {
    const text = "Ông A nói hòa bình sẽ đến sớm. Ông Ushakov cho biết hòa bình sẽ đến sớm hơn dự kiến.";
    const second = locateQuote(text, "hòa bình sẽ đến sớm", 1)!;
    const edited = text.replace("Ông A nói", "Ông A từng nói rằng");
    const placed = placeSpan(edited, second);
    expect(placed.kind).toBe("moved");
    if (placed.kind !== "lost")
      expect(edited.slice(placed.span.start - 18, placed.span.start)).toContain("cho biết");
  });

  it("reports a passage whose words are gone as lost, never pointing at other words", () => {
    const after = before.replace("không có định dạng ba bên nào đang được thảo luận", "mọi việc vẫn như cũ");
    expect(placeSpan(after, span)).toEqual({ kind: "lost" });
    // Half the words changed is not the same passage.
    const rewritten = before.replace("định dạng ba bên nào đang được", "kế hoạch hai phía nào sắp bị");
    expect(placeSpan(rewritten, span)).toEqual({ kind: "lost" });
  });
});
