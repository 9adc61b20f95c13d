/**
 * Constructions the extractor learned in session 20 (issue 18): each test is text written for it
 * (not an evaluation excerpt), with the statements it must give and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { statements } from "./support/extract-statements";

describe("a cue fronted before its subject ('Cho rằng A, X yêu cầu …')", () => {
  it("gives A to the subject after the comma, and the main clause's statement as well", () => {
    const out = statements(
      "(PLO)- Cho rằng điểm yếu lớn nhất của chúng ta là nhiều chủ trương đúng nhưng tổ chức thực hiện chưa đạt yêu cầu, Tổng Bí thư Tô Lâm yêu cầu mọi việc phải có người chịu trách nhiệm đến cùng.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      [
        "Tô Lâm",
        "điểm yếu lớn nhất của chúng ta là nhiều chủ trương đúng nhưng tổ chức thực hiện chưa đạt yêu cầu",
      ],
      ["Tô Lâm", "mọi việc phải có người chịu trách nhiệm đến cùng"],
    ]);
  });

  it("finds the subject before a main verb that reports nothing ('… đã mời …')", () => {
    const out = statements(
      "Cho rằng phụ huynh đã có những lời lẽ làm ảnh hưởng uy tín của nhà trường, Hiệu trưởng Trường THPT Lạc Long Quân đã mời phụ huynh này lên làm việc.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      [
        "Hiệu trưởng Trường THPT Lạc Long Quân",
        "phụ huynh đã có những lời lẽ làm ảnh hưởng uy tín của nhà trường",
      ],
    ]);
  });

  it("takes no praise, topic or belief of people who say nothing", () => {
    for (const text of [
      "Đánh giá cao kết quả hợp tác giữa hai nước trong thời gian qua, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản.",
      "Nhấn mạnh tầm quan trọng của quan hệ hai nước thời gian tới, Phó Thủ tướng Trần Hồng Hà đã tiếp đoàn.",
      "Cho rằng đó là kẹo ngon, hai chị em chia nhau mỗi người một ống.",
    ])
      expect(statements(text)).toEqual([]);
  });
});

describe("a directive whose object is a clause ('yêu cầu mọi việc phải …')", () => {
  it("reads the noun, then its modal, as the clause's subject", () => {
    expect(
      statements("Hôm qua, Tổng Bí thư Tô Lâm yêu cầu mọi việc phải có người chịu trách nhiệm đến cùng.").map(
        (s) => [s.speaker, s.quote],
      ),
    ).toEqual([["Tô Lâm", "mọi việc phải có người chịu trách nhiệm đến cùng"]]);
  });
});

describe("a department after 'khoa'", () => {
  it("is no person's name ('bác sĩ khoa Ngoại Thần Kinh'), while 'Trưởng khoa X' is a title", () => {
    expect(
      statements("Bác sĩ khoa Ngoại Thần Kinh cho biết đây là ca bệnh nặng nhất năm.").map((s) => s.speaker),
    ).not.toContain("Ngoại Thần Kinh");
    expect(
      statements("Trưởng khoa Nguyễn Văn An cho biết đây là ca bệnh nặng nhất năm.").map((s) => s.speaker),
    ).toEqual(["Nguyễn Văn An"]);
  });
});

describe("names that are places, bodies and acronyms", () => {
  it("reads 'Chủ tịch Hạ viện Mỹ' as the office of the person met with it, not a person 'Hạ'", () => {
    const out = statements(
      [
        "Tin.",
        "Chủ tịch Hạ viện Mỹ Mike Johnson cho biết ông sẽ họp với các nghị sĩ vào tuần tới.",
        "Bên cạnh đó, Chủ tịch Hạ viện Mỹ cũng tuyên bố sẽ không đàm phán với đảng Dân chủ.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Mike Johnson", "Mike Johnson"]);
  });

  it("takes 'Thái Bình Dương' for the ocean, so the name before the comma speaks", () => {
    const out = statements(
      "Ông Sudhir Shetty, chuyên gia kinh tế trưởng khu vực Đông Á và Thái Bình Dương của WB đánh giá năm 2018, Việt Nam khó có được sự bứt phá.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Sudhir Shetty"]);
  });

  it("reads a quoted name inside narration, then its acronym in brackets, as no statement", () => {
    expect(
      statements(
        'Đảng Dân chủ đòi gia hạn các khoản tín dụng thuế trong "Đạo luật Chăm sóc sức khỏe hợp túi tiền" (ACA).',
      ),
    ).toEqual([]);
    // A quotation that is the whole sentence, then its source in brackets, stays the source's.
    expect(
      statements('"Chúng tôi sẽ tiếp tục theo dõi diễn biến của dịch bệnh" (WHO).').map((s) => s.speaker),
    ).toEqual(["WHO"]);
  });
});

describe("a place in a fronted phrase", () => {
  it("ends before the comma: 'Nhắc đến …, tại Istanbul ngày 19/11, ông Peskov cho biết' is Peskov's", () => {
    const out = statements(
      [
        "Tin.",
        "Người phát ngôn Điện Kremlin Dmitry Peskov nêu rõ đến nay Nga chưa nhận được bất cứ thông tin gì.",
        "Tổng thống Ukraine Volodymyr Zelensky cho biết có kế hoạch đến Thổ Nhĩ Kỳ.",
        "Nhắc đến thông báo của ông Zelensky về việc gặp gỡ chính giới Thổ Nhĩ Kỳ tại Istanbul ngày 19/11, ông Peskov cho biết Moskva không cử đại diện tham dự các cuộc gặp này.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Dmitry Peskov", "Volodymyr Zelensky", "Dmitry Peskov"]);
  });
});
