import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";
import { paragraphs, splitSentences } from "@/lib/ingest/sentences";
import type { KnownSpeaker } from "@/lib/ingest/types";
import { sliceCodePoints } from "@/lib/text/selectors";

const speakers: KnownSpeaker[] = [
  { key: "yuri-ushakov", name: "Yuri Ushakov", variants: ["Юрий Ушаков"], kind: "PERSON" },
  { key: "volodymyr-zelensky", name: "Volodymyr Zelensky", variants: ["Zelenskyy"], kind: "PERSON" },
  { key: "white-house", name: "Nhà Trắng", variants: ["White House"], kind: "ORGANISATION" },
];

const article = [
  "date 2025-12-22",
  "",
  "Trợ lý của Tổng thống Nga, ông Yuri Ushakov, cho rằng ý tưởng tổ chức một cuộc họp 3 bên ở thời điểm hiện tại là không cần thiết.",
  "Ông cũng nhấn mạnh, các đề xuất của châu Âu cản trở việc đạt được một “nền hòa bình lâu dài”.",
  "“Chúng tôi sẽ không công nhận Donbass là của Liên bang Nga”, Tổng thống Zelensky nói tối 15/12.",
  "Tổng thống Zelensky cho biết: “Người Mỹ muốn tìm một thỏa hiệp. Họ đang đề xuất một khu kinh tế tự do.”",
  "Dự án được gọi là “bình thường mới” trong giới đầu tư.",
  "Theo Nhà Trắng, các cuộc trao đổi trong ngày đã kết thúc.",
  "Một quan chức Mỹ giấu tên nói với Axios rằng Nhà Trắng muốn giải quyết hai vấn đề then chốt.",
  "Bộ trưởng Nguyễn Văn An khẳng định ngân sách sẽ được giải ngân trước ngày 30/12.",
].join("\n");

describe("sentence splitting", () => {
  it("survives abbreviations and full stops inside quotes", () => {
    const text = "Ông A sống ở TP. Hồ Chí Minh. Bà B nói: “Tôi đồng ý. Chúng tôi sẽ làm.” Sau đó họ đi.";
    const [para] = paragraphs(text);
    const sentences = splitSentences(text, para!).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "Ông A sống ở TP. Hồ Chí Minh.",
      "Bà B nói: “Tôi đồng ý. Chúng tôi sẽ làm.”",
      "Sau đó họ đi.",
    ]);
  });
});

describe("extractor", () => {
  const { text, candidates } = extractCandidates(article, { speakers, outlet: "TTXVN" });
  const byQuote = (start: string) => candidates.find((c) => c.quote.text.startsWith(start));

  it("finds direct quotes with the speaker after and before, indirect speech, Theo-clauses and relayed statements", () => {
    expect(byQuote("ý tưởng tổ chức")).toMatchObject({
      kind: "INDIRECT",
      speaker: { resolved: { key: "yuri-ushakov" }, text: "ông Yuri Ushakov" },
      cue: { text: "cho rằng" },
    });
    expect(byQuote("Chúng tôi sẽ không công nhận")).toMatchObject({
      kind: "DIRECT",
      speaker: { resolved: { key: "volodymyr-zelensky" } },
      saidAt: { date: "2025-12-15", precision: "DAY" },
    });
    expect(byQuote("Người Mỹ muốn")?.quote.text).toBe(
      "Người Mỹ muốn tìm một thỏa hiệp. Họ đang đề xuất một khu kinh tế tự do.",
    );
    expect(byQuote("các cuộc trao đổi")).toMatchObject({
      speaker: { resolved: { key: "white-house" } },
      cue: { text: "Theo" },
    });
    const relayed = byQuote("Nhà Trắng muốn giải quyết");
    expect(relayed?.chain.map((n) => n.label)).toEqual(["TTXVN", "Axios", "Một quan chức Mỹ giấu tên"]);
  });

  it("carries a pronoun forward to the last speaker, with lower confidence", () => {
    const c = byQuote("các đề xuất của châu Âu");
    expect(c?.speaker).toMatchObject({ text: "Ông", via: "pronoun", resolved: { key: "yuri-ushakov" } });
    expect(c!.confidence).toBeLessThan(byQuote("ý tưởng tổ chức")!.confidence);
  });

  it("recognises a titled speaker it does not know", () => {
    expect(byQuote("ngân sách sẽ được giải ngân")?.speaker).toMatchObject({
      text: "Bộ trưởng Nguyễn Văn An",
      resolved: null,
    });
  });

  it("ignores scare quotes", () => {
    expect(candidates.some((c) => c.quote.text.includes("bình thường mới"))).toBe(false);
  });

  it("gives exact code-point offsets into the normalised text", () => {
    for (const c of candidates) {
      expect(sliceCodePoints(text, c.quote.start, c.quote.end)).toBe(c.quote.text);
      expect(sliceCodePoints(text, c.speaker.start, c.speaker.end)).toBe(c.speaker.text);
    }
  });

  it("gives the same result for text in any Unicode normalisation form", () => {
    const nfd = extractCandidates(`\u{1F4F0} ${article}`.normalize("NFD"), { speakers });
    const nfc = extractCandidates(`\u{1F4F0} ${article}`, { speakers });
    expect(nfd.candidates).toEqual(nfc.candidates);
    expect(nfd.candidates.length).toBeGreaterThan(5);
  });
});
