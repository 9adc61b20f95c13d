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

describe("batch 18: what was shared, manner words, unquoted answers", () => {
  it("takes 'chia sẻ với cử tri trăn trở về …' (to whom, then a noun) for no statement", () => {
    expect(
      statements(
        "Tổng Bí thư Tô Lâm chia sẻ với cử tri trăn trở về chặng đường phát triển của đất nước nhiệm kỳ tới",
      ),
    ).toEqual([]);
  });

  it("leaves the manner out of the speaker ('người đàn ông bình tĩnh trả lời: …')", () => {
    const out = statements(
      'Bác sĩ hỏi tình trạng này đã kéo dài bao lâu, người đàn ông bình tĩnh trả lời: "Ừ, chắc khoảng một hoặc hai tháng".',
    );
    expect(out.map((s) => s.speaker)).toEqual(["người đàn ông"]);
  });

  it("gives an unquoted answer after 'X, <office>, trả lời:' to X up to the paragraph's end, and the paragraphs after it", () => {
    const out = statements(
      [
        "ThS-BS NGUYỄN MINH MẪN, Trưởng Đơn vị Tâm lý lâm sàng - Bệnh viện Đại học Y Dược TP HCM, trả lời: Người được chẩn đoán mắc bệnh trầm cảm phải có 1 trong 2 triệu chứng chính. Triệu chứng chính là bệnh nhân luôn u uất, trầm buồn.",
        "Thực tế, 1/3 nguyên nhân gây ra bệnh trầm cảm là do yếu tố di truyền và 2/3 là từ căng thẳng quá độ kéo dài.",
      ].join("\n\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind, s.quote.slice(0, 30)])).toEqual([
      ["Nguyễn Minh Mẫn", "DIRECT", "Người được chẩn đoán mắc bệnh "],
      ["Nguyễn Minh Mẫn", "DIRECT", "Thực tế, 1/3 nguyên nhân gây r"],
    ]);
  });
});

describe("fresh-page reviews (set 7): who the quotation belongs to", () => {
  it("reads a person named in a topic before the comma as spoken about ('Về sự trở lại của tiền vệ X, HLV Y …: “…”')", () => {
    const out = statements(
      [
        "Tin.",
        'Về sự trở lại của tiền vệ Nguyễn Quang Hải với dấu ấn là một bàn thắng, HLV Gong Oh Kyun dành những lời khen: "Tôi đặt thể trạng cầu thủ lên hàng đầu. Quang Hải chỉ mới trở lại sau chấn thương."',
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Gong Oh Kyun"]);
  });

  it("closes a straight-quoted answer opened paragraphs before ('…mạnh\", HLV X đánh giá')", () => {
    const out = statements(
      [
        "Tin thể thao",
        '"Toàn đội đã cố gắng đến phút cuối cùng và không từ bỏ. Tôi là người chịu trách nhiệm về kết quả.',
        'Filip Nguyễn đã thi đấu tốt dù kết quả trận đấu không như ý muốn. CLB Hải Phòng là đội bóng mạnh", HLV Gong Oh Kyun đánh giá về trận thua.',
      ].join("\n\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([["Gong Oh Kyun", "DIRECT"]]);
    expect(out[0]!.quote).toContain("CLB Hải Phòng là đội bóng mạnh");
  });

  it("gives a title met before its holder to the next person with that title, not to a player of the same sport", () => {
    const out = statements(
      [
        "Tin thể thao",
        '"Thời gian tôi dẫn dắt đội bóng cũng chưa nhiều, nên ý đồ chiến thuật chưa tốt", HLV người Hàn Quốc nói.',
        "Tiền vệ Nguyễn Quang Hải ghi bàn thắng duy nhất của đội chủ nhà.",
        "HLV Gong Oh Kyun cho biết đội sẽ cố gắng hơn trong thời gian tới.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Gong Oh Kyun", "Gong Oh Kyun"]);
  });
});

describe("fresh-page reviews (set 7): attributions and sources", () => {
  it("reads on past a comma inside the closing mark ('“…,” Thứ trưởng X cho hay')", () => {
    const out = statements(
      "Tin.\n\n“Cho đến nay, phía Hoa Kỳ có nhiều đánh giá tích cực. Đây là kết quả hết sức khả quan,” Thứ trưởng Nguyễn Sinh Nhật Tân cho hay.",
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([["Nguyễn Sinh Nhật Tân", "DIRECT"]]);
  });

  it("takes capitalised cue words for a body's name ('Trung tâm Thông tin và Dự báo …'), not a second statement", () => {
    const out = statements(
      'Tin.\n\n"Sức ép từ nay đến cuối năm cực kỳ lớn và giữ được mục tiêu 4% là một thách thức rất lớn", TS Trần Toàn Thắng - Trung tâm Thông tin và Dự báo kinh tế - xã hội, Bộ Kế hoạch và Đầu tư cho hay.',
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([["Trần Toàn Thắng", "DIRECT"]]);
  });

  it("reads 'theo Sắc lệnh …', 'Theo quyết định, …' as the legal ground, not a source", () => {
    for (const text of [
      "Tin.\n\nĐối với thị trường Hoa Kỳ, theo Sắc lệnh của Tổng thống Donald Trump ngày 1/8/2025 về việc điều chỉnh mức thuế đối ứng, Hoa Kỳ quyết định điều chỉnh mức thuế cho 69 nước.",
      "Tin.\n\nTheo quyết định, BS CKII Nguyễn Hồng Tâm được bổ nhiệm giữ chức Giám đốc Trung tâm.",
    ])
      expect(statements(text)).toEqual([]);
  });

  it("takes 'đã thông tin với các quan chức … tại Điện Kremlin' (to whom and where) for no statement", () => {
    expect(
      statements(
        "Tin.\n\nSau cuộc gặp với ông Trump tại Alaska, ông Putin ngày 16/8 đã thông tin với các quan chức cấp cao Nga tại Điện Kremlin.",
      ),
    ).toEqual([]);
  });

  it("reads 'HLV trưởng U22 Việt Nam' as the coach met before", () => {
    const out = statements(
      'Tin.\n\nHLV Kim Sang-sik cho biết đội đã sẵn sàng.\n\n"Chúng tôi nhất định bảo vệ niềm tự tôn của bóng đá Việt Nam" - HLV trưởng U22 Việt Nam nhấn mạnh.',
    );
    expect(out.map((s) => s.speaker)).toEqual(["Kim Sang-sik", "Kim Sang-sik"]);
  });

  it("reads a named person's statement before the question that closes the paragraph", () => {
    const out = statements(
      "Tin.\n\nTrong các đối tượng dễ bị sốc nhiệt, PGS.TS Nguyễn Tiến Dũng (Nguyên trưởng khoa Nhi, Bệnh viện Bạch Mai) đặc biệt nhấn mạnh, đối tượng dễ bị sốc nhiệt nhất chính là trẻ nhỏ có sức đề kháng kém. Vậy làm thế nào để phòng chống sốc nhiệt trong những ngày này?",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Tiến Dũng"]);
  });

  it("gives 'A, cơ quan có trụ sở tại Geneva cho biết hôm 9/2.' to the body that spoke before", () => {
    const out = statements(
      "Tin.\n\nTổ chức Y tế Thế giới (WHO) cho biết dịch bệnh đang lan rộng ở nhiều nước.\n\nMột nhóm chuyên gia hàng đầu sẽ đến Bắc Kinh để điều tra dịch bệnh tại nước này, cơ quan có trụ sở tại Geneva cho biết hôm 9/2.",
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 20)])).toEqual([
      ["Tổ chức Y tế Thế giới", "dịch bệnh đang lan r"],
      ["Tổ chức Y tế Thế giới", "Một nhóm chuyên gia "],
    ]);
  });
});

describe("batch 19: lists, briefings, departments, epithets", () => {
  it("reads a numbered sub-heading '1. Phó Thủ tướng X: …' as X's words", () => {
    const out = statements(
      "Những phát ngôn ấn tượng trong ngày đầu chất vấn.\n\n1. Phó Thủ tướng Vũ Đức Đam: Trường Tôn Đức Thắng là một mô hình tốt\n\nPhó Thủ tướng Vũ Đức Đam (ảnh Quốc hội).",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Vũ Đức Đam", "Trường Tôn Đức Thắng là một mô hình tốt"],
    ]);
  });

  it("gives a briefing's unsigned answers after 'Trả lời:' to the spokesperson who answers the reporters", () => {
    const out = statements(
      [
        "Người phát ngôn Bộ Ngoại giao Việt Nam Lê Hải Bình trả lời câu hỏi của các phóng viên tại Họp báo thường kỳ",
        "1. Câu hỏi: Xin cho biết phản ứng của Việt Nam về tuyên bố này?",
        "Trả lời:",
        "Hòa bình, ổn định ở Biển Đông là lợi ích và nguyện vọng của các nước trong và ngoài khu vực.",
        "2. Câu hỏi: Đề nghị Bộ Ngoại giao xác nhận thông tin này?",
        "Trả lời:",
        "Chúng tôi sẽ chuyển câu hỏi của quý vị tới cơ quan chức năng có thẩm quyền.",
      ].join("\n\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 20)])).toEqual([
      ["Lê Hải Bình", "Hòa bình, ổn định ở "],
      ["Lê Hải Bình", "Chúng tôi sẽ chuyển "],
    ]);
  });

  it("reads 'bác sĩ Khoa Cấp cứu' as doctors of a department, no person 'Khoa Cấp'", () => {
    const out = statements(
      "Tin.\n\nTheo các bác sĩ Khoa Cấp cứu, đây không phải trường hợp cá biệt trong mùa này.",
    );
    expect(out.map((s) => s.speaker)).not.toContain("Khoa Cấp");
    expect(out).toHaveLength(1);
  });

  it("reads 'Theo chủ trương …' as a plan, no source", () => {
    expect(
      statements(
        "Tin.\n\nTheo chủ trương về sắp xếp đơn vị hành chính giai đoạn 2023-2025, xã Việt Thành và xã Đào Thịnh sẽ gộp làm một.",
      ),
    ).toEqual([]);
  });

  it("gives 'nhà cầm quân người Argentina' to the coach, not to the captain who spoke last", () => {
    const out = statements(
      [
        "Tin.",
        'HLV Diego Giustozzi nhấn mạnh: "Chúng tôi đã có 3 tuần tập luyện ở Việt Nam."',
        'Đội trưởng Phạm Đức Hòa khẳng định: "Các cầu thủ đều nỗ lực hết mình."',
        "Đánh giá về các đối thủ cùng bảng, nhà cầm quân người Argentina cho rằng đây là bảng đấu đầy thử thách.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Diego Giustozzi", "Phạm Đức Hòa", "Diego Giustozzi"]);
  });

  it("takes 'có thể nói được', 'xác nhận lại lần nữa sự quan tâm', 'thắc mắc vì sao' for no statement", () => {
    for (const text of [
      "Tin.\n\nBác sĩ Trần Thanh Linh luôn nhớ khoảnh khắc đầu tiên mà bệnh nhân có thể nói được, đánh dấu bệnh nhân có dấu hiệu sống.",
      "Tin.\n\nThủ tướng Phạm Minh Chính đã xác nhận lại lần nữa sự quan tâm của hai bên về những vấn đề đó.",
      "Tin.\n\nMột số sinh viên Trường Đại học Quốc tế thắc mắc vì sao học phí năm nay tăng 3.000 đồng/tín chỉ.",
    ])
      expect(statements(text)).toEqual([]);
  });
});

describe("batch 20: holders, possessors and patients", () => {
  it("reads 'giám đốc điều hành Borussia Dortmund, Hans Joachim Watzke' as the club's director Watzke", () => {
    const out = statements(
      [
        "Tin.",
        "Đó là lời khẳng định chắc nịch của giám đốc điều hành Borussia Dortmund, Hans Joachim Watzke.",
        "Watzke, giám đốc của Dortmund cho biết đội bóng của ông đã đúng khi từ chối bán tiền đạo này.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Hans Joachim Watzke"]);
  });

  it("gives 'X, đại diện chiến dịch tranh cử của bà Harris, cho biết' to X, not to Harris", () => {
    const out = statements(
      [
        "Tin.",
        "Phó Tổng thống Kamala Harris cho biết bà sẽ lắng nghe mọi cử tri.",
        "Jen O'Malley Dillon, đại diện chiến dịch tranh cử của bà Harris, cho biết buổi vận động này nhằm tiếp cận nhóm cử tri ôn hòa.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Kamala Harris", "Jen O'Malley Dillon"]);
  });

  it("reads 'bệnh nhân này tự cho rằng' as the patient's, not the doctor's of the clause before", () => {
    const out = statements(
      "Tin.\n\nBác sĩ Nguyễn Lân Hiếu đã khám cho một bệnh nhân nữ, bệnh nhân này tự cho rằng mình mắc bệnh tim lâu năm.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["bệnh nhân này"]);
  });

  it("reads 'HLV trưởng CLB Hà Nội Makoto Teguramori' as the coach, whom 'HLV người Nhật' then means", () => {
    const out = statements(
      [
        "Tin.",
        "Họp báo sau trận, HLV trưởng CLB Hà Nội Makoto Teguramori buồn vì kết quả.",
        '"Chúng tôi không có nhiều thông tin về đối thủ và phải dự đoán đội hình thi đấu của họ", HLV người Nhật nói.',
        "Về phía đội chủ nhà, HLV trưởng Lê Huỳnh Đức cho biết các cầu thủ đã thi đấu rất tốt.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Makoto Teguramori", "Lê Huỳnh Đức"]);
  });
});

describe("fresh-page reviews (set 8)", () => {
  it("leaves adverbs of time ('mới đây vừa') and manner ('cười buồn') out of the subject", () => {
    const out = statements(
      "Tin.\n\nBan tổ chức cuộc thi Olympic Toán học quốc tế (IMO) mới đây vừa thông báo năm 2020 mỗi thí sinh đạt giải sẽ nhận được hai tấm huy chương.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Ban tổ chức cuộc thi Olympic Toán học quốc tế"]);
    expect(
      statements("Tin.\n\nHỏi chuyện, chị cười buồn cho biết con gái chị vừa truyền xong hóa chất.").map(
        (s) => s.speaker,
      ),
    ).not.toContain("Hỏi chuyện");
  });

  it("takes 'chia sẻ góc nhìn …', '…, ông nói, đề cập đến …' and a photo's caption '(ảnh TL)' for no statement", () => {
    for (const text of [
      "Tin.\n\nBà Đoàn Vân Anh chia sẻ góc nhìn thực tế về thị trường việc làm hiện nay và chiến lược tìm việc.",
      'Tin.\n\n"Tôi quyết định từ chức", ông Han nói, đề cập đến cuộc đối đầu chính trị cực đoan ở Hàn Quốc.',
    ])
      expect(statements(text).map((s) => s.quote)).not.toContainEqual(
        expect.stringMatching(/^(?:góc nhìn|đề cập)/u),
      );
    expect(
      statements(
        "Tin.\n\n(CLO) Theo Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái, số ca F0 tuy còn cao, song đều ở trong các khu vực phong tỏa.\n\nHiện nay toàn tỉnh Bắc Giang đang tập trung để dập dịch COVID-19 trước 21/6 (ảnh TL).",
      ).map((s) => s.quote.slice(0, 12)),
    ).toEqual(["số ca F0 tuy"]);
  });

  it("reads 'Vương quốc', 'Ngài X', 'Nga Lavrov', 'Đồng chí Chủ tịch …' and 'HĐQT Vietnam Airlines' right", () => {
    expect(
      statements(
        "Tin.\n\nNgài Chan Sorykan - Tổng Lãnh sự Vương quốc Campuchia bày tỏ sự vui mừng; khẳng định sẽ tạo mọi điều kiện thuận lợi để hai bên hợp tác bền vững.",
      ).map((s) => s.speaker),
    ).toEqual(["Chan Sorykan"]);
    expect(
      statements(
        "Tin.\n\nNgoại trưởng Nga Lavrov cho biết lệnh ngừng bắn nói trên không áp dụng đối với các nhóm khủng bố.",
      ).map((s) => s.speaker),
    ).toEqual(["Lavrov"]);
    expect(
      statements(
        "Chủ tịch UBND tỉnh Lê Duy Thành tiếp xã giao đoàn Ngoại giao\n\nĐồng chí Chủ tịch UBND tỉnh mong muốn các Đại sứ tiếp tục quan tâm, hỗ trợ tỉnh trong thời gian tới.",
      ).map((s) => s.speaker),
    ).toEqual(["Lê Duy Thành"]);
    expect(
      statements(
        "Tin.\n\nÔng Đặng Ngọc Hòa, Chủ tịch HĐQT Vietnam Airlines.\n\nĐánh giá về giá vé máy bay, Chủ tịch HĐQT Vietnam Airlines cho rằng, việc giá vé thấp có thể sẽ liên quan đến an toàn hàng không.",
      ).map((s) => s.speaker),
    ).toEqual(["Đặng Ngọc Hòa"]);
  });

  it("reads 'Theo TTXVN-Thứ sáu, ngày 12/02/2016 12:00 GMT+7' as a byline", () => {
    expect(statements("Tin.\n\nTheo TTXVN-Thứ sáu, ngày 12/02/2016 12:00 GMT+7")).toEqual([]);
  });

  it("gives 'Bà …' to the woman named last, not to the ambassador the article has since called 'Ông'", () => {
    const out = statements(
      [
        "Tin.",
        "Đại sứ Trung Quốc Hồng Tiểu Dũng chân thành cảm ơn Chủ tịch nước.",
        "Đại sứ khẳng định sẽ làm hết sức mình để thúc đẩy quan hệ hai nước tiếp tục phát triển.",
        "Ông Hồng Tiểu Dũng được cử làm đại sứ sau khi người tiền nhiệm kết thúc nhiệm kỳ.",
        "Trước đó, Chủ tịch nước tiếp tân đại sứ Ba Lan Barbara Szymanowska. Bà mong muốn trong thời gian tới, hai nước sẽ tổ chức nhiều sự kiện kỷ niệm.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Hồng Tiểu Dũng", "Barbara Szymanowska"]);
  });
});

describe("fresh-page reviews (set 8): bodies, documents and representatives", () => {
  it("gives 'Đảng X (Y) của Thủ tướng Z cho biết' to the party and 'Tuyên bố của đảng X khẳng định' to it too", () => {
    const out = statements(
      [
        "Tin.",
        "Đảng Tự hào Thái Lan (Bhumjaithai) của Thủ tướng Anutin Charnvirakul cho biết đã sẵn sàng cho phiên điều trần bất tín nhiệm tại Hạ viện.",
        "Tuyên bố của đảng Tự hào Thái Lan khẳng định chính quyền mới đã đạt hiệu quả trong việc giải quyết những khó khăn của đất nước.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Đảng Tự hào Thái Lan (Bhumjaithai)", "đảng Tự hào Thái Lan"]);
  });

  it("reads a quotation then '…”, ông nói, đề cập đến …' as his", () => {
    const out = statements(
      'Tin.\n\nÔng Han Duck-soo tuyên bố từ chức thủ tướng. "Cuối cùng, tôi quyết định từ chức để làm những gì tôi có thể", ông nói, đề cập đến cuộc đối đầu chính trị cực đoan và mối đe dọa gây ra cho nền kinh tế và các ngành công nghiệp của Hàn Quốc.',
    );
    expect(out.map((s) => [s.speaker, s.kind])).toContainEqual(["Han Duck-soo", "DIRECT"]);
    expect(out.map((s) => s.quote)).not.toContainEqual(expect.stringMatching(/^đề cập/u));
  });

  it("gives 'Vị đại diện này' to the representative who spoke before", () => {
    const out = statements(
      [
        "Tin.",
        "Trao đổi với phóng viên, đại diện Trường THCS Thừa Đức cho biết đoạn video clip đúng là xảy ra tại trường.",
        "Vị đại diện này (xin phép giấu tên) cũng nói rằng, vụ việc xảy ra tại phòng học của khối lớp 9.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "đại diện Trường THCS Thừa Đức",
      "đại diện Trường THCS Thừa Đức",
    ]);
  });
});

describe("batch 21: excerpts opening with a pronoun, glued dashes, dotted dates, photo credits", () => {
  it("gives 'Chị …' opening an excerpt to the first woman the article names afterwards", () => {
    const out = statements(
      [
        "Hơn nữa, con chị đã mắc COVID-19, không có triệu chứng nặng. Chị nhận thấy dịch bệnh còn không nguy hiểm như viêm gan B.",
        "“Tôi chỉ trì hoãn thời gian cho con tiêm đến khi nào cảm thấy yên tâm hơn”, chị Thúy An giải thích thêm.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Thúy An", "Thúy An"]);
  });

  it("ends a name at a dash glued to it ('Nguyễn Đắc Quỳnh- Trưởng Đoàn …', 'Trần Nguyên Truyền- Chánh Thanh tra …')", () => {
    expect(
      statements(
        "Tin.\n\nTrả lời báo chí sáng 31/5, ông Nguyễn Đắc Quỳnh- Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La cho biết tỉnh đã giao Ban tổ chức Tỉnh uỷ xác định rõ trách nhiệm.",
      ).map((s) => s.speaker),
    ).toEqual(["Nguyễn Đắc Quỳnh"]);
    expect(
      statements(
        "Tin.\n\nVề vụ việc, ông Trần Nguyên Truyền- Chánh Thanh tra Sở Y tế tỉnh Nghệ An cho biết: Ông Nguyễn Hoài Nam báo cáo là bên gia đình đã rút đơn khiếu nại.",
      ).map((s) => s.speaker),
    ).toEqual(["Trần Nguyên Truyền"]);
  });

  it("leaves a date written with a dot ('hôm 13.11') out of the subject", () => {
    expect(
      statements(
        "Tin.\n\nBộ Ngoại giao Trung Quốc hôm 13.11 cho biết Bắc Kinh sẽ không bao giờ dung thứ cho việc đó.",
      ).map((s) => s.speaker),
    ).toEqual(["Bộ Ngoại giao Trung Quốc"]);
  });

  it("leaves a photo's credit out of the reported clause ('… cảnh báo thận trọng (Ảnh: DT)')", () => {
    expect(
      statements(
        "Tin.\n\nGiá vàng trong nước giảm sâu, chuyên gia Nguyễn Trí Hiếu cảnh báo thận trọng (Ảnh: DT)",
      ),
    ).toEqual([]);
  });
});

describe("one person by what she is", () => {
  it("gives 'Nữ sinh cho hay …' to the girl the article named last", () => {
    const out = statements(
      "Tin.\n\nNguyễn Thị Linh cùng mẹ đến nhập học ở trường sáng 26/8. Nữ sinh cho hay mùa tuyển sinh năm nay có nhiều thay đổi nên chưa xác định được sẽ thuê phòng trọ ở đâu.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Thị Linh"]);
  });
});

describe("fresh-page reviews (set 9)", () => {
  it("reads 'cụ Phạm Thế Vinh' as a person, whom 'cụ Vinh' then names", () => {
    const out = statements(
      'Tin.\n\nTại điểm bầu cử số 4, cụ Phạm Thế Vinh, 97 tuổi, cử tri cao tuổi nhất tham gia bỏ phiếu.\n\n"Tôi tham gia cầm súng từ những ngày đầu tiên của Cách mạng tháng 8", cụ Vinh nhớ lại.',
    );
    expect(out.map((s) => s.speaker)).toEqual(["Phạm Thế Vinh"]);
  });

  it("reads 'Giám đốc Thương mại', 'Chủ tịch nước Cộng hoà Cuba' as offices, no persons 'Thương', 'Cộng'", () => {
    expect(
      statements(
        "Tin.\n\nÔng Lê Vưu Dương, Giám đốc Thương mại Công ty Công nghệ Baiguoyuan Quảng Tây, cho biết: “Với sự hỗ trợ của chính phủ, chúng tôi mở rộng thị trường.”",
      ).map((s) => s.speaker),
    ).toEqual(["Lê Vưu Dương"]);
    expect(
      statements(
        "Tin.\n\nTrong thư, Chủ tịch nước Cộng hoà Cuba viết: “Cuba luôn ghi nhớ sự ủng hộ của nhân dân Việt Nam.”",
      ).map((s) => s.speaker),
    ).not.toContain("Cộng");
  });

  it("takes 'nêu bật' (to highlight) and 'chia sẻ lại hình ảnh' (to re-post) for no statement", () => {
    for (const text of [
      "Tin.\n\nĐại sứ Nguyễn Vũ Tùng nêu bật ý nghĩa lịch sử của Cách mạng tháng Tám và Quốc khánh 2/9.",
      "Tin.\n\nBác sĩ Nguyễn Đình Vũ chia sẻ lại hình ảnh hai bé song sinh trước ca mổ lịch sử.",
    ])
      expect(statements(text)).toEqual([]);
  });
});

describe("a cue word used as a noun inside a clause", () => {
  it("does not split 'khiếu nại, kiến nghị của công dân' into a second statement", () => {
    const out = statements(
      "Tin.\n\nChủ tịch UBND tỉnh Tạ Anh Tuấn khẳng định, lãnh đạo tỉnh luôn lắng nghe, giải quyết thấu tình đạt lý từng trường hợp khiếu nại, kiến nghị của công dân theo hướng có lợi cho công dân.",
    );
    expect(out.map((s) => s.quote)).toEqual([
      "lãnh đạo tỉnh luôn lắng nghe, giải quyết thấu tình đạt lý từng trường hợp khiếu nại, kiến nghị của công dân theo hướng có lợi cho công dân",
    ]);
  });
});

describe("batch 22: what was shown or felt", () => {
  it("takes 'chia sẻ hình ảnh …' and 'bày tỏ quan ngại đối với …' for no statement", () => {
    for (const text of [
      "Tin.\n\nNhiều sinh viên tại Đại học Hạ Long chia sẻ hình ảnh mức thu học phí tại trường trong năm học 2025-2026.",
      "Tin.\n\nNga bày tỏ quan ngại đối với những nguy cơ khiến căng thẳng leo thang trong và xung quanh khu vực.",
    ])
      expect(statements(text)).toEqual([]);
  });
});
