/**
 * Constructions the extractor learned from the sixth and seventh batches of blind dev articles
 * (issue 18): each test is text written for it (not an evaluation excerpt), with the statements it
 * must give and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { statements } from "./support/extract-statements";

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

describe("paragraphs wrapped by hand", () => {
  it("reads a line that opens in lower case as the previous line's continuation", () => {
    const out = statements(
      [
        "Mỹ quan ngại về căng thẳng",
        "",
        "Trong một tuyên bố, người phát ngôn Bộ Ngoại giao Mỹ Jen Psaki cho hay Ngoại",
        "trưởng John Kerry đã nêu quan ngại trong cuộc điện đàm với",
        "người đồng cấp.",
        "",
        'Theo bà Psaki, "ông Kerry hối thúc các bên giảm căng thẳng,',
        'giải quyết tranh chấp bằng biện pháp hòa bình".',
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Jen Psaki",
        quote: "Ngoại\ntrưởng John Kerry đã nêu quan ngại trong cuộc điện đàm với\nngười đồng cấp",
        kind: "INDIRECT",
      },
      {
        speaker: "Jen Psaki",
        quote: "ông Kerry hối thúc các bên giảm căng thẳng,\ngiải quyết tranh chấp bằng biện pháp hòa bình",
        kind: "DIRECT",
      },
    ]);
  });
});

describe("cues", () => {
  it("reads 'chỉ trích A là hành động …' as a judgement stated, not a bare 'chỉ trích A'", () => {
    const out = statements(
      [
        "Phản ứng quốc tế",
        "Bộ Ngoại giao Mỹ đã chỉ trích việc triển khai nhiều tàu tại vùng biển tranh chấp là hành động khiêu khích.",
        "Bộ Ngoại giao Mỹ chỉ trích việc triển khai nhiều tàu tại vùng biển tranh chấp.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Bộ Ngoại giao Mỹ",
        quote: "việc triển khai nhiều tàu tại vùng biển tranh chấp là hành động khiêu khích",
        kind: "INDIRECT",
      },
    ]);
  });

  it("takes the clause after 'bày tỏ quan điểm rằng' and gives 'Nhà ngoại giao Nga' to the diplomat", () => {
    const out = statements(
      [
        "Nga và BRICS",
        "Ông Sergei Lavrov nhấn mạnh Nga sẵn sàng đối thoại với các nước phương Tây.",
        "Ngoại trưởng Nga cũng kêu gọi cải cách Liên hợp quốc để châu Phi có thêm tiếng nói.",
        "Nhà ngoại giao Nga bày tỏ quan điểm rằng BRICS có thể trở thành đầu tàu của hội nhập Á-Âu.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Sergei Lavrov", "Nga sẵn sàng đối thoại với các nước phương Tây"],
      ["Sergei Lavrov", "cải cách Liên hợp quốc để châu Phi có thêm tiếng nói"],
      ["Sergei Lavrov", "BRICS có thể trở thành đầu tàu của hội nhập Á-Âu"],
    ]);
  });
});

describe("names", () => {
  it("reads 'ông Zelensky' after a leading clause as a name, not as the last man who spoke", () => {
    const out = statements(
      [
        "Đàm phán hòa bình",
        "Tổng thống Vladimir Putin cho biết ông sẵn sàng gặp người đồng cấp Ukraine.",
        "Trong một cuộc phỏng vấn với kênh ABC News, ông Zelensky cho biết, ông không thể đến thủ đô của Nga.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Vladimir Putin", "Zelensky"]);
  });

  it("gives a title and a new foreign name to that person, not to the last holder of the title", () => {
    const out = statements(
      [
        "Hội nghị Bộ trưởng Ngoại giao ASEAN",
        "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Lê Hoài Nam nhấn mạnh Việt Nam giải quyết tranh chấp bằng biện pháp hòa bình.",
        "Bộ trưởng Ngoại giao Malaysia Azlan Rahman cho rằng ASEAN cần đẩy nhanh việc nâng cấp hiệp định thương mại.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Lê Hoài Nam", "Azlan Rahman"]);
  });
});

describe("politics", () => {
  it("keeps a given name before a dash in the subject: only a dateline in capitals is dropped", () => {
    const out = statements("Tiêu đề\nHùng - Giám đốc Sở Y tế cho biết bệnh viện đã tiếp nhận 20 ca.");
    expect(out.map((s) => s.speaker)).toEqual(["Hùng - Giám đốc Sở Y tế"]);
  });

  it("reads a dateline 'HNP - ' before 'Theo …', and 'kết luận này' as no second cue", () => {
    const out = statements(
      [
        "Phiên giải trình đạt hiệu quả",
        "HNP - Theo đánh giá của Chủ tịch HĐND TP Nguyễn Thị Hoa, phiên giải trình đã diễn ra đúng luật và nghiêm túc.",
        "Bà Hoa cho biết Thường trực HĐND sẽ thông qua kết luận và kết luận này sẽ được gửi đến UBND các cấp.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Nguyễn Thị Hoa", "phiên giải trình đã diễn ra đúng luật và nghiêm túc"],
      [
        "Nguyễn Thị Hoa",
        "Thường trực HĐND sẽ thông qua kết luận và kết luận này sẽ được gửi đến UBND các cấp",
      ],
    ]);
  });

  it("takes 'đảng Dân chủ' as a body and 'Chủ tịch Quốc hội Woo Won-shik' as a person", () => {
    const out = statements(
      [
        "Thiết quân luật",
        "Theo quan điểm của đảng Dân chủ, đây là hành vi trực tiếp vi phạm Hiến pháp.",
        "Tại cuộc họp, Chủ tịch Quốc hội Woo Won-shik tuyên bố rằng ông không đồng ý với việc áp dụng thiết quân luật.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["đảng Dân chủ", "Woo Won-shik"]);
  });

  it("gives a headline 'Clinton: …' to the family name the article then calls 'bà Clinton'", () => {
    const out = statements(
      [
        "Clinton: Tôi tôn trọng các con của ông ấy",
        "Bà Clinton cho biết các con của đối thủ luôn nói về cha mình với những điều tốt đẹp.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Clinton", "Tôi tôn trọng các con của ông ấy"],
      ["Clinton", "các con của đối thủ luôn nói về cha mình với những điều tốt đẹp"],
    ]);
    // A lone capitalised word the article never calls "ông"/"bà" heads no statement.
    expect(statements("Hà Nội: Mưa lớn kéo dài đến cuối tuần\nNhiều tuyến phố ngập sâu.")).toEqual([]);
  });

  it("never gives the statement to a name after 'của' in the subject's first predicate", () => {
    const out = statements(
      [
        "Tranh luận trực tiếp",
        "Bà Hillary Clinton cho rằng các con của đối thủ là những người tốt.",
        "Trump cảm ơn câu trả lời của bà Clinton và nhận xét đối thủ là người không bao giờ bỏ cuộc.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Hillary Clinton"]);
  });
});

describe("sport", () => {
  it("learns an athlete after 'VĐV', finds her by the given names, and by 'Nữ VĐV Việt Nam'", () => {
    const out = statements(
      [
        "Tối 6/5, VĐV Nguyễn Thanh Mai giành HCV nội dung đi bộ nữ.",
        "Thanh Mai cho biết cô cảm thấy rất tự hào vì đã vượt qua được bản thân.",
        "Nữ VĐV Việt Nam cũng cho hay, thi đấu tại SEA Games luôn có nhiều áp lực hơn các đấu trường khác.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Thanh Mai", "Nguyễn Thanh Mai"]);
  });

  it("finds the coach by 'Vị chiến lược gia người Bulgary'; a topic after 'chia sẻ/tiết lộ' is no statement", () => {
    const out = statements(
      [
        "HLV Velizar Popov tiết lộ nhiều chuyện mà ông cảm thấy không vui ở CLB trong 3 năm cầm quyền.",
        "Ông chia sẻ nhiều vấn đề bên trong đội bóng và úp mở khả năng ra đi vào cuối mùa.",
        "Vị chiến lược gia người Bulgary khẳng định, ông rất mệt mỏi ở mùa thứ ba dẫn dắt đội bóng.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Velizar Popov", "ông rất mệt mỏi ở mùa thứ ba dẫn dắt đội bóng"],
    ]);
  });

  it("cuts 'đã đệ đơn lên VPF' from the subject of 'yêu cầu'", () => {
    const out = statements(
      "Sau trận đấu, CLB Khánh Hòa đã đệ đơn lên VPF yêu cầu tổ chức đá lại trận đấu vì sai lầm của trọng tài.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["CLB Khánh Hòa", "tổ chức đá lại trận đấu vì sai lầm của trọng tài"],
    ]);
  });
});

describe("interviews and heads", () => {
  it("gives the one paragraph after a titled head line to that person; a reporter's labelled question gives nothing", () => {
    const out = statements(
      [
        "Tiến sĩ Lê Văn Hải – Trưởng phòng Đào tạo, Đại học Nông Lâm:",
        "Những ai chọn sự tạm bợ sẽ luôn phớt lờ trước sự thật",
        "Thứ Ba, 28/02/2017",
        "- Phóng viên: Thưa tiến sĩ, có ý kiến cho rằng “càng lên cao, con người càng bớt chân thật”. Ý kiến của ông?",
        "- Tiến sĩ Lê Văn Hải: Tôi nghĩ nhận định này chưa hẳn đã đúng với những người sống chân thật.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Lê Văn Hải", "Những ai chọn sự tạm bợ sẽ luôn phớt lờ trước sự thật"],
      ["Lê Văn Hải", "Tôi nghĩ nhận định này chưa hẳn đã đúng với những người sống chân thật"],
    ]);
  });
});

describe("education and society", () => {
  it("gives nothing for 'thông báo tới X <noun phrase>' and keeps '… và thông báo các khoản …' one statement", () => {
    const out = statements(
      [
        "Lạm thu đầu năm học",
        "Tại cuộc họp, giáo viên chủ nhiệm đã thông báo tới phụ huynh 13 khoản đóng góp với tổng số tiền gần 4 triệu đồng.",
        "Bà Đào Thị Hạnh, Hiệu trưởng nhà trường, xác nhận nhà trường đã tổ chức họp phụ huynh và thông báo các khoản thu đầu năm học.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Đào Thị Hạnh", "nhà trường đã tổ chức họp phụ huynh và thông báo các khoản thu đầu năm học"],
    ]);
  });

  it("reads 'Theo phản ánh của X' as X and 'anh D. - một phụ huynh' as the person named by an initial", () => {
    const out = statements(
      [
        "Phụ huynh phản đối sáp nhập trường",
        "Theo phản ánh của bà Nguyễn Thị Hoa, điểm trường cũ gần nhà và an toàn hơn cho các cháu.",
        "Tuy nhiên, anh D. - một phụ huynh cho biết anh không đồng ý đưa con về học trường mới vì đường xa.",
        '"Đoạn đường con tôi đi học vào mùa mưa lũ rất dễ ngập" - anh D. nói.',
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Thị Hoa", "D", "D"]);
  });
});

describe("economy", () => {
  it("gives a headline question to the person who asks it", () => {
    const out = statements(
      [
        "Tỷ phú Phạm Nhật Vượng: Ai bảo làm việc lớn là dễ dàng?",
        "Ông Vượng tự tin khẳng định xe điện sẽ là tương lai của thế giới.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Phạm Nhật Vượng", "Ai bảo làm việc lớn là dễ dàng"],
      ["Phạm Nhật Vượng", "xe điện sẽ là tương lai của thế giới"],
    ]);
  });

  it("takes 'tính toán' after a quotation, not as a second verb; 'một số chuyên gia kinh tế' is vague", () => {
    const out = statements(
      [
        "Dự báo tăng trưởng",
        "Một số chuyên gia kinh tế cho rằng con số dự báo nói trên không sát với thực tế.",
        "“Chỉ cộng riêng hai lĩnh vực này thì GDP cũng đã có thể tăng từ 2,3 - 2,5%”, TS. Võ Trí Thành tính toán.",
        "Ông Thành khẳng định, bản thân ông dựa trên các báo cáo và tính toán chi li từng con số.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Võ Trí Thành", "Chỉ cộng riêng hai lĩnh vực này thì GDP cũng đã có thể tăng từ 2,3 - 2,5%"],
      ["Võ Trí Thành", "bản thân ông dựa trên các báo cáo và tính toán chi li từng con số"],
    ]);
  });

  it("takes 'Lực lượng quản lý thị trường' as a speaker, and no three-word first half of a split", () => {
    const out = statements(
      [
        "Cây xăng ngừng bán",
        "Lực lượng quản lý thị trường đã yêu cầu các cửa hàng ký cam kết hoạt động khi có điện.",
        "Ông Nguyễn Văn Vượng nêu quyết tâm lớn và kêu gọi tất cả mọi người đồng lòng tham gia.",
      ].join("\n"),
    );
    expect(out[0]).toEqual({
      speaker: "Lực lượng quản lý thị trường",
      quote: "các cửa hàng ký cam kết hoạt động khi có điện",
      kind: "INDIRECT",
    });
    expect(out.map((s) => s.quote)).not.toContain("quyết tâm lớn");
  });
});

describe("general constructions from the seventh batch", () => {
  it("learns a bare Vietnamese full name as a person, found again by 'cầu thủ người Thanh Hóa'", () => {
    const out = statements(
      [
        "U22 Việt Nam thắng đậm",
        'Chia sẻ về người bạn thân, Bùi Văn Dũng cho biết: "Đức Chinh đã lấy lại được bản năng ghi bàn của mình".',
        "Về bản thân, cầu thủ người Thanh Hóa cho rằng việc được chơi ở vị trí trung vệ là một sự ngẫu nhiên.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Bùi Văn Dũng", "Bùi Văn Dũng"]);
  });

  it("gives a quotation after a colon to the named person opening the clause, whatever the verb", () => {
    const out = statements(
      [
        "Họp báo sau trận",
        'HLV Lê Văn Đức tiếp tục dành lời khen cho học trò: "Các cầu thủ đang tiến bộ từng ngày, từng giờ".',
        'Về mặt chuyên môn, HLV Albadalejo tỏ ra hài lòng: "Chúng tôi đã tận dụng cơ hội tốt".',
        'HLV Albadalejo đặt ra câu hỏi: "Họ là ai và vì sao họ có mặt ở đây".',
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Lê Văn Đức", "Các cầu thủ đang tiến bộ từng ngày, từng giờ"],
      ["Albadalejo", "Chúng tôi đã tận dụng cơ hội tốt"],
    ]);
  });

  it("gives a paragraph that is one quotation to the person of the paragraph before, past a caption", () => {
    const out = statements(
      [
        "Hà Nội FC thắng derby",
        "Theo HLV Harry Kewell, chiến thắng này đến từ sự chuẩn bị kỹ lưỡng về chiến thuật.",
        "HLV Harry Kewell của Hà Nội FC.",
        "“Chúng tôi có kế hoạch rõ ràng cho trận đấu và các cầu thủ hiểu rõ nhiệm vụ của mình”.",
        "Ông cũng cho biết toàn đội đã tổ chức trận đấu rất tốt trong hiệp hai.",
        "“Sang hiệp 2, chúng tôi kiểm soát tốt hơn và hạn chế những lỗi đó”.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([
      ["Harry Kewell", "INDIRECT"],
      ["Harry Kewell", "DIRECT"],
      ["Harry Kewell", "INDIRECT"],
      ["Harry Kewell", "DIRECT"],
    ]);
  });
});

describe("interviews announced as talking to an outlet, nominal attributions", () => {
  it("puts the questions to the person who 'trao đổi với Zing.vn'; 'Doanh nhân Việt' names no one", () => {
    const out = statements(
      [
        "Doanh nhân Việt trưởng thành",
        "Nhân ngày Doanh nhân Việt Nam, chuyên gia kinh tế Trần Thị Hòa đã trao đổi với Zing.vn về cộng đồng doanh nghiệp.",
        "- Sau mỗi hiệp định lớn, bà nhìn thấy sự thay đổi gì từ các doanh nhân Việt Nam?",
        "- Tôi nghĩ doanh nhân Việt đã có sự trưởng thành rất tốt từ khi chúng ta hội nhập.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Trần Thị Hòa", "Tôi nghĩ doanh nhân Việt đã có sự trưởng thành rất tốt từ khi chúng ta hội nhập"],
    ]);
  });

  it("reads '“…” (lời của ông X);' and 'khẳng định của X: “…”'", () => {
    const out = statements(
      [
        "Lãnh đạo VFF gặp báo chí",
        "Buổi gặp có ông Nguyễn Xuân Gụ và Phó Chủ tịch VFF Trần Quốc Tuấn.",
        'Các ý kiến đều tích cực: "Người ta còn quan tâm tới bóng đá thì mới góp ý" (lời của ông Gụ); "Chúng ta phải rút kinh nghiệm từ những góp ý đúng" (lời của ông Tuấn).',
        'Đáng chú ý nhất là khẳng định của Phó Chủ tịch VFF Trần Quốc Tuấn: "Không thể phủ nhận bóng đá Việt Nam đã có những thành công".',
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Xuân Gụ", "Trần Quốc Tuấn", "Trần Quốc Tuấn"]);
  });

  it("reads no cue in 'luồng thông tin' nor in a passive 'bị cáo buộc'", () => {
    expect(
      statements(
        [
          "WHO và đại dịch",
          "Lãnh đạo VFF nói về những luồng thông tin trái chiều hướng vào nội bộ liên đoàn trước đại hội.",
          "WHO bị cáo buộc coi nhẹ đại dịch trong những ngày đầu khi dịch mới bùng phát.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("elections", () => {
  it("gives 'Ứng viên tổng thống …' and 'Cựu Ngoại trưởng Mỹ' to the person who spoke last; 'không chịu cam kết' is no cue", () => {
    const out = statements(
      [
        "Bầu cử Mỹ",
        "Bà Hillary Clinton cho biết bà sẽ tiếp tục vận động ở các bang chiến trường.",
        "Theo Reuters, ông Donald Trump không chịu cam kết chấp nhận kết quả cuộc bầu cử sắp tới.",
        "Cựu Ngoại trưởng Mỹ nói rằng phát biểu đó giống với những gì các nhà độc tài nói.",
        "Ứng viên tổng thống đảng Dân chủ cũng cho biết bà sẽ không để đối thủ tuyên bố chiến thắng sớm.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Hillary Clinton", "Hillary Clinton", "Hillary Clinton"]);
  });
});

describe("promises and noun-phrase subjects", () => {
  it("takes 'hứa sẽ …', also after 'và', and 'nói vai trò của X là …'", () => {
    const out = statements(
      [
        "Tân Bí thư nhận nhiệm vụ",
        "Ông Nguyễn Văn Nhân đã gửi lời cảm ơn các cán bộ lão thành và hứa sẽ hoàn thành tốt nhiệm vụ mới.",
        "Ông Nhân nói vai trò của báo chí là thanh bảo kiếm để chữa lành các vết thương.",
        "Ông Nhân nhấn mạnh vai trò của báo chí trong công cuộc phòng chống tham nhũng.",
      ].join("\n"),
    );
    expect(out.map((s) => s.quote)).toEqual([
      "sẽ hoàn thành tốt nhiệm vụ mới",
      "vai trò của báo chí là thanh bảo kiếm để chữa lành các vết thương",
    ]);
  });
});

describe("market and ministry reports", () => {
  it("takes traders as a group, 'bà X, một tiểu thương' as bà X, and no venue-only clause", () => {
    const out = statements(
      [
        "Giá thịt lợn hạ nhiệt",
        "Một số tiểu thương tại chợ Trung Yên cho biết mấy hôm nay giá thịt lợn giảm 10.000 đồng/kg.",
        "“Mỗi ngày tôi chỉ dám lấy một con lợn vì khách tới chợ thưa vắng” – bà Xuân, một tiểu thương cho biết.",
        "Bộ trưởng Bộ Y tế Nguyễn Thanh Long nói tại cuộc họp trực tuyến toàn quốc sáng 16/4 về phòng chống dịch.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Một số tiểu thương tại chợ Trung Yên", "Xuân"]);
  });
});

describe("unmarked statements before a titled attribution", () => {
  it("gives 'A, phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova tuyên bố.' to her, A without the title", () => {
    const out = statements(
      [
        "Nga và lệnh trừng phạt",
        "Đừng hòng dọa Matxcơva bằng tối hậu thư, phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova tuyên bố.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Maria Zakharova", "Đừng hòng dọa Matxcơva bằng tối hậu thư"],
    ]);
  });
});

describe("bodies", () => {
  it("gives a headline 'Bộ Ngoại giao: …' to the ministry, and splits '…, đồng thời cảnh báo các biện pháp … sẽ …'", () => {
    const out = statements(
      [
        "Bộ Ngoại giao: Mỹ đã 62 lần đưa ra lệnh trừng phạt Nga",
        "Theo hãng tin Reuters, Điện Kremlin ngày 21/4 cho biết đang theo dõi các thông tin về lệnh cấm xuất khẩu, đồng thời cảnh báo các biện pháp trừng phạt mới sẽ gây thiệt hại cho kinh tế toàn cầu.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Bộ Ngoại giao", "Mỹ đã 62 lần đưa ra lệnh trừng phạt Nga"],
      ["Điện Kremlin", "đang theo dõi các thông tin về lệnh cấm xuất khẩu"],
      ["Điện Kremlin", "các biện pháp trừng phạt mới sẽ gây thiệt hại cho kinh tế toàn cầu"],
    ]);
  });
});

describe("attributions that go on", () => {
  it("gives '“A”, ông X nhận định và cho rằng, B.' both to X", () => {
    const out = statements(
      [
        "Du lịch và chủ quyền",
        "“Những việc làm đó là hành động không đúng, mình phải phản bác”, ông Mai Văn Dũng nhận định và cho rằng, các đơn vị liên quan phải có quan điểm rõ ràng về việc này.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Mai Văn Dũng",
        quote: "Những việc làm đó là hành động không đúng, mình phải phản bác",
        kind: "DIRECT",
      },
      {
        speaker: "Mai Văn Dũng",
        quote: "các đơn vị liên quan phải có quan điểm rõ ràng về việc này",
        kind: "INDIRECT",
      },
    ]);
  });

  it("gives the sentence before 'Đây là thông tin được ông X … cung cấp' to X", () => {
    const out = statements(
      [
        "Phân bổ hạn mức tín dụng",
        "Trong một hai ngày tới, Ngân hàng Nhà nước sẽ có thông báo phân bổ hạn mức tăng trưởng tín dụng còn lại. Đây là thông tin được ông Đào Văn Tú, Phó Thống đốc NHNN cung cấp tại buổi họp báo Chính phủ.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([["Đào Văn Tú", "INDIRECT"]]);
  });
});

describe("epithets around quotations", () => {
  it("gives '<epithet> mở lời: “…”' and '“…”, <epithet> dành lời khen …' to the coach, named before or after", () => {
    const text = [
      'Nhà cầm quân người Pháp mở lời: "U22 Việt Nam nhập cuộc với mục tiêu chiến thắng".',
      '"Các cầu thủ đã thể hiện bộ mặt hoàn toàn khác như nhiều người nghĩ", chiến lược gia người Pháp dành lời khen ngợi các học trò.',
      'Về hàng thủ, huấn luyện viên Philippe Troussier lý giải: "Đó là những bàn thua không đáng có".',
      '"Tôi sẽ nỗ lực để được dự vòng chung kết", tân binh CLB Hà Nội nói.',
    ].join("\n");
    expect(statements(text).map((s) => s.speaker)).toEqual([
      "Philippe Troussier",
      "Philippe Troussier",
      "Philippe Troussier",
      "Philippe Troussier",
    ]);
  });

  it("gives '… mà theo ông: “…”' to the person who opens the sentence", () => {
    const out = statements(
      [
        "Bóng đá trẻ",
        "Ông Dương Văn Chí cho biết giải đấu cần thêm tài trợ.",
        "Ông Mai Văn Chung, nguyên Trưởng bộ môn bóng đá, đề ra một số biện pháp cho bóng đá trẻ mà theo ông: “Dinh dưỡng phi khoa học thì thể lực cầu thủ vẫn yếu”.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Dương Văn Chí", "Mai Văn Chung"]);
  });
});

describe("a person introducing the next paragraph without a reporting verb", () => {
  it("gives the quotation after '…, tiền đạo của tuyển Việt Nam không giấu được niềm vui:' to the forward", () => {
    const out = statements(
      [
        "Tuyển Việt Nam thắng Lào",
        "Ở trận này, tiền đạo Nguyễn Xuân Son là tâm điểm khi ghi bàn mở tỷ số.",
        "Về bàn thắng đầu tiên sau thời gian dài chấn thương, tiền đạo của tuyển Việt Nam không giấu được niềm vui:",
        '"Rất tuyệt vời. Đây là trận đấu đầu tiên sau gần 1 năm chấn thương".',
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([["Nguyễn Xuân Son", "DIRECT"]]);
  });

  it("never takes 'H.Nhơn Trạch' (a district written short) for a person", () => {
    const out = statements(
      "Đại tá Cao Hữu Nguyên, Trưởng công an H.Nhơn Trạch (Đồng Nai), cũng cho biết: “Quan điểm của Ban Giám đốc là xử nghiêm dù liên quan đến ai”.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Cao Hữu Nguyên"]);
  });
});

describe("who a bare 'Ông' or group head points to", () => {
  it("gives 'Ông' at a sentence's start to the person who opened the sentence before, when it said nothing", () => {
    const out = statements(
      [
        "Đàm phán Nga - Ukraine",
        "Ông Sergei Lavrov cho biết Tổng thống Erdogan sẽ có cơ hội đưa ra đề xuất.",
        "Tổng thống Volodymyr Zelensky ký sắc lệnh hủy các cuộc đàm phán. Ông cho biết, Kiev sẵn sàng đàm phán với một tổng thống Nga khác.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Sergei Lavrov", "Volodymyr Zelensky"]);
  });

  it("gives a bare 'Cử tri' to the group named before, or to the member of it named last; 'kể chuyện …' is no statement", () => {
    const out = statements(
      [
        "Tiếp xúc cử tri",
        "Cử tri thành phố Hà Nội cho rằng, công cuộc phòng chống tham nhũng tiếp tục đạt kết quả rõ nét.",
        "Cử tri cũng đề nghị sớm có giải pháp thu hồi tài sản tham nhũng.",
        "Đề cập đến vụ án lớn, cử tri Nguyễn Anh Dũng (Đống Đa) cho rằng, đây là vụ án rất phức tạp nhưng phải làm.",
        "Cử tri đề nghị tiếp tục điều tra, đưa ra ánh sáng các vụ án tham nhũng.",
        "Lãnh đạo phòng giáo dục huyện Vũ Thư cho biết có sự việc như phụ huynh phản ánh.",
        "Đại sứ Mỹ kể chuyện cảm động trong chuyến thăm của Tổng thống.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Cử tri thành phố Hà Nội",
      "Cử tri thành phố Hà Nội",
      "Nguyễn Anh Dũng",
      "Nguyễn Anh Dũng",
      "Lãnh đạo phòng giáo dục huyện Vũ Thư",
    ]);
  });
});

describe("no statement", () => {
  it("gives nothing for a question put to someone, thanks expressed, or a cue followed only by when", () => {
    expect(
      statements(
        [
          'Câu hỏi cho HLV Ha Hyeok Jun: "Ông nhận xét sao về tinh thần thi đấu của các cầu thủ Lào?" HLV Ha Hyeok Jun: "Các cầu thủ đã chiến đấu rất nỗ lực".',
          "Đại sứ Daniel Kritenbrink bày tỏ biết ơn chính phủ và nhân dân Việt Nam trong thời gian ông ở Việt Nam.",
          "Thủ môn Bùi Tiến Dũng chia sẻ sau trận bán kết.",
        ].join("\n"),
      ).map((s) => s.quote),
    ).toEqual(["Các cầu thủ đã chiến đấu rất nỗ lực"]);
  });
});

describe("bodies by another name", () => {
  it("reads 'Nhà chức trách', 'cơ quan quản lý', 'báo cáo của X' and 'X vẫn giữ nguyên dự báo cho rằng'", () => {
    const out = statements(
      [
        "Phòng bệnh Chikungunya",
        "Bộ Y tế cho biết Việt Nam chưa ghi nhận trường hợp mắc bệnh này.",
        "Nhà chức trách tiếp tục khuyến cáo người dân thực hiện các biện pháp phòng bệnh.",
        "Tại hội nghị, báo cáo của Bộ Kế hoạch và Đầu tư cho biết, dòng vốn FDI đã tăng trở lại trong vài tháng.",
        "World Bank vẫn giữ nguyên dự báo cho rằng kinh tế Việt Nam sẽ tăng trưởng 5,5% trong năm nay.",
        "Văn bản báo cáo của Sở GD-ĐT Hà Nội cho rằng vụ việc vừa qua là sai phạm không có tổ chức.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Bộ Y tế",
      "Bộ Y tế",
      "Bộ Kế hoạch và Đầu tư",
      "World Bank",
      "Sở GD-ĐT Hà Nội",
    ]);
  });
});

describe("interview captions and a fronted 'Tuy nhiên theo'", () => {
  it("skips a name-only caption between answer paragraphs, and reads 'Tuy nhiên theo X, …'", () => {
    const out = statements(
      [
        "PV: Theo ông, những động lực chính nào thúc đẩy tăng trưởng năm nay?",
        "TS. Nguyễn Văn Độ: Tiêu dùng và tích lũy tài sản đều tăng mạnh trong chín tháng.",
        "TS. Nguyễn Văn Độ",
        "Nhờ xuất khẩu tăng trưởng cao, sản xuất công nghiệp cũng đạt mức tăng tốt.",
      ].join("\n"),
    );
    expect(out.map((s) => s.quote)).toEqual([
      "Tiêu dùng và tích lũy tài sản đều tăng mạnh trong chín tháng",
      "Nhờ xuất khẩu tăng trưởng cao, sản xuất công nghiệp cũng đạt mức tăng tốt",
    ]);
    expect(
      statements(
        "Bác sĩ P. viết đơn xin thôi việc.\nTuy nhiên theo lãnh đạo bệnh viện, bệnh viện chưa xem xét đơn xin thôi việc của bác sĩ.",
      ).map((s) => s.quote),
    ).toEqual(["bệnh viện chưa xem xét đơn xin thôi việc của bác sĩ"]);
  });
});

describe("assemblies and directives", () => {
  it("gives 'Theo đại biểu, …' to the member who just spoke, and keeps a directive's 'và …' in its clause", () => {
    const out = statements(
      [
        "Quốc hội bầu Chủ tịch nước",
        "Đại biểu Dương Văn Quốc cho rằng quy trình bầu cử diễn ra dân chủ.",
        "Còn Ủy viên thường trực Ủy ban Tài chính Lê Thanh Vân thì khẳng định tân Chủ tịch nước là người xứng đáng. Theo đại biểu, tầm nhìn chiến lược của lãnh đạo đã thể hiện rõ trong thực tiễn.",
        "Phó Chủ tịch Quốc hội Uông Văn Lưu đề nghị các đại biểu thảo luận về tình hình xây dựng luật và phân tích tính hợp lý của các dự án luật.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Dương Văn Quốc",
      "Lê Thanh Vân",
      "Lê Thanh Vân",
      "Uông Văn Lưu",
    ]);
    expect(out.at(-1)!.quote).toBe(
      "các đại biểu thảo luận về tình hình xây dựng luật và phân tích tính hợp lý của các dự án luật",
    );
  });
});

describe("a quotation announced by the paragraph before", () => {
  it("gives the quotation after 'Thông điệp được ông X đưa ra tại …' to X", () => {
    const out = statements(
      [
        "Chống tham nhũng",
        "Tổng Bí thư Nguyễn Văn Trọng nói chống tham nhũng cần tất cả phải đồng lòng.",
        "Thông điệp được ông Trọng đưa ra tại cuộc tiếp xúc cử tri ở Hà Nội.",
        "‘Tôi vẫn nói hình ảnh là phải làm cái lò nóng lên, tức là tất cả phải đồng lòng’.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([
      ["Nguyễn Văn Trọng", "INDIRECT"],
      ["Nguyễn Văn Trọng", "DIRECT"],
    ]);
  });
});

describe("a teacher named by initials", () => {
  it("links 'Cô H.' to 'cô N.H.H.', reads 'Cô giáo này dù … song cho rằng', and 'Đáng nói' is no cue", () => {
    const out = statements(
      [
        "Hôm nay, trao đổi với PV, cô N.H.H. (người xuất hiện trong clip) thừa nhận những gì xảy ra. Cô giáo này dù nhận sai song cho rằng clip trên mạng chỉ là một chiều.",
        "Cô H. nói tuần đầu có nhắc nhở học sinh rất nghiêm khắc.",
        "Đáng nói, cô H. thắc mắc phụ huynh không thể vào lớp để đặt máy quay.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["N.H.H", "clip trên mạng chỉ là một chiều"],
      ["N.H.H", "tuần đầu có nhắc nhở học sinh rất nghiêm khắc"],
      ["N.H.H", "phụ huynh không thể vào lớp để đặt máy quay"],
    ]);
  });
});

describe("a quotation naming a topic", () => {
  it("gives no attribution to a quotation before a colon ('Vụ ‘…’: Hiệu trưởng nói ‘…’')", () => {
    const out = statements(
      "Vụ ‘phụ huynh khó khăn đừng theo lớp này’: Hiệu trưởng Phan Thúy Trang nói ‘Trách nhiệm đầu tiên không thuộc về tôi’\nNội dung bài.",
    );
    expect(out.map((s) => s.quote)).toEqual(["Trách nhiệm đầu tiên không thuộc về tôi"]);
  });
});

describe("a parent named by an initial", () => {
  it("reads 'anh H., phụ huynh …, cho biết' and 'Anh H. cho hay' as anh H., never the addressee of 'gọi điện cho gia đình anh H.' nor 'Như Báo X đã thông tin'", () => {
    const out = statements(
      [
        "Giám đốc Sở GD-ĐT Hà Nội Trần Thế Cương khẳng định nhà trường phải đặt quyền lợi của học sinh lên trên.",
        "Trong khi đó, anh H., phụ huynh có ý kiến về việc thu chi, cho biết sáng nay anh đã đến làm việc với nhà trường.",
        "Anh H. cho hay hôm qua cô giáo thông báo nhà trường yêu cầu con nghỉ học.",
        "Như Báo Người Lao Động đã thông tin, anh H. có ý kiến trong nhóm zalo của lớp về chuyện thu chi.",
        "Tối 3-10, giáo viên chủ nhiệm gọi điện cho gia đình anh H. thông báo con anh chị phải nghỉ học.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trần Thế Cương", "H", "H"]);
  });
});

describe("complaints", () => {
  it("reads 'thắc mắc <clause>, đồng thời nói …' as two statements", () => {
    const out = statements(
      "Trong trao đổi với báo, cô Nguyễn Thị Hạnh thắc mắc phụ huynh không thể vào lớp để đặt máy quay, đồng thời nói không hợp lý nếu phụ huynh đã bí mật gắn camera.",
    );
    expect(out.map((s) => s.quote)).toEqual([
      "phụ huynh không thể vào lớp để đặt máy quay",
      "không hợp lý nếu phụ huynh đã bí mật gắn camera",
    ]);
  });
});

describe("a short name met before the full one", () => {
  it("names the headline's 'Ông Lavrov' by the full name the article gives later", () => {
    const out = statements(
      [
        "Ông Lavrov: Nga sẽ không đuổi theo phương Tây để xin đàm phán",
        "Ngoại trưởng Nga Sergey Lavrov nhấn mạnh Moscow sẽ không chạy theo phương Tây.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Sergey Lavrov", "Sergey Lavrov"]);
  });
});

describe("foreign names with particles, pages with starred items", () => {
  it("reads 'Ramon dela Cruz', 'Blair duQuesnay' and 'Ursula von der Leyen' whole", () => {
    const out = statements(
      [
        "Thời sự quốc tế",
        "Bộ trưởng Ngoại giao Philippines Ramon dela Cruz khẳng định ASEAN cần nói bằng một tiếng nói.",
        "Bà Blair duQuesnay, chuyên gia tại Ritholtz Wealth Management, nhận định, vàng đang có xu hướng tăng cao.",
        "Chủ tịch Ủy ban châu Âu Ursula von der Leyen cho biết EU sẽ tiếp tục hỗ trợ Ukraine.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Ramon dela Cruz", "Blair duQuesnay", "Ursula von der Leyen"]);
  });

  it("reads ' * ' between items of a page that lost its line breaks as a new paragraph", () => {
    const out = statements(
      "HLV Hoàng Văn Phúc: Tỷ số không nói lên được điều gì! * HLV Kwon Oh Soon: Tôi không có gì nhiều để nói.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Hoàng Văn Phúc", "Tỷ số không nói lên được điều gì"],
      ["Kwon Oh Soon", "Tôi không có gì nhiều để nói"],
    ]);
  });
});

describe("sport pages", () => {
  it("gives a headline 'Ronaldo: …' to the Ronaldo the article names in full, and reads 'chia sẻ phấn khích trên trang cá nhân' as an attribution", () => {
    const out = statements(
      [
        "Ronaldo: 'Juventus chẳng sợ đối thủ nào'",
        '"Hôm nay, Juventus là đội bóng của những nhà vô địch", Cristiano Ronaldo chia sẻ phấn khích trên trang cá nhân, sau trận đấu tại Camp Nou.',
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Ronaldo", "Juventus chẳng sợ đối thủ nào"],
      // (The person met first keeps the short name the headline gave.)
      ["Ronaldo", "Hôm nay, Juventus là đội bóng của những nhà vô địch"],
    ]);
  });
});
