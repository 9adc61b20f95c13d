/**
 * Constructions the extractor learned while tuning on the enlarged dev split (issue 18): each test
 * is a sentence written for it (not an evaluation excerpt), with the statements it must give and
 * the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { statements } from "./support/extract-statements";
import { startsWithTitle, titleClass } from "@/lib/ingest/mentions";
import { splitSentences } from "@/lib/ingest/sentences";

describe("names and titles", () => {
  it("reads past capitalised words of an office phrase to the name", () => {
    expect(
      statements("Chủ nhiệm Văn phòng Quốc hội Nguyễn Văn Khánh cho biết kỳ họp sẽ kéo dài hai mươi ngày."),
    ).toEqual([{ speaker: "Nguyễn Văn Khánh", quote: "kỳ họp sẽ kéo dài hai mươi ngày", kind: "INDIRECT" }]);
    expect(
      statements("Vụ trưởng Tổ chức cán bộ Lê Thị Hoa khẳng định mọi hồ sơ đã được rà soát kỹ.")[0]?.speaker,
    ).toBe("Lê Thị Hoa");
  });

  it("gives every title of a chain joined by commas to the closing name", () => {
    const out = statements(
      "Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội Nguyễn Văn Khánh chủ trì họp báo.\nTổng Thư ký Quốc hội cho biết các bộ trưởng sẽ trả lời trực tiếp.",
    );
    expect(out).toEqual([
      { speaker: "Nguyễn Văn Khánh", quote: "các bộ trưởng sẽ trả lời trực tiếp", kind: "INDIRECT" },
    ]);
  });

  it("knows spokesperson titles and former or acting holders", () => {
    expect(startsWithTitle("Phó phát ngôn Bộ Ngoại giao")).toBe(true);
    expect(titleClass("Cựu Hội trưởng Hội phụ huynh")).toBe("academic");
    expect(titleClass("Nguyên Bộ trưởng Bộ Tài chính")).toBe("government");
  });

  it("merges a name cut by a typo with its full form", () => {
    const out = statements(
      "Thứ trưởng Trần Văn Bình phát biểu.\nThứ trưởng Trần Văn Bình Minh cho biết ngân sách đã được giải ngân đúng hạn.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trần Văn Bình Minh"]);
  });

  it("lets the person speak, not the body or place in the appositives before the cue", () => {
    expect(
      statements(
        "Anh Lê Văn Tâm, Trưởng ban đại diện cha mẹ học sinh, Trường THCS Hòa Bình, huyện Ba Vì, Hà Nội cho biết nhà trường đã trả lại tiền cho phụ huynh.",
      ),
    ).toEqual([
      { speaker: "Lê Văn Tâm", quote: "nhà trường đã trả lại tiền cho phụ huynh", kind: "INDIRECT" },
    ]);
    expect(
      statements(
        "Trả lời phóng viên, ông Đỗ Minh Hải, Vụ trưởng Pháp chế, Bộ Công Thương, nhìn nhận quy định hiện hành còn nhiều chỗ chồng chéo.",
      )[0]?.speaker,
    ).toBe("Đỗ Minh Hải");
  });

  it("resolves an epithet to the latest person of a compatible kind", () => {
    const out = statements(
      'HLV Kim Jae-won cho biết toàn đội đã sẵn sàng cho trận đấu.\nBộ trưởng Nguyễn Văn Hùng dự buổi tập.\nVề lịch thi đấu, chiến lược gia người Hàn Quốc cho hay: "Chúng tôi sẽ thích nghi với mọi điều kiện".',
    );
    expect(out.at(-1)).toEqual({
      speaker: "Kim Jae-won",
      quote: "Chúng tôi sẽ thích nghi với mọi điều kiện",
      kind: "DIRECT",
    });
  });

  it("takes no vague source for a speaker", () => {
    expect(statements("Nhiều chuyên gia cho rằng lãi suất sẽ còn tăng trong quý tới.")).toEqual([]);
  });
});

describe("quotations", () => {
  it("closes a curly opening with a straight mark", () => {
    expect(statements('“Chúng tôi sẽ giữ lời hứa với cử tri", Bộ trưởng Nguyễn Văn Hùng nói.')).toEqual([
      { speaker: "Nguyễn Văn Hùng", quote: "Chúng tôi sẽ giữ lời hứa với cử tri", kind: "DIRECT" },
    ]);
  });

  it("takes the last cue before the colon, not a fronted one", () => {
    const out = statements(
      'Đánh giá về kỳ thi năm nay, Thứ trưởng Phạm Ngọc Thưởng cho biết: "Kỳ thi đã diễn ra an toàn và nghiêm túc".',
    );
    expect(out).toEqual([
      { speaker: "Phạm Ngọc Thưởng", quote: "Kỳ thi đã diễn ra an toàn và nghiêm túc", kind: "DIRECT" },
    ]);
  });

  it("reads 'X nói như trên' as the attribution of the quotation before it, never as a clause", () => {
    const out = statements(
      "“Chúng ta phải giữ được thị trường trong nước”\nBộ trưởng Lê Minh Hoan nói như trên khi trả lời chất vấn chiều 7/11.\n“Nông dân cần được hỗ trợ kịp thời”, Bộ trưởng Lê Minh Hoan khẳng định như trên khi trả lời đại biểu.",
    );
    expect(out).toEqual([
      { speaker: "Lê Minh Hoan", quote: "Chúng ta phải giữ được thị trường trong nước", kind: "DIRECT" },
      { speaker: "Lê Minh Hoan", quote: "Nông dân cần được hỗ trợ kịp thời", kind: "DIRECT" },
    ]);
  });

  it("gives the quotation opening the next paragraph to 'X chia sẻ:' closing a paragraph", () => {
    const out = statements(
      'Sau trận đấu, HLV Lê Quang Trãi chia sẻ:\n"Các cầu thủ đã thi đấu rất cố gắng.\nChúng tôi sẽ chuẩn bị tốt hơn cho trận sau".',
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ speaker: "Lê Quang Trãi", kind: "DIRECT" });
    expect(out[0]!.quote).toBe(
      "Các cầu thủ đã thi đấu rất cố gắng.\nChúng tôi sẽ chuẩn bị tốt hơn cho trận sau",
    );
  });

  it("breaks a quotation running over paragraphs at a line that is no sentence", () => {
    const out = statements(
      'Bà Phạm Thu Hằng nêu rõ: "Việt Nam kiên quyết phản đối hành động này.\nXem thêm tin khác\nChúng tôi yêu cầu các bên tôn trọng luật pháp quốc tế".',
    );
    expect(out.map((s) => s.quote)).toEqual([
      "Việt Nam kiên quyết phản đối hành động này",
      "Chúng tôi yêu cầu các bên tôn trọng luật pháp quốc tế",
    ]);
  });

  it("starts a sentence at a quotation after a full stop", () => {
    const out = statements(
      'Bác sĩ Trần Văn Phúc cho biết bệnh nhân đã qua cơn nguy kịch. "Chúng tôi tiếp tục theo dõi sát sức khỏe bệnh nhân", ông nói.',
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Trần Văn Phúc", "bệnh nhân đã qua cơn nguy kịch"],
      ["Trần Văn Phúc", "Chúng tôi tiếp tục theo dõi sát sức khỏe bệnh nhân"],
    ]);
  });
});

describe("interviews", () => {
  it("skips the question, takes the answer head and the paragraphs continuing the answer", () => {
    const out = statements(
      "PV: Ông đánh giá thế nào về tăng trưởng tín dụng năm nay?\nTS. Lê Xuân Nghĩa: Tín dụng tăng khoảng 14% là phù hợp với nền kinh tế.\nTuy vậy, dòng vốn cần được dẫn vào sản xuất thay vì bất động sản.\nPV: Còn lãi suất thì sao?\nTS. Lê Xuân Nghĩa: Lãi suất khó giảm thêm trong nửa cuối năm.",
    );
    expect(out.map((s) => [s.speaker, s.quote, s.kind])).toEqual([
      ["Lê Xuân Nghĩa", "Tín dụng tăng khoảng 14% là phù hợp với nền kinh tế", "DIRECT"],
      ["Lê Xuân Nghĩa", "Tuy vậy, dòng vốn cần được dẫn vào sản xuất thay vì bất động sản", "DIRECT"],
      ["Lê Xuân Nghĩa", "Lãi suất khó giảm thêm trong nửa cuối năm", "DIRECT"],
    ]);
  });

  it("takes an answer head with appositives, but not a head with a verb", () => {
    expect(
      statements(
        "- Thưa ông, Bộ có kế hoạch gì cho năm tới?\nÔng Phạm Văn Tâm, Vụ trưởng Vụ Kế hoạch, Bộ Y tế: Bộ sẽ tăng đầu tư cho y tế cơ sở trong năm tới.",
      ).map((s) => s.speaker),
    ).toEqual(["Phạm Văn Tâm"]);
    expect(statements('HLV Park Hang-seo đặt ra câu hỏi: "Họ là ai và vì sao họ ở đây".')).toEqual([]);
  });
});

describe("sources and blocked senses", () => {
  it("reads 'Theo' after a dateline and 'Theo tin từ X'", () => {
    expect(
      statements(
        "(TTXVN) - Theo tin từ Bộ Y tế sáng ngày 12/3, số ca mắc mới đã giảm mạnh trong tuần qua.",
      )[0]?.speaker,
    ).toBe("Bộ Y tế");
  });

  it("reads '…, theo ông X' closing a sentence", () => {
    expect(
      statements(
        "Kinh tế năm nay có thể tăng trưởng khoảng 6,5%, theo ông Nguyễn Văn Lâm, chuyên gia kinh tế.",
      ),
    ).toEqual([
      {
        speaker: "Nguyễn Văn Lâm",
        quote: "Kinh tế năm nay có thể tăng trưởng khoảng 6,5%",
        kind: "INDIRECT",
      },
    ]);
  });

  it("takes no statement from acts and topics: answering questions, a press conference, praise, 'về …'", () => {
    expect(statements("Các Bộ trưởng sẽ trả lời chất vấn tại kỳ họp thứ 8 của Quốc hội.")).toEqual([]);
    expect(statements("HLV Park Hang-seo trả lời họp báo về sự chuẩn bị cho trận bán kết.")).toEqual([]);
    expect(
      statements("Ông Donald Trump đánh giá cao vai trò của Việt Nam trong cuộc phỏng vấn của Fox News."),
    ).toEqual([]);
    expect(
      statements("Ông Nguyễn Văn Lâm thông báo về danh sách các bộ trưởng sẽ trả lời chất vấn."),
    ).toEqual([]);
  });

  it("keeps a clause with an ambiguous verb after a bare comma as one statement", () => {
    expect(
      statements(
        "Viện VEPR đánh giá, lạm phát lõi quý I tăng 1,83%, phản ánh chính sách tiền tệ được điều hành ổn định.",
      ).map((s) => s.quote),
    ).toEqual(["lạm phát lõi quý I tăng 1,83%, phản ánh chính sách tiền tệ được điều hành ổn định"]);
  });

  it("ends a sentence at a numeral after a lower-case word (quý I.)", () => {
    const text = "Lạm phát tăng trong quý I. So với năm trước, giá điện tăng 8%.";
    expect(splitSentences(text, { start: 0, end: text.length }).length).toBe(2);
    const initial = "Ông Donald J. Trump phát biểu.";
    expect(splitSentences(initial, { start: 0, end: initial.length }).length).toBe(1);
  });

  it("keeps an initial after a lower-case title (Tổng thống D. Trump), ends at a group letter (bảng B.)", () => {
    const title = "Ông nhấn mạnh chính quyền Tổng thống D. Trump luôn coi Việt Nam là đối tác ưu tiên.";
    expect(splitSentences(title, { start: 0, end: title.length }).length).toBe(1);
    const group = "Đội tuyển đứng đầu bảng B. Đội nhì bảng gặp Thái Lan.";
    expect(splitSentences(group, { start: 0, end: group.length }).length).toBe(2);
  });
});

describe("constructions of the second dev enlargement", () => {
  it("splits two cues of one subject joined by a semicolon, and drops the wire's closing ./", () => {
    expect(
      statements(
        "Bộ trưởng Nguyễn Văn An nhấn mạnh chính phủ luôn coi giáo dục là quốc sách hàng đầu; cho rằng ngân sách cho trường học cần tăng mạnh hơn nữa./.",
      ),
    ).toEqual([
      {
        speaker: "Nguyễn Văn An",
        quote: "chính phủ luôn coi giáo dục là quốc sách hàng đầu",
        kind: "INDIRECT",
      },
      { speaker: "Nguyễn Văn An", quote: "ngân sách cho trường học cần tăng mạnh hơn nữa", kind: "INDIRECT" },
    ]);
  });

  it("does not take the newsroom's own reporter as a source (Theo phóng viên …)", () => {
    expect(
      statements(
        "Theo đặc phái viên TTXVN, sáng 24/9 theo giờ địa phương, đoàn đại biểu đã tới thành phố New York để dự hội nghị.",
      ),
    ).toEqual([]);
  });
});
