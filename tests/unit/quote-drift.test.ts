import { describe, expect, it } from "vitest";
import { compareQuotes, earliestFirst, type DriftKind } from "@/lib/drift/compare";

const kinds = (a: string, b: string): DriftKind[] => compareQuotes(a, b).findings.map((f) => f.kind);

describe("quote drift: substantive differences (lib/drift/compare.ts)", () => {
  it("flags a changed number, with the words on each side, and highlights them", () => {
    const c = compareQuotes(
      "Chúng tôi sẽ xây 5 triệu căn nhà trong năm 2025.",
      "Chúng tôi sẽ xây 3 triệu căn nhà trong năm 2025.",
    );
    expect(c.findings).toEqual([{ kind: "NUMBER", base: ["5 triệu"], quoted: ["3 triệu"] }]);
    expect(c.segments.filter((s) => s.change !== "same")).toEqual([
      { text: "5 ", change: "removed", kind: "NUMBER" },
      { text: "3 ", change: "added", kind: "NUMBER" },
    ]);
  });

  it("reads number words and separators: 1.000 and 1000 agree; năm triệu is a number, năm 2025 a year", () => {
    expect(kinds("Giá 1.000 đồng.", "Giá 1000 đồng.")).toEqual([]);
    expect(kinds("Tăng 5%.", "Tăng 5 %.")).toEqual([]);
    expect(compareQuotes("Tăng 5%.", "Tăng 5 %.")).toMatchObject({
      harmless: ["PUNCTUATION"],
      otherWording: false,
    });
    expect(kinds("Khoảng năm triệu người.", "Khoảng sáu triệu người.")).toEqual(["NUMBER"]);
    expect(kinds("Tăng 3,5%.", "Tăng 35%.")).toEqual(["NUMBER"]);
    expect(kinds("Trong năm tới, thuế tăng.", "Trong năm tới thuế tăng.")).toEqual([]);
  });

  it("flags a negation added or dropped, not 'không khí'", () => {
    expect(kinds("Nga không tham gia đàm phán.", "Nga tham gia đàm phán.")).toEqual(["NEGATION_DROPPED"]);
    expect(kinds("Nga sẽ tham gia đàm phán.", "Nga sẽ chưa tham gia đàm phán.")).toEqual(["NEGATION_ADDED"]);
    expect(kinds("Bảo vệ không khí sạch.", "Bảo vệ khí sạch.")).not.toContain("NEGATION_DROPPED");
  });

  it("flags a named party changed (names, acronyms), not a sentence's first capital", () => {
    const c = compareQuotes(
      "Ông Nguyễn Văn An nói Bộ Tài chính đồng ý.",
      "Ông Trần Văn Bình nói Bộ Tài chính đồng ý.",
    );
    expect(c.findings).toEqual([{ kind: "NAMED_PARTY", base: ["Nguyễn Văn An"], quoted: ["Trần Văn Bình"] }]);
    expect(kinds("EVN sẽ tăng giá điện.", "WHO sẽ tăng giá điện.")).toEqual(["NAMED_PARTY"]);
    expect(kinds("Chúng tôi đồng ý.", "Họ đồng ý.")).toEqual([]);
    expect(kinds("Hà Nội sẽ mở cửa.", "Đà Nẵng sẽ mở cửa.")).toEqual(["NAMED_PARTY"]);
    expect(kinds("Theo ông Hùng, giá giảm.", "Ông Hùng nói giá giảm.")).not.toContain("NAMED_PARTY");
  });

  it("flags each hedge dropped (có thể, dự kiến, khoảng, theo, được cho là), not one added", () => {
    expect(kinds("Giá điện có thể tăng.", "Giá điện tăng.")).toEqual(["HEDGE_DROPPED"]);
    expect(kinds("Dự án dự kiến hoàn thành.", "Dự án hoàn thành.")).toEqual(["HEDGE_DROPPED"]);
    expect(kinds("Thiệt hại khoảng 2 tỷ.", "Thiệt hại 2 tỷ.")).toEqual(["HEDGE_DROPPED"]);
    expect(kinds("Theo ông Hùng, giá sẽ giảm.", "Ông Hùng: giá sẽ giảm.")).toEqual(["HEDGE_DROPPED"]);
    expect(kinds("Ông ấy được cho là đã ký.", "Ông ấy đã ký.")).toEqual(["HEDGE_DROPPED"]);
    expect(kinds("Giá điện tăng.", "Giá điện có thể tăng.")).toEqual([]);
    // "theo dõi" (to monitor) is not the hedge "theo" (according to).
    expect(kinds("Chúng tôi theo dõi sát.", "Chúng tôi sát.")).not.toContain("HEDGE_DROPPED");
    const c = compareQuotes("Giá điện có thể tăng.", "Giá điện tăng.");
    expect(c.findings[0]).toEqual({ kind: "HEDGE_DROPPED", base: ["có thể"], quoted: [] });
    expect(c.segments.filter((s) => s.change === "removed")).toEqual([
      { text: "có thể ", change: "removed", kind: "HEDGE_DROPPED" },
    ]);
  });

  it("flags a qualifier removed: chỉ, một số, and a bound in front of a number", () => {
    expect(kinds("Chỉ các tỉnh phía Bắc bị ảnh hưởng.", "Các tỉnh phía Bắc bị ảnh hưởng.")).toEqual([
      "QUALIFIER_REMOVED",
    ]);
    expect(kinds("Một số trường đóng cửa.", "Trường đóng cửa.")).toEqual(["QUALIFIER_REMOVED"]);
    expect(kinds("Lạm phát trên 4%.", "Lạm phát 4%.")).toEqual(["QUALIFIER_REMOVED"]);
    // "trên" without a number after it is a place, not a bound.
    expect(kinds("Đặt trên bàn.", "Đặt bàn.")).toEqual([]);
  });
});

describe("quote drift: harmless differences", () => {
  it("punctuation, case and diacritics or tone placement are harmless, and the words read as 'same'", () => {
    const c = compareQuotes("Hoà bình là mục tiêu, thưa ông.", "hòa bình là mục tiêu; thưa ông!");
    expect(c.findings).toEqual([]);
    expect(c.otherWording).toBe(false);
    // "Hoà"/"hòa": another capital and another tone placement, one respelled word.
    expect(c.harmless).toEqual(["PUNCTUATION", "DIACRITICS"]);
    expect(c.segments.every((s) => s.change === "same")).toBe(true);
    expect(c.segments.map((s) => s.text).join("")).toBe("hòa bình là mục tiêu; thưa ông!");
    expect(compareQuotes("Nga đồng ý.", "NGA đồng ý.").harmless).toEqual(["CASE"]);
  });

  it("particles moved, added or dropped are harmless; other words are 'other wording', not a finding", () => {
    const moved = compareQuotes("Ông nói rằng thì giá sẽ giảm.", "Ông nói thì rằng giá sẽ giảm.");
    expect(moved.findings).toEqual([]);
    expect(moved.harmless).toEqual(["PARTICLES"]);
    expect(moved.otherWording).toBe(false);
    const dropped = compareQuotes("Ông nói rằng giá sẽ giảm.", "Ông nói giá sẽ giảm.");
    expect(dropped.findings).toEqual([]);
    expect(dropped.harmless).toEqual(["PARTICLES"]);
    const reworded = compareQuotes("Giá sẽ giảm mạnh.", "Giá sẽ giảm nhẹ.");
    expect(reworded.findings).toEqual([]);
    expect(reworded.otherWording).toBe(true);
  });

  it("the same text is identical and has nothing to report", () => {
    const c = compareQuotes("Không có định dạng ba bên nào.", "Không có định dạng ba bên nào.");
    expect(c).toMatchObject({ identical: true, findings: [], harmless: [], otherWording: false });
  });

  it("orders appearances by their article's publication date, undated last", () => {
    const a = (id: string, publishedAt: string | null, createdAt = "2025-01-01") => ({
      id,
      createdAt,
      article: { publishedAt },
    });
    const sorted = earliestFirst([a("x", null), a("y", "2025-03-02"), a("z", "2025-03-01")]);
    expect(sorted.map((s) => s.id)).toEqual(["z", "y", "x"]);
  });
});
