import { describe, expect, it } from "vitest";
import { compareStatements, type Highlight } from "@/lib/suggestions/compare";
import { negationCues } from "@/lib/suggestions/cues";
import { tokenize } from "@/lib/suggestions/tokens";
import { compatible, extractValues, parseVietnameseNumber } from "@/lib/suggestions/values";

const words = (text: string, hs: Highlight[]) =>
  hs.map((h) => Array.from(text.normalize("NFC")).slice(h.start, h.end).join(""));
const cues = (text: string) => negationCues(tokenize(text).tokens).map((c) => c.start);

describe("numbers and dates as values (lib/suggestions/values.ts)", () => {
  it("reads Vietnamese thousands and decimals", () => {
    expect(parseVietnameseNumber("100.000")).toBe(100000);
    expect(parseVietnameseNumber("1.541")).toBe(1541);
    expect(parseVietnameseNumber("7,5")).toBe(7.5);
    expect(parseVietnameseNumber("4,25")).toBe(4.25);
  });

  it("one amount however it is written", () => {
    const [a] = extractValues("đạt 100.000 tỷ đồng");
    const [b] = extractValues("đạt 100 nghìn tỷ đồng");
    expect(a && b && compatible(a, b)).toBe(true);
    const [p] = extractValues("tăng 30%");
    const [q] = extractValues("tăng 30 phần trăm");
    expect(p && q && compatible(p, q)).toBe(true);
    const [r] = extractValues("tăng 30 người");
    expect(p && r && compatible(p, r)).toBe(false);
  });

  it("a number written onto letters is part of a name, not an amount", () => {
    expect(extractValues("tiêm kích F-35 và nhóm G20, dịch COVID-19, mã mi5k2x9a")).toEqual([]);
    expect(extractValues("giá 100.000đ")).toEqual([]);
  });

  it("one day however it is written; a year at the end of a sentence is a year", () => {
    const [a] = extractValues("khai mạc vào ngày 5/5.");
    const [b] = extractValues("khai mạc ngày 5 tháng 5 tại Hà Nội");
    expect(a).toMatchObject({ family: "date", day: 5, month: 5 });
    expect(a && b && compatible(a, b)).toBe(true);
    expect(extractValues("hoàn thành vào tháng 6/2026")[0]).toMatchObject({ month: 6, year: 2026 });
    expect(extractValues("quý 1/2025")[0]).toMatchObject({ quarter: 1, year: 2025 });
    expect(extractValues("kéo dài đến năm 2029.")[0]).toMatchObject({ family: "date", year: 2029 });
    expect(extractValues("Có 2000 người")[0]).toMatchObject({ family: "number", amount: 2000 });
  });
});

describe("negation cues (lib/suggestions/cues.ts)", () => {
  it("finds không, chưa, phủ nhận, bác bỏ, từ chối as one cue each", () => {
    expect(cues("Nga không tham gia")).toHaveLength(1);
    expect(cues("Bộ phủ nhận việc đã nhận")).toHaveLength(1);
    expect(cues("Ông chưa bao giờ nói vậy")).toHaveLength(1);
    expect(cues("Bộ từ chối tổ chức")).toHaveLength(1);
  });

  it("leaves out compounds, 'không chỉ … mà còn', questions and litotes", () => {
    expect(cues("Chất lượng không khí được cải thiện")).toEqual([]);
    expect(cues("Ngành hàng không phục hồi")).toEqual([]);
    expect(cues("Máy bay không người lái bị bắn hạ")).toEqual([]);
    expect(cues("Brazil không chỉ xuất khẩu nông sản mà còn công nghệ")).toEqual([]);
    expect(cues("Họ có đồng ý hay không")).toEqual([]);
    expect(cues("Chúng tôi không loại trừ khả năng đó")).toEqual([]);
    expect(cues("Hamas không từ chối đề xuất ngừng bắn")).toEqual([]);
  });

  it("reads NFD input like NFC", () => {
    expect(cues("Nga không tham gia".normalize("NFD"))).toHaveLength(1);
  });
});

describe("compareStatements (lib/suggestions/compare.ts)", () => {
  it("a negated restatement contradicts, with the cue highlighted", () => {
    const a = "Tổng thống sẽ tham dự hội nghị tại Geneva.";
    const b = "Tổng thống sẽ không tham dự hội nghị tại Geneva.";
    const r = compareStatements(a, b);
    expect(r.type).toBe("CONTRADICTS");
    expect(r.reasons).toContain("polarity");
    expect(words(b, r.highlightsB)).toEqual(["không"]);
  });

  it("a changed number, date or place is an update, the changed words highlighted", () => {
    const n = compareStatements("Xuất khẩu gạo đạt 7,5 triệu tấn.", "Xuất khẩu gạo đạt 8 triệu tấn.");
    expect(n.type).toBe("UPDATES");
    expect(words("Xuất khẩu gạo đạt 8 triệu tấn.", n.highlightsB)).toEqual(["8 triệu"]);
    const d = compareStatements("Giá xăng điều chỉnh vào ngày 20/12.", "Giá xăng điều chỉnh vào ngày 27/12.");
    expect(d).toMatchObject({ type: "UPDATES", reasons: ["date"] });
    const p = compareStatements(
      "Vòng đàm phán tiếp theo sẽ diễn ra tại Istanbul.",
      "Vòng đàm phán tiếp theo sẽ diễn ra tại Riyadh.",
    );
    expect(p).toMatchObject({ type: "UPDATES", reasons: ["party"] });
    expect(words("Vòng đàm phán tiếp theo sẽ diễn ra tại Riyadh.", p.highlightsB)).toEqual(["Riyadh"]);
  });

  it("proposes nothing for paraphrases, added detail, or a negation about something else", () => {
    expect(
      compareStatements(
        "Vốn FDI giải ngân đạt 100.000 tỷ đồng trong 6 tháng.",
        "Trong 6 tháng, vốn FDI giải ngân đạt 100 nghìn tỷ đồng.",
      ).type,
    ).toBeNull();
    expect(
      compareStatements(
        "Dự án sẽ khởi công vào cuối năm 2026.",
        "Dự án dự kiến khởi công cuối năm 2026, dài 1.541 km.",
      ).type,
    ).toBeNull();
    expect(
      compareStatements(
        "Bộ Y tế không ghi nhận ca mắc mới nào trong tuần qua.",
        "Chúng tôi sẽ tăng cường tiêm chủng cho trẻ em.",
      ).type,
    ).toBeNull();
  });

  it("opposite verbs contradict; a litotes and a date written two ways do not", () => {
    const r = compareStatements("Giá điện sẽ tăng trong quý tới.", "Giá điện sẽ giảm trong quý tới.");
    expect(r).toMatchObject({ type: "CONTRADICTS", reasons: ["opposite"] });
    expect(words("Giá điện sẽ giảm trong quý tới.", r.highlightsB)).toEqual(["giảm"]);
    expect(
      compareStatements(
        "Chúng tôi không loại trừ khả năng gặp Tổng thống Zelensky.",
        "Chúng tôi sẵn sàng gặp Tổng thống Zelensky.",
      ).type,
    ).toBeNull();
    expect(
      compareStatements("Hội nghị khai mạc ngày 20/12.", "Hội nghị khai mạc ngày 20 tháng 12.").type,
    ).toBeNull();
  });

  it("a lone capital letter is a label, not a named party", () => {
    expect(compareStatements("Phương án A được chọn.", "Phương án B được chọn.").type).toBeNull();
  });

  it("counts offsets in code points, so an emoji before a word does not shift its highlight", () => {
    const b = "🇻🇳 Việt Nam sẽ không tham gia hội nghị.";
    const r = compareStatements("🇻🇳 Việt Nam sẽ tham gia hội nghị.", b);
    expect(r.type).toBe("CONTRADICTS");
    expect(words(b, r.highlightsB)).toEqual(["không"]);
  });
});
