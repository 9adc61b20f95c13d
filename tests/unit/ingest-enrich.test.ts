import { describe, expect, it } from "vitest";
import { enrichCandidates } from "@/lib/ingest/enrich";
import { extractCandidates } from "@/lib/ingest/extract";
import { sortForPicking } from "@/lib/ingest/picking";
import type { KnownSpeaker } from "@/lib/ingest/types";

const speakers: KnownSpeaker[] = [
  { key: "son", name: "Bùi Thanh Sơn", variants: ["Sơn"], kind: "PERSON" },
  { key: "ushakov", name: "Yuri Ushakov", variants: [], kind: "PERSON" },
];
function review(text: string, articleDate = "2025-12-21") {
  const extracted = extractCandidates(text, { outlet: "TTXVN", articleDate, speakers });
  return enrichCandidates(extracted.text, extracted.candidates);
}

describe("enrichCandidates", () => {
  const paragraph =
    "Chiều 20/12, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết Việt Nam ủng hộ mọi nỗ lực hòa bình cho Ukraine. Ông Sơn cũng nhấn mạnh rằng các bên cần tôn trọng luật pháp quốc tế.";

  it("gives a statement without a date of its own the date of the paragraph's statement before it, with the same precision", () => {
    const [first, second] = review(paragraph);
    expect(first?.saidAt).toEqual({ date: "2025-12-20", precision: "DAY", text: "Chiều 20/12" });
    expect(second?.saidAt).toEqual(first?.saidAt);
    // Control: the extractor alone dates the second by the article, vaguer.
    expect(
      extractCandidates(paragraph, { outlet: "TTXVN", articleDate: "2025-12-21", speakers }).candidates[1]
        ?.saidAt,
    ).toEqual({ date: "2025-12-21", precision: "APPROXIMATE", text: null });
  });

  it("does not carry a date into the next paragraph", () => {
    const [, next] = review(
      `${paragraph.split(". ")[0]}.\n\nÔng Sơn cũng nhấn mạnh rằng các bên cần tôn trọng luật pháp quốc tế.`,
    );
    expect(next?.saidAt).toEqual({ date: "2025-12-21", precision: "APPROXIMATE", text: null });
  });

  it("reads the role as written before the name, through an appositive, and keeps it for later mentions", () => {
    expect(review(paragraph).map((c) => c.roleAsWritten)).toEqual([
      "Bộ trưởng Ngoại giao",
      "Bộ trưởng Ngoại giao",
    ]);
    const [aide] = review(
      "Trợ lý của Tổng thống Nga, ông Yuri Ushakov, cho rằng ý tưởng tổ chức một cuộc gặp ba bên chưa được thảo luận.",
    );
    expect(aide?.roleAsWritten).toBe("Trợ lý của Tổng thống Nga");
    const [plain] = review(
      "Ông Yuri Ushakov cho rằng ý tưởng tổ chức một cuộc gặp ba bên chưa được thảo luận.",
    );
    expect(plain?.roleAsWritten).toBeNull();
  });

  it("shows the quote in its sentence instead of offsets", () => {
    const [, second] = review(paragraph);
    expect(second?.context).toEqual({
      before: "Ông Sơn cũng nhấn mạnh rằng ",
      quote: "các bên cần tôn trọng luật pháp quốc tế",
      after: ".",
    });
  });
});

describe("sortForPicking", () => {
  it("sorts Vietnamese names ignoring case, with Đ after D", () => {
    const names = ["bà Lan", "Đặng Văn Hùng", "Zelensky", "an Quốc", "Dương Thị Mai", "Bùi Thanh Sơn"].map(
      (name) => ({ name }),
    );
    expect(sortForPicking(names).map((n) => n.name)).toEqual([
      "an Quốc",
      "bà Lan",
      "Bùi Thanh Sơn",
      "Dương Thị Mai",
      "Đặng Văn Hùng",
      "Zelensky",
    ]);
  });
});
