/**
 * Constructions the extractor learned from the sixth and seventh batches of blind dev articles
 * (issue 18): each test is text written for it (not an evaluation excerpt), with the statements it
 * must give and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";

/** The speaker's name as the scorer reads it, the quote and the kind, per statement. */
function statements(text: string) {
  return extractCandidates(text).candidates.map((c) => ({
    speaker: c.suggestedSpeakerName ?? c.speaker.resolved?.name ?? c.speakerEntity ?? c.speaker.text,
    quote: c.quote.text,
    kind: c.kind,
  }));
}

describe("sentences glued by a page copy", () => {
  it("splits after a two-letter word, a percentage, and before an opening curly mark", () => {
    const out = statements(
      [
        "Giải ngân vốn đầu tư công",
        "Tỷ lệ giải ngân của ngành ngân hàng là hơn 56%.Trả lời vấn đề này, Thứ trưởng Bộ Kế hoạch và Đầu tư Lê Văn Hòa cho rằng, hai cách tính cho hai con số khác nhau.Tuy nhiên, ông Hòa cho rằng nên lấy số vốn được giao để tính tỷ lệ.“Được giao thì mới giải ngân được”, ông Hòa nói.",
      ].join("\n"),
    );
    expect(out).toEqual([
      { speaker: "Lê Văn Hòa", quote: "hai cách tính cho hai con số khác nhau", kind: "INDIRECT" },
      { speaker: "Lê Văn Hòa", quote: "nên lấy số vốn được giao để tính tỷ lệ", kind: "INDIRECT" },
      { speaker: "Lê Văn Hòa", quote: "Được giao thì mới giải ngân được", kind: "DIRECT" },
    ]);
  });
});

describe("subjects", () => {
  it("reads a clause that opens with a noun after a comma ('cho rằng, sự khác biệt là …'), not without one", () => {
    const out = statements(
      [
        "Họp báo Chính phủ",
        "Ông Lê Văn Hòa cho rằng, sự khác biệt là do cách tính khác nhau.",
        "Ông Hòa nhấn mạnh sự cần thiết của việc thống nhất cách tính giữa các bộ.",
      ].join("\n"),
    );
    expect(out).toEqual([
      { speaker: "Lê Văn Hòa", quote: "sự khác biệt là do cách tính khác nhau", kind: "INDIRECT" },
    ]);
  });

  it("drops 'bản thân' and 'thì' around the subject", () => {
    const out = statements(
      [
        "Họp báo Chính phủ",
        "Thứ trưởng Lê Văn Hòa trả lời câu hỏi của báo chí về giải ngân.",
        "Tuy nhiên, bản thân Thứ trưởng Hòa cho rằng nên lấy số vốn được giao để tính tỷ lệ.",
        "Ông Hòa thì cho rằng hai con số đều đúng theo cách tính của mỗi ngành.",
      ].join("\n"),
    );
    expect(out).toEqual([
      { speaker: "Lê Văn Hòa", quote: "nên lấy số vốn được giao để tính tỷ lệ", kind: "INDIRECT" },
      { speaker: "Lê Văn Hòa", quote: "hai con số đều đúng theo cách tính của mỗi ngành", kind: "INDIRECT" },
    ]);
  });

  it("gives 'lãnh đạo <body>' to the person the article gave an office of that body", () => {
    const out = statements(
      [
        "Thứ trưởng Bộ Tài chính Trần Thị Mai lên tiếng về tỷ lệ giải ngân.",
        "Trong khi ấy lãnh đạo Bộ Tài chính cho rằng cách tính của ngành giúp các bộ tự rà soát số vốn chưa giao.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Trần Thị Mai",
        quote: "cách tính của ngành giúp các bộ tự rà soát số vốn chưa giao",
        kind: "INDIRECT",
      },
    ]);
  });
});
