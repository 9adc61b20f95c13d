/**
 * Constructions the extractor learned from the fourth batch of blind dev articles (issue 18):
 * each test is text written for it (not an evaluation excerpt), with the statements it must give
 * and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";
import { statements } from "./support/extract-statements";

describe("interviews", () => {
  it("gives the answers without a head to the person the article interviews, one per paragraph", () => {
    const out = statements(
      [
        "Nhân dịp này, phóng viên đã có cuộc trao đổi với bà Trần Thị Mai - Giám đốc Sở Tài chính tỉnh Hòa Bình.",
        "Bà đánh giá như thế nào về thu ngân sách năm nay?",
        "Bà Trần Thị Mai - Giám đốc Sở Tài chính",
        "Thu ngân sách mười tháng đã vượt dự toán cả năm, nhờ nguồn thu từ đất tăng mạnh",
        "Dù vậy, chi đầu tư công vẫn chậm so với kế hoạch và cần được đẩy nhanh trong quý cuối.",
        "Đâu là những việc cần làm ngay, thưa bà?",
        "Tỉnh sẽ rà soát từng dự án chậm giải ngân và điều chuyển vốn sang dự án làm tốt.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Trần Thị Mai",
        quote: "Thu ngân sách mười tháng đã vượt dự toán cả năm, nhờ nguồn thu từ đất tăng mạnh",
        kind: "DIRECT",
      },
      {
        speaker: "Trần Thị Mai",
        quote: "Dù vậy, chi đầu tư công vẫn chậm so với kế hoạch và cần được đẩy nhanh trong quý cuối",
        kind: "DIRECT",
      },
      {
        speaker: "Trần Thị Mai",
        quote: "Tỉnh sẽ rà soát từng dự án chậm giải ngân và điều chuyển vốn sang dự án làm tốt",
        kind: "DIRECT",
      },
    ]);
  });

  it("reads a name line ending in a colon after a reader's question as the answerer's head", () => {
    const out = statements(
      [
        "Năm nay cháu có định thi thêm nội dung 10.000m không?",
        "(Lê Văn Bình, 50 tuổi, Thanh Hóa)Phạm Thị Hồng:",
        "Cháu sẽ tập thêm cự ly dài và quyết định sau giải vô địch quốc gia.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Phạm Thị Hồng",
        quote: "Cháu sẽ tập thêm cự ly dài và quyết định sau giải vô địch quốc gia",
        kind: "DIRECT",
      },
    ]);
  });

  it("takes nothing after a question put to no one (the writer's own)", () => {
    const out = statements(
      [
        "Ông Nguyễn Văn Lâm, Chủ tịch UBND xã, cho biết xã đã di dời 200 hộ dân.",
        "Vậy vì sao nước lên nhanh như vậy?",
        "Mưa lớn kéo dài ba ngày khiến hồ chứa phải xả lũ liên tục.",
      ].join("\n"),
    );
    expect(out.map((s) => s.quote)).toEqual(["xã đã di dời 200 hộ dân"]);
  });
});

describe("quotation marks the source left out or put far apart", () => {
  it("reads a paragraph that ends a quotation without having opened it, the attribution after", () => {
    const out = statements(
      "Ông Lê Văn Tâm, Phó vụ trưởng Tài khoản quốc gia cho biết, tăng trưởng năm nay có nhiều động lực.\nĐặc biệt là công nghiệp chế biến tăng mạnh. Xuất khẩu cũng tăng rất cao”, ông Tâm cho hay.",
    );
    expect(out).toEqual([
      { speaker: "Lê Văn Tâm", quote: "tăng trưởng năm nay có nhiều động lực", kind: "INDIRECT" },
      {
        speaker: "Lê Văn Tâm",
        quote: "Đặc biệt là công nghiệp chế biến tăng mạnh. Xuất khẩu cũng tăng rất cao",
        kind: "DIRECT",
      },
    ]);
  });

  it("gives a quotation over two paragraphs, attributed only at its end, to that speaker whole", () => {
    const text =
      "Bí thư Tỉnh ủy Lê Thị Hoa phát biểu khai mạc hội nghị.\n“Các đồng chí cần nêu cao tinh thần trách nhiệm, nghiên cứu kỹ đề án.\nBan Chấp hành khóa mới phải là một tập thể đoàn kết”, Bí thư Tỉnh ủy nhấn mạnh.";
    const out = statements(text);
    expect(out).toEqual([
      {
        speaker: "Lê Thị Hoa",
        quote:
          "Các đồng chí cần nêu cao tinh thần trách nhiệm, nghiên cứu kỹ đề án.\nBan Chấp hành khóa mới phải là một tập thể đoàn kết",
        kind: "DIRECT",
      },
    ]);
  });
});

describe("sources and headlines", () => {
  it("leaves when figures were published out of the source of “Theo số liệu của X”", () => {
    expect(
      statements(
        "Theo số liệu của Tổng cục Thống kê công bố chiều ngày 27/12, GDP quý IV tăng 7,65% so với cùng kỳ.",
      ),
    ).toEqual([
      { speaker: "Tổng cục Thống kê", quote: "GDP quý IV tăng 7,65% so với cùng kỳ", kind: "INDIRECT" },
    ]);
  });

  it("takes a headline's words out of single quotation marks", () => {
    expect(statements("Ông Nguyễn Văn Bình: 'Lãi suất sẽ còn giảm trong quý tới'")).toEqual([
      { speaker: "Nguyễn Văn Bình", quote: "Lãi suất sẽ còn giảm trong quý tới", kind: "DIRECT" },
    ]);
  });
});

describe("sentences glued together and who closes the subject", () => {
  it("splits sentences whose space was lost after a date, an ellipsis or before an opening straight mark", () => {
    const out = statements(
      'Chuyện xảy ra ở trường...Ông Trần Văn Lực - Hiệu trưởng trường, cho biết em Nguyễn Văn P. đã về nhà vào sáng 19/12.Gia đình em đã đưa em đến cơ quan công an."Sức khỏe thầy giáo đã ổn định", ông Lực khẳng định.Ông Lực cho hay, em P. đang làm việc với cơ quan điều tra."Nguyên nhân sẽ sớm được làm rõ", ông Lực nói.Hiệu trưởng trường THPT Lê Lợi cũng cho hay em P. từng bị kỷ luật.',
    );
    expect(out).toEqual([
      { speaker: "Trần Văn Lực", quote: "em Nguyễn Văn P. đã về nhà vào sáng 19/12", kind: "INDIRECT" },
      { speaker: "Trần Văn Lực", quote: "Sức khỏe thầy giáo đã ổn định", kind: "DIRECT" },
      { speaker: "Trần Văn Lực", quote: "em P. đang làm việc với cơ quan điều tra", kind: "INDIRECT" },
      { speaker: "Trần Văn Lực", quote: "Nguyên nhân sẽ sớm được làm rõ", kind: "DIRECT" },
      { speaker: "Trần Văn Lực", quote: "em P. từng bị kỷ luật", kind: "INDIRECT" },
    ]);
  });

  it("takes the person right before a comma and the cue, not a subject taught or a place in brackets", () => {
    const out = statements(
      "Liên quan đến vụ việc thầy Lê Quang Khải, giáo viên Toán trường THPT Nguyễn Huệ (huyện Hoài Nhơn, tỉnh Bình Định) bị đánh, ông Phạm Văn Thành - Hiệu trưởng trường, cho biết nhà trường đã báo cáo sự việc.",
    );
    expect(out).toEqual([
      { speaker: "Phạm Văn Thành", quote: "nhà trường đã báo cáo sự việc", kind: "INDIRECT" },
    ]);
  });
});

describe("groups, brackets and police titles", () => {
  it("takes residents with a place in brackets as the group that spoke, not the outlet they spoke to", () => {
    const out = statements(
      "Phản ánh với VTC News, nhiều người dân ở xã Tân Lập (huyện Văn Quan, tỉnh Lạng Sơn) cho biết trên địa bàn vừa xảy ra một vụ sạt lở.\nTheo một số người dân có mặt tại hiện trường, con đường bị vùi lấp hoàn toàn sau trận mưa đêm qua.",
    );
    expect(out).toEqual([
      {
        speaker: "nhiều người dân ở xã Tân Lập",
        quote: "trên địa bàn vừa xảy ra một vụ sạt lở",
        kind: "INDIRECT",
      },
      {
        speaker: "một số người dân có mặt tại hiện trường",
        quote: "con đường bị vùi lấp hoàn toàn sau trận mưa đêm qua",
        kind: "INDIRECT",
      },
    ]);
  });

  it("resolves a police chief's bare title to the person the dash appositive gave it", () => {
    const out = statements(
      'Trả lời báo chí tối 23/11, ông Hoàng Văn Sơn - Trưởng Công an huyện Cao Lộc xác nhận có vụ tai nạn như trên.\n"Phòng Cảnh sát hình sự đang khám nghiệm hiện trường và điều tra làm rõ", Trưởng Công an huyện Cao Lộc nói.',
    );
    expect(out.map((s) => s.speaker)).toEqual(["Hoàng Văn Sơn", "Hoàng Văn Sơn"]);
  });
});

describe("more cues and a subject named again", () => {
  it("starts a second statement after a semicolon where the same subject speaks again", () => {
    expect(
      statements(
        "WHO cũng cho biết: quảng cáo về thuốc lá nhẹ là không có cơ sở khoa học; và WHO đã khẳng định: Không có loại thuốc lá nào an toàn cho sức khỏe.",
      ),
    ).toEqual([
      { speaker: "WHO", quote: "quảng cáo về thuốc lá nhẹ là không có cơ sở khoa học", kind: "INDIRECT" },
      { speaker: "WHO", quote: "Không có loại thuốc lá nào an toàn cho sức khỏe", kind: "INDIRECT" },
    ]);
  });

  it("takes a clause after 'kể lại' and advice given 'rằng', not a story told", () => {
    const out = statements(
      "Bác sĩ Lý Văn Minh kể lại từ ngày thứ 10 sau khi phát bệnh là thời gian khó khăn nhất.\nBác sĩ Minh kể lại quá trình điều trị của chính mình.\nÔng đưa ra lời khuyên với các bệnh nhân rằng không nên hoảng loạn khi có triệu chứng.",
    );
    expect(out.map((s) => s.quote)).toEqual([
      "từ ngày thứ 10 sau khi phát bệnh là thời gian khó khăn nhất",
      "không nên hoảng loạn khi có triệu chứng",
    ]);
    expect(out.map((s) => s.speaker)).toEqual(["Lý Văn Minh", "Lý Văn Minh"]);
  });
});

describe("captions and quotations after an indirect statement", () => {
  it("reads a caption headed by a title the article gave someone, without its photo credit", () => {
    const out = statements(
      "Đó là câu trả lời của Bộ trưởng Bộ Thông tin và Truyền thông Lê Văn Hải trước chất vấn của đại biểu.\nBộ trưởng Bộ Thông tin và Truyền thông: Đến năm 2030 nước ta sẽ có khoảng 90 triệu tài khoản mạng xã hội-Ảnh: Quochoi.vn |",
    );
    expect(out).toEqual([
      {
        speaker: "Lê Văn Hải",
        quote: "Đến năm 2030 nước ta sẽ có khoảng 90 triệu tài khoản mạng xã hội",
        kind: "DIRECT",
      },
    ]);
  });

  it("gives a sentence that is only a quotation to the person of the indirect statement just before", () => {
    const out = statements(
      "Theo Bộ trưởng Lê Văn Hải, rất nhiều người hiện mua bán đều thông qua mạng xã hội. “Nếu tất cả dữ liệu đó nằm ở nước ngoài thì rất nguy hiểm cho an ninh quốc gia”. Bởi vậy, dữ liệu cần được phân tán.",
    );
    expect(out).toEqual([
      {
        speaker: "Lê Văn Hải",
        quote: "rất nhiều người hiện mua bán đều thông qua mạng xã hội",
        kind: "INDIRECT",
      },
      {
        speaker: "Lê Văn Hải",
        quote: "Nếu tất cả dữ liệu đó nằm ở nước ngoài thì rất nguy hiểm cho an ninh quốc gia",
        kind: "DIRECT",
      },
    ]);
  });
});

describe("summing up, manner and quoted words inside narration", () => {
  it("takes 'Theo đánh giá của X' as X and a summing-up's clause after a comma", () => {
    const out = statements(
      "Theo đánh giá của Phó Chủ tịch Quốc hội Trần Văn Nam, phiên chất vấn đã diễn ra sôi nổi và trách nhiệm.\nÔng Trần Văn Nam tổng kết, dù rút ngắn nửa ngày nhưng thời gian đối thoại đã tăng thêm.",
    );
    expect(out).toEqual([
      {
        speaker: "Trần Văn Nam",
        quote: "phiên chất vấn đã diễn ra sôi nổi và trách nhiệm",
        kind: "INDIRECT",
      },
      {
        speaker: "Trần Văn Nam",
        quote: "dù rút ngắn nửa ngày nhưng thời gian đối thoại đã tăng thêm",
        kind: "INDIRECT",
      },
    ]);
  });

  it("takes no proposal of measures, no manner of speaking, and no scare quote for the attribution after it", () => {
    const out = statements(
      'Bộ trưởng Lê Minh Châu trả lời đầy đủ, thẳng thắn, đề xuất các giải pháp và phương án xử lý cụ thể.\nBộ trưởng Phạm Văn Khôi lần đầu đăng đàn, do lo lắng nên lúc đầu nói còn dài.\nTrước việc Bộ trưởng Cao Văn Lâm "xin chịu kỷ luật", ông Trọng nói, "Bộ trưởng rất chân thành, nhận trách nhiệm nhưng chưa đến mức phải kỷ luật".',
    );
    expect(out).toEqual([
      {
        speaker: "Trọng",
        quote: "Bộ trưởng rất chân thành, nhận trách nhiệm nhưng chưa đến mức phải kỷ luật",
        kind: "DIRECT",
      },
    ]);
  });
});

describe("attributions after a quotation", () => {
  it("reads an attribution whose cue a long venue and date follow", () => {
    expect(
      statements(
        '"Cuộc xung đột này phải chấm dứt. Và chúng tôi sẽ làm mọi thứ có thể để chấm dứt nó", ông Marco Rubio phát biểu tại cuộc họp của Hội đồng Bảo an Liên hợp quốc về tình hình ở Ukraine vào ngày 23/9 (theo giờ Washington).',
      ),
    ).toEqual([
      {
        speaker: "Marco Rubio",
        quote: "Cuộc xung đột này phải chấm dứt. Và chúng tôi sẽ làm mọi thứ có thể để chấm dứt nó",
        kind: "DIRECT",
      },
    ]);
  });

  it("keeps curly marks nested in a straight quotation inside it, one left open included", () => {
    expect(
      statements(
        'Chị Nguyễn Thu Hà nói về quy định mới. "Nhiều phụ huynh cho con học thêm vì “nể cô giáo”, không muốn con bị “chú ý. Bởi vậy hiệu quả không như mong đợi", chị Hà chia sẻ.',
      ),
    ).toEqual([
      {
        speaker: "Nguyễn Thu Hà",
        quote:
          "Nhiều phụ huynh cho con học thêm vì “nể cô giáo”, không muốn con bị “chú ý. Bởi vậy hiệu quả không như mong đợi",
        kind: "DIRECT",
      },
    ]);
  });

  it("gives a lone quotation to the person the next paragraph says made those remarks", () => {
    expect(
      statements(
        '"Năm nay các nhà thầu lớn cho biết công ăn việc làm có vẻ ít đi".\nChia sẻ trên được Chủ tịch Hiệp hội Bất động sản Việt Nam Nguyễn Trần Minh đưa ra khi trao đổi với báo chí ngày 8/11.',
      ),
    ).toEqual([
      {
        speaker: "Nguyễn Trần Minh",
        quote: "Năm nay các nhà thầu lớn cho biết công ăn việc làm có vẻ ít đi",
        kind: "DIRECT",
      },
    ]);
  });
});

describe("joint statements and a second directive", () => {
  it("gives no speaker to two prime ministers speaking together", () => {
    expect(
      statements(
        "Hai Thủ tướng nhấn mạnh hai bên sẽ tiếp tục cụ thể hóa các thỏa thuận đã đạt được trong chuyến thăm.",
      ),
    ).toEqual([]);
  });

  it("starts a second statement at 'qua đó' + a reporting verb", () => {
    expect(
      statements(
        "Người phát ngôn của WHO, ông Christian Lindmeier, cảnh báo dịch bệnh đang lan rộng tới nhiều nước, qua đó kêu gọi các nước cần gia tăng các biện pháp sẵn sàng đối phó.",
      ).map((s) => s.quote),
    ).toEqual([
      "dịch bệnh đang lan rộng tới nhiều nước",
      "các nước cần gia tăng các biện pháp sẵn sàng đối phó",
    ]);
  });
});

describe("the national offices an article names without their holder", () => {
  it("names the Prime Minister in office on the article's date when the article names no one with the title", () => {
    const text =
      "Thủ tướng yêu cầu các bộ, ngành đẩy nhanh giải ngân vốn đầu tư công trong quý cuối năm.\nThủ tướng nhấn mạnh hội nghị không phải là nơi để bàn lùi.";
    const at = (articleDate?: string) =>
      extractCandidates(text, articleDate ? { articleDate } : {}).candidates.map(
        (c) => c.suggestedSpeakerName ?? c.speakerEntity ?? c.speaker.resolved?.name ?? null,
      );
    expect(at("2020-05-07")).toEqual(["Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc"]);
    expect(at("2022-03-01")).toEqual(["Phạm Minh Chính", "Phạm Minh Chính"]);
    // No date, or a date past what the table was checked against: the office stays unresolved.
    expect(at()).toEqual([null, null]);
    expect(at("2031-01-01")).toEqual([null, null]);
  });

  it("prefers the holder the article itself names", () => {
    const out = extractCandidates(
      "Thủ tướng Nhật Bản Kishida Fumio đến Hà Nội.\nThủ tướng nhấn mạnh hai nước cần tăng cường hợp tác về chuỗi cung ứng.",
      { articleDate: "2023-05-01" },
    ).candidates.map((c) => c.suggestedSpeakerName ?? c.speakerEntity ?? c.speaker.resolved?.name);
    expect(out).toEqual(["Kishida Fumio"]);
  });
});

describe("pronouns by gender, outlets and nouns that hold a cue", () => {
  it("points 'ông' to the last man named when only a woman has spoken", () => {
    const out = statements(
      "Tổng thống Donald Trump và Phó Tổng thống Kamala Harris cùng vận động tranh cử.\n“Tôi hứa sẽ là tổng thống của mọi người dân”, bà Harris nói.\nTrong khi đó, ông Trump đến thăm Bắc Carolina. Ông chỉ trích các quan chức Nhà Trắng, tuyên bố rằng ông sẽ làm tốt hơn nhiều.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Kamala Harris", "Donald Trump"]);
    expect(out[1]!.quote).toBe("ông sẽ làm tốt hơn nhiều");
  });

  it("takes no outlet as a speaker, and 'Ông' is then the person the outlet named", () => {
    const out = statements(
      "Đài truyền hình Channel News Asia (Singapore) cho biết Thủ tướng Singapore Lý Hiển Long đã nhấn mạnh điều này trong bài phát biểu hôm 6-9.\nÔng nhận định các cường quốc đều mong muốn ASEAN chủ động giải quyết tranh chấp.",
    );
    expect(out).toEqual([
      {
        speaker: "Lý Hiển Long",
        quote: "các cường quốc đều mong muốn ASEAN chủ động giải quyết tranh chấp",
        kind: "INDIRECT",
      },
    ]);
  });

  it("reads 'các nhà phân tích' as the group that speaks, not a cue", () => {
    expect(
      statements(
        "Các nhà phân tích của trang tin tức RealClearPolitics cho biết, bà Harris dẫn trước trung bình trong các cuộc thăm dò toàn quốc.",
      ).map((s) => s.speaker),
    ).toEqual(["Các nhà phân tích của trang tin tức RealClearPolitics"]);
  });
});

describe("appositive titles and incidents", () => {
  it("gives the title after a name and a comma to that person, for a later bare title", () => {
    const out = statements(
      "Trong khi đó, ông Lê Văn Trắng, Trưởng phòng GD-ĐT thị xã Long Mỹ, cho biết ông đã liên lạc với nhà trường.\n\nTrưởng phòng GD-ĐT thị xã Long Mỹ cũng cho hay, ông chưa được xem đoạn video đó.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Lê Văn Trắng", "Lê Văn Trắng"]);
  });

  it("takes 'xác nhận sự việc xảy ra …' as a clause, and no school's name as a person", () => {
    expect(
      statements(
        "Bà Nguyễn Thị Lan, Hiệu trưởng trường mầm non Hoạ Mi xác nhận sự việc xảy ra vào ngày 16.1 tại buổi tập văn nghệ.",
      ),
    ).toEqual([
      {
        speaker: "Nguyễn Thị Lan",
        quote: "sự việc xảy ra vào ngày 16.1 tại buổi tập văn nghệ",
        kind: "INDIRECT",
      },
    ]);
  });
});

describe("datelines, bracketed parents and vague existentials", () => {
  it("reads past an outlet's dateline and a parent body in brackets, and takes no 'có thông tin' as a source", () => {
    const out = statements(
      "(Ngày Nay) - Bộ Y tế khuyến cáo người dân tiếp tục thực hiện các biện pháp phòng bệnh.\nHiện nay, có thông tin phản ánh trên mạng xã hội cho rằng Việt Nam đã có ca bệnh đầu tiên.\nTheo Cục Y tế Dự phòng (Bộ Y tế), bệnh này lây truyền qua trung gian là muỗi vằn.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Bộ Y tế", "người dân tiếp tục thực hiện các biện pháp phòng bệnh"],
      ["Cục Y tế Dự phòng", "bệnh này lây truyền qua trung gian là muỗi vằn"],
    ]);
  });
});

describe("epithet headlines and manner", () => {
  it("reads a headline whose head is an epithet and a Vietnamese full name", () => {
    expect(statements("Tỷ phú Trần Văn Long: Tập đoàn sẽ chỉ làm những việc khó")).toEqual([
      { speaker: "Trần Văn Long", quote: "Tập đoàn sẽ chỉ làm những việc khó", kind: "DIRECT" },
    ]);
  });

  it("takes no statement from how someone spoke", () => {
    expect(
      statements(
        "HLV Park Hang-seo chia sẻ ngắn gọn sau khi cùng U23 Việt Nam giành quyền vào vòng chung kết.",
      ),
    ).toEqual([]);
  });
});

describe("since and feelings", () => {
  it("reads 'kể từ' as since, and 'cảm nhận' with a clause as a statement but not 'cảm nhận được'", () => {
    const out = statements(
      "Đại sứ Marc Knapper đã có cuộc họp báo đầu tiên kể từ khi tới Hà Nội nhậm chức.\nKhi trở lại sau 15 năm, ông cảm nhận thành phố Hà Nội đã có nhiều thay đổi lớn.\nĐó là điều ông và vợ đã cảm nhận được khi trở lại.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Marc Knapper", "thành phố Hà Nội đã có nhiều thay đổi lớn"],
    ]);
  });
});

describe("a noun that is the clause's subject", () => {
  it("takes 'kiến nghị dự thảo cần …' as a statement, 'kiến nghị dự thảo luật' as an object", () => {
    const out = statements(
      "ĐB Phạm Văn Hùng kiến nghị dự thảo cần quy định cụ thể thời gian hoạt động của đại biểu.\nBà Lê Thị Mai kiến nghị dự thảo luật về đất đai tại kỳ họp.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Phạm Văn Hùng", "dự thảo cần quy định cụ thể thời gian hoạt động của đại biểu"],
    ]);
  });
});

describe("other quotation marks and attributions after them", () => {
  it("reads «…», ‘…’, “…”, theo X and “…” (X, …) as the speaker's own words", () => {
    const out = statements(
      [
        '"Kinh tế sẽ phục hồi mạnh trong quý tới nhờ xuất khẩu", theo ông Nguyễn Văn An, chuyên gia kinh tế.',
        "«Chúng tôi sẽ không nhượng bộ trong vấn đề này», Bộ trưởng Lê Văn Bình nói.",
        "“Giá vàng còn biến động mạnh trong thời gian tới” (ông Phạm Văn Dũng, chuyên gia tài chính).",
        "‘Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này’, tiền vệ Nguyễn Văn Toàn chia sẻ.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Nguyễn Văn An",
        quote: "Kinh tế sẽ phục hồi mạnh trong quý tới nhờ xuất khẩu",
        kind: "DIRECT",
      },
      { speaker: "Lê Văn Bình", quote: "Chúng tôi sẽ không nhượng bộ trong vấn đề này", kind: "DIRECT" },
      { speaker: "Phạm Văn Dũng", quote: "Giá vàng còn biến động mạnh trong thời gian tới", kind: "DIRECT" },
      { speaker: "Nguyễn Văn Toàn", quote: "Chúng tôi đã chuẩn bị rất kỹ cho trận đấu này", kind: "DIRECT" },
    ]);
  });

  it("leaves an apostrophe inside a word alone", () => {
    expect(
      statements("Ông Sean O’Brien cho biết công ty sẽ mở thêm hai nhà máy tại Việt Nam.").map(
        (s) => s.quote,
      ),
    ).toEqual(["công ty sẽ mở thêm hai nhà máy tại Việt Nam"]);
  });
});

describe("a title with a mark of respect", () => {
  it("resolves 'vị Bộ trưởng' to the minister the article named", () => {
    const out = statements(
      "Bộ trưởng Nguyễn Văn Thắng chủ trì hội nghị sáng nay. “Chúng ta phải hoàn thành mục tiêu tăng trưởng 8%”, vị Bộ trưởng nói.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Văn Thắng"]);
  });
});

describe("more verbs of saying", () => {
  it("reads 'than thở', 'thốt lên', 'trải lòng' after a quotation and 'khoe, …' before a clause", () => {
    const out = statements(
      "“Giá cả đang tăng quá nhanh” - chị Nguyễn Thị Hoa, một tiểu thương ở chợ Bến Thành, than thở.\nÔng Nguyễn Văn Tạo khoe, sầu riêng năm nay trúng giá nên gia đình có thêm nhiều tiền.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Nguyễn Thị Hoa", "Giá cả đang tăng quá nhanh"],
      ["Nguyễn Văn Tạo", "sầu riêng năm nay trúng giá nên gia đình có thêm nhiều tiền"],
    ]);
  });
});

describe("question and reply", () => {
  it("gives 'Đáp: …' to the person who answered before", () => {
    const out = statements(
      [
        "PV: Thưa ông, giá điện có tăng trong năm nay không?",
        "Ông Trần Văn Hòa: Hiện chưa có kế hoạch tăng giá điện trong quý này.",
        "Hỏi: Người dân cần làm gì để tiết kiệm điện?",
        "Đáp: Người dân nên sử dụng các thiết bị tiết kiệm năng lượng.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Trần Văn Hòa", "Hiện chưa có kế hoạch tăng giá điện trong quý này"],
      ["Trần Văn Hòa", "Người dân nên sử dụng các thiết bị tiết kiệm năng lượng"],
    ]);
  });
});

describe("answering the questioning", () => {
  it("takes 'trả lời chất vấn rằng …' as a statement", () => {
    expect(
      statements(
        "Bộ trưởng Tài chính Hồ Đức Phớc trả lời chất vấn rằng giá xăng sẽ được điều hành linh hoạt.",
      ),
    ).toEqual([{ speaker: "Hồ Đức Phớc", quote: "giá xăng sẽ được điều hành linh hoạt", kind: "INDIRECT" }]);
  });
});

describe("hospital departments after a title", () => {
  it("reads 'Trưởng khoa Cấp cứu', 'Trưởng khoa Nhi' as offices, not names", () => {
    const out = statements(
      "Bác sĩ CKII Nguyễn Văn Tuấn, Trưởng khoa Cấp cứu Bệnh viện Thống Nhất, khuyến cáo người dân không nên tự ý dùng thuốc hạ sốt.\nBác sĩ Lê Văn An, Trưởng khoa Nhi Bệnh viện Bạch Mai, cho biết trẻ nhập viện tăng gấp đôi.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Văn Tuấn", "Lê Văn An"]);
  });
});

describe("a document issued by the subject", () => {
  it("gives 'X (NHNN) vừa có văn bản yêu cầu …' to X", () => {
    expect(
      statements(
        "Ngân hàng Nhà nước (NHNN) vừa có văn bản yêu cầu các ngân hàng thương mại kiểm soát chặt tín dụng bất động sản.",
      ),
    ).toEqual([
      {
        speaker: "Ngân hàng Nhà nước",
        quote: "các ngân hàng thương mại kiểm soát chặt tín dụng bất động sản",
        kind: "INDIRECT",
      },
    ]);
  });
});
