/**
 * Constructions the extractor learned in session 18 (issue 18), from the error classes of the
 * blind first runs rather than from one article: each test is text written for it (not an
 * evaluation excerpt), with the statements it must give and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { statements } from "./support/extract-statements";

describe("datelines", () => {
  it("skips an outlet's, a source's or a place's dateline before the subject", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "GiadinhNet – Sở Giáo dục khẳng định học sinh phải nghỉ học từ tuần sau.",
        "MATXCƠVA (Sputnik) - Điện Kremlin khẳng định Nga sẵn sàng đàm phán với Ukraine.",
        "VOV.VN - Ngân hàng Nhà nước khẳng định sẽ giữ ổn định lãi suất trong năm nay.",
        "Hà Nội, 15/3 (TTXVN) - Bộ Tài chính cho biết thu ngân sách tăng mạnh trong quý I.",
        "Hà Nội - Bộ Y tế khuyến cáo người dân tiếp tục đeo khẩu trang nơi công cộng.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Sở Giáo dục",
      "Điện Kremlin",
      "Ngân hàng Nhà nước",
      "Bộ Tài chính",
      "Bộ Y tế",
    ]);
    expect(out[0]).toEqual({
      speaker: "Sở Giáo dục",
      quote: "học sinh phải nghỉ học từ tuần sau",
      kind: "INDIRECT",
    });
  });

  it("keeps a person's appositive after a dash, and two places joined by a dash, as they were", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Ông Trần Kim Trung – Chủ tịch UBND xã Ngư Thủy Bắc cho biết xã đã di dời toàn bộ người dân.",
        "Quan hệ Việt - Mỹ đang phát triển tốt, ông Trung nói thêm.",
      ].join("\n\n"),
    );
    expect(out[0]).toEqual({
      speaker: "Trần Kim Trung",
      quote: "xã đã di dời toàn bộ người dân",
      kind: "INDIRECT",
    });
  });
});

describe("bodies as speakers", () => {
  it("takes a local body named by its level in lower case ('UBND thành phố', 'Sở Y tế tỉnh')", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "UBND thành phố cho biết sẽ mở lại trường học từ tháng sau.",
        "UBND TP.HCM cho biết sẽ mở lại bến xe từ tháng sau.",
        "Sở Y tế tỉnh cho biết đã có 12 ca mắc mới trong ngày.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["UBND thành phố", "UBND TP.HCM", "Sở Y tế tỉnh"]);
  });

  it("never takes a subject and its verb for a body's name ('WHO bị …', '… tiếp tục gửi …')", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Đội Hà Nội thì Ban huấn luyện khẳng định toàn đội sẽ thi đấu hết mình.",
        "Sở dĩ nhiều người cho rằng giá vàng sẽ tăng là vì lạm phát.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).not.toContain("Đội Hà Nội thì Ban huấn luyện");
    expect(out.map((s) => s.speaker)).not.toContain("Sở dĩ nhiều người");
  });
});

describe("time phrases before the subject", () => {
  it("skips 'Mới đây, chiều 13/4, …' and never takes it, or a group with its verb, for the speaker", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Mới đây, chiều 13/4, lãnh đạo Sở Y tế tỉnh Nam Định cho biết đã có thêm 12 ca mắc mới.",
        "Hôm qua, lãnh đạo bệnh viện Bạch Mai đã lên tiếng xác nhận sự việc nhiều nhân viên y tế xin thôi việc.",
      ].join("\n\n"),
    );
    expect(out[0]).toEqual({
      speaker: "lãnh đạo Sở Y tế tỉnh Nam Định",
      quote: "đã có thêm 12 ca mắc mới",
      kind: "INDIRECT",
    });
    for (const s of out) {
      expect(s.speaker).not.toMatch(/^(?:Mới đây|Hôm qua)/u);
      expect(s.speaker).not.toMatch(/đã lên tiếng/u);
    }
  });
});

describe("interviews", () => {
  it("reads a person named in an all-caps headline, so a bare title heading the answers is them", () => {
    const out = statements(
      [
        "ĐẠI SỨ NGUYỄN QUỐC CƯỜNG TRẢ LỜI PHỎNG VẤN VIỆT WEEKLY",
        "PV: Xin ông cho biết mục tiêu chính trong nhiệm kỳ của ông?",
        "Đại sứ: Mục tiêu chính của tôi là tăng cường quan hệ giữa Việt Nam với Hoa Kỳ.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Nguyễn Quốc Cường",
        quote: "Mục tiêu chính của tôi là tăng cường quan hệ giữa Việt Nam với Hoa Kỳ",
        kind: "DIRECT",
      },
    ]);
  });

  it("keeps an answer holding a word in quotation marks (“nhảy”) an answer", () => {
    const out = statements(
      [
        "GS Văn Như Cương, hiệu trưởng Trường THPT Lương Thế Vinh, cho rằng việc nhập hai kỳ thi là sai lầm.",
        "- Còn lý do nào khác không, thưa ông?",
        "- Bản chất của hai kỳ thi này là khác nhau. Kỳ thi tốt nghiệp chỉ đòi hỏi học sinh “nhảy” qua một mức tối thiểu.",
      ].join("\n"),
    );
    expect(out.at(-1)).toEqual({
      speaker: "Văn Như Cương",
      quote:
        "Bản chất của hai kỳ thi này là khác nhau. Kỳ thi tốt nghiệp chỉ đòi hỏi học sinh “nhảy” qua một mức tối thiểu",
      kind: "DIRECT",
    });
  });
});

describe("people named by initials", () => {
  it("takes 'N.T.D', 'B.A', 'em N.V.A' for people, and a later 'D.' for the one whose initials end in D", () => {
    const out = statements(
      [
        "Học phí tăng mạnh",
        "N.T.D, tân sinh viên ngành kỹ thuật ô tô, cho biết học phí học kỳ 1 lên tới 42 triệu đồng.",
        'D. chia sẻ: "Em cứ nghĩ trường công lập thì sẽ thấp thôi".',
        'Tương tự, B.A vừa nhập học ngành kế toán. "Mẹ phải chuẩn bị cho em gần 30 triệu đồng", B.A nói.',
        "Em N.V.A, học sinh lớp 10, kể rằng em đã bị bạn đánh nhiều lần.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      { speaker: "N.T.D", quote: "học phí học kỳ 1 lên tới 42 triệu đồng", kind: "INDIRECT" },
      { speaker: "N.T.D", quote: "Em cứ nghĩ trường công lập thì sẽ thấp thôi", kind: "DIRECT" },
      { speaker: "B.A", quote: "Mẹ phải chuẩn bị cho em gần 30 triệu đồng", kind: "DIRECT" },
      { speaker: "N.V.A", quote: "em đã bị bạn đánh nhiều lần", kind: "INDIRECT" },
    ]);
  });
});

describe("bodies written with '&'", () => {
  it("takes 'Bộ GD&ĐT' after a one-word outlet dateline ('Kinhtedothi – ')", () => {
    const out = statements(
      [
        "Tin giáo dục",
        "Kinhtedothi – Ngay khi nắm được thông tin, Bộ GD&ĐT đã đề nghị các cơ quan chức năng vào cuộc xác minh nội dung clip này.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Bộ GD&ĐT",
        quote: "các cơ quan chức năng vào cuộc xác minh nội dung clip này",
        kind: "INDIRECT",
      },
    ]);
  });
});

describe("interviews without answer heads", () => {
  it("gives the answers to the person a question greets or asks about, and stops at a sub-heading in capitals", () => {
    const out = statements(
      [
        "KHÔNG THÍCH DANH HIỆU HOA KHÔI",
        "Xin chào Linh Chi, bạn nghĩ sao về danh hiệu Hoa khôi bóng chuyền?",
        "Thú thật, Chi rất ngại khi được gọi như vậy. Chi chỉ muốn được nhớ đến vì chuyên môn.",
        "EM CÒN Ế DÀI",
        "30 tuổi, Linh Chi có dự định lập gia đình chưa?",
        "Em cũng nghĩ tới chuyện lấy chồng sinh con nhưng bọn em rất khó khăn về thời gian.",
      ].join("\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Linh Chi",
        quote: "Thú thật, Chi rất ngại khi được gọi như vậy. Chi chỉ muốn được nhớ đến vì chuyên môn",
        kind: "DIRECT",
      },
      {
        speaker: "Linh Chi",
        quote: "Em cũng nghĩ tới chuyện lấy chồng sinh con nhưng bọn em rất khó khăn về thời gian",
        kind: "DIRECT",
      },
    ]);
  });

  it("gives a dash paragraph to the person the article says it interviews, when the question is not there", () => {
    const out = statements(
      [
        "Nhân dịp này, báo Dân trí có cuộc phỏng vấn Chủ tịch Quốc hội Trần Thanh Mẫn về lịch sử Quốc hội.",
        "- Nhìn lại 80 năm qua, Quốc hội luôn đồng hành cùng dân tộc, quyết định những vấn đề hệ trọng của đất nước.",
        "Sự ra đời của Quốc hội là thành quả đấu tranh cách mạng của Nhân dân ta.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trần Thanh Mẫn", "Trần Thanh Mẫn"]);
  });

  it("keeps '…, thưa ông?' for the person interviewed even when the question names someone else", () => {
    const out = statements(
      [
        "Thứ trưởng Ngoại giao Lê Hoài Trung trả lời phỏng vấn báo chí.",
        "Tổng thống Mỹ Donald Trump đã có cuộc gặp với lãnh đạo Việt Nam. Tác động của các cuộc gặp này thế nào, thưa ông?",
        "Các cuộc tiếp xúc song phương là một phương thức quan trọng thúc đẩy quan hệ hai nước.",
      ].join("\n\n"),
    );
    expect(out.at(-1)?.speaker).toBe("Lê Hoài Trung");
  });
});

describe("from a review of the extractor's output on fresh news", () => {
  it("gives nothing for a refusal, a question or a noun after the cue", () => {
    const out = statements(
      [
        "HLV Park Hang-seo 2 lần từ chối chia sẻ cảm xúc sau trận ở vòng loại U23 châu Á",
        "Sau khi ghi cú đúp, Công Phượng đã chia sẻ gì trên fanpage hơn 2 triệu người theo dõi",
        "Anh Đức tiết lộ điều HLV Park nói sau khi bị Philippines gỡ hòa",
        "Tổng Bí thư lắng nghe các ý kiến, kiến nghị của cử tri gửi đến kỳ họp lần này của Quốc hội.",
        "Cử tri cũng bày tỏ đồng tình, đánh giá cao những chủ trương, quyết sách lớn của Đảng và Nhà nước.",
        "Bộ trưởng Đào Hồng Lan nhấn mạnh cam kết chính trị mạnh mẽ của Việt Nam trong việc phòng, chống bệnh không lây nhiễm.",
        "Nhờ nói chuyện với những người đi cùng, bác sĩ Ang biết bệnh nhân bị ung thư.",
        "Theo các bác sĩ, nhiều người dân vẫn cho rằng uống thuốc là an toàn.",
      ].join("\n\n"),
    );
    expect(out).toEqual([]);
  });

  it("finds the person's full name after an office's capitalised words, an event's name or a body's acronym", () => {
    const out = statements(
      [
        "Tin thể thao",
        '"Thật sự rất áp lực", xạ thủ giành 4 huy chương Vàng SEA Games 33 Trịnh Thu Vinh chia sẻ.',
        "Nguyên Vụ trưởng Vụ Thể thao thành tích cao Nguyễn Hồng Minh cho rằng thể thao Việt Nam đã đầu tư sai hướng.",
        "Tổng Thư ký ASEAN Somsak Inthavong cho biết các nước đã hoàn tất vòng đọc thứ ba.",
        "TS.BS Nguyễn Đỗ Vân Anh cho biết điều quan trọng nhất là điều chỉnh chế độ ăn của trẻ.",
        "GS Văn Như Cương, hiệu trưởng Trường THPT Lương Thế Vinh, cho rằng nhập hai kỳ thi là không thể.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Trịnh Thu Vinh",
      "Nguyễn Hồng Minh",
      "Somsak Inthavong",
      "Nguyễn Đỗ Vân Anh",
      "Văn Như Cương",
    ]);
  });

  it("leaves sentence adverbs, manner words and streets out of the speaker", () => {
    const out = statements(
      [
        "Tin giáo dục",
        "Tương tự, Đinh Anh Dũng - chủ nhân tấm HCV môn Toán, cho biết em vẫn chơi thể thao mỗi ngày.",
        "Nguyễn Ngọc Long khiêm tốn nói rằng em không có kinh nghiệm gì đặc biệt.",
        "Một bà mẹ trẻ ở đường Phan Đình Giót (Hà Nội) kể rằng, con chị bị bệnh hen từ năm 3 tuổi.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Đinh Anh Dũng",
      "Nguyễn Ngọc Long",
      "Một bà mẹ trẻ ở đường Phan Đình Giót",
    ]);
  });
});

describe("more that is no statement", () => {
  it("gives nothing for an outlet cited after the sentence, 'nêu trên', a count recorded, or a fronted cue as subject", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Đại biểu Nguyễn Sỹ Cương đã mang tới Quốc hội túi thuốc lá lậu mua được tại An Giang, theo VTV.",
        "Các khoản nêu trên chỉ là dự kiến, sau đó nhà trường sẽ cân nhắc để thu cho hợp lý.",
        "Việt Nam ghi nhận hơn 1.200 người nhập viện do sử dụng thuốc lá điện tử năm 2023.",
      ].join("\n\n"),
    );
    expect(out).toEqual([]);
  });

  it("takes the person after a fronted cue ('Gửi gắm mong muốn …, cử tri X nhấn mạnh …') and a school's name for no person", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Gửi gắm mong muốn Tổng bí thư quyết liệt chống tham nhũng, cử tri Đặng Tài Tính nhấn mạnh mỗi vị đại biểu cần làm tròn trách nhiệm.",
        "Bà Phan Thị Nga, Hiệu trưởng Tiểu học Phan Chu Trinh, cho biết nhà trường đã tổ chức họp phụ huynh sớm.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Đặng Tài Tính", "Phan Thị Nga"]);
  });
});

describe("spans", () => {
  it("leaves where it was said out of the clause, and gives nothing when nothing follows it", () => {
    const out = statements(
      [
        "Tin kinh tế",
        "Bộ trưởng Nguyễn Chí Dũng cho biết tại buổi họp báo, kinh tế sẽ tăng trưởng 6% trong năm nay.",
        "Chủ tịch VCCI Phạm Tấn Công khẳng định tại Hội nghị Ban Chấp hành VCCI khoá VII, lần thứ 4, chiều 30/7.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      { speaker: "Nguyễn Chí Dũng", quote: "kinh tế sẽ tăng trưởng 6% trong năm nay", kind: "INDIRECT" },
    ]);
  });

  it("ends a quotation the page never closed at a paragraph that attributes anew", () => {
    const out = statements(
      [
        "Trả lời câu hỏi của phóng viên, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ:",
        "“Việt Nam hết sức quan ngại trước việc Triều Tiên tiếp tục thử tên lửa đạn đạo.",
        "Trả lời câu hỏi về công dân ở Ba-li, Người phát ngôn Lê Thị Thu Hằng cho biết:",
        "“Đại sứ quán đã liên hệ với các công ty du lịch để hỗ trợ công dân”.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.quote)).toEqual([
      "Việt Nam hết sức quan ngại trước việc Triều Tiên tiếp tục thử tên lửa đạn đạo",
      "Đại sứ quán đã liên hệ với các công ty du lịch để hỗ trợ công dân",
    ]);
  });

  it("starts a second statement at 'và … ông <cue>'", () => {
    const out = statements(
      "Đại sứ Nguyễn Văn Thảo cho rằng tiềm năng hợp tác hai nước còn rất lớn và trong nhiệm kỳ của mình ông cam kết sẽ thúc đẩy trao đổi văn hóa.",
    );
    expect(out.map((s) => s.quote)).toEqual([
      "tiềm năng hợp tác hai nước còn rất lớn",
      "sẽ thúc đẩy trao đổi văn hóa",
    ]);
  });
});

describe("coordinated cues", () => {
  it("gives a cue after 'và' the subject of a first cue that took a noun phrase, a body's too", () => {
    const out = statements(
      "Đại diện Bộ GD&ĐT cũng lên án mạnh mẽ hành vi của học sinh và cho rằng, việc lan truyền clip chưa được xác thực sẽ ảnh hưởng xấu đến môi trường giáo dục.",
    );
    expect(out).toEqual([
      {
        speaker: "Đại diện Bộ GD&ĐT",
        quote: "việc lan truyền clip chưa được xác thực sẽ ảnh hưởng xấu đến môi trường giáo dục",
        kind: "INDIRECT",
      },
    ]);
  });

  it("takes an organising committee or a school board for a speaker", () => {
    const out = statements("Ban tổ chức cho biết giải sẽ diễn ra đúng kế hoạch vào tháng sau.");
    expect(out.map((s) => s.speaker)).toEqual(["Ban tổ chức"]);
  });
});

describe("people's gender from the middle name", () => {
  it("points 'bà' at the woman ('… Thị …') when a man was named after her", () => {
    const out = statements(
      "Đại biểu Nguyễn Thị Hoa và đại biểu Trần Văn Nam đã phát biểu. Theo bà, kinh tế sẽ tăng trưởng mạnh trong năm tới.",
    );
    expect(out).toEqual([
      { speaker: "Nguyễn Thị Hoa", quote: "kinh tế sẽ tăng trưởng mạnh trong năm tới", kind: "INDIRECT" },
    ]);
  });

  it("reads 'làm rõ vấn đề …' as a topic, not what was said", () => {
    const out = statements(
      "Đại biểu Mai Thị Ánh Tuyết liền phát biểu làm rõ vấn đề chống buôn lậu được đại biểu Nguyễn Sỹ Cương đề cập.",
    );
    expect(out).toEqual([]);
  });
});

describe("batch 11", () => {
  it("gives the answers after 'Em nghĩ gì …?' to the person the lead names without a title", () => {
    const out = statements(
      [
        "Dương Thuý Vi đã xuất sắc mang về 2 tấm huy chương vàng cho wushu Việt Nam tại SEA Games 29.",
        "* Em nghĩ gì khi đoạt 2 huy chương vàng trong 2 ngày liên tiếp ?",
        "- Em rất là vui và bất ngờ vì đây là kỳ SEA Games em giành liên tiếp 2 tấm huy chương vàng.",
        "*Sau khi đoạt 2 tấm huy chương vàng em ấn tượng với tấm huy chương nào ?",
        "- Cả hai em đều tâm đắc, em chỉ tâm niệm hoàn thành xuất sắc bài thi.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Dương Thuý Vi", "Dương Thuý Vi"]);
  });

  it("reads 'Theo dữ liệu của X', 'Theo số liệu mà X đưa ra' as X's, and 'Theo báo cáo,' as no outlet 'cáo'", () => {
    const out = statements(
      [
        "Tin kinh tế",
        "Theo dữ liệu của Quỹ Tiền tệ Quốc tế (IMF), GDP của Việt Nam dự kiến đạt 260,3 tỷ USD trong năm 2019.",
        "Theo số liệu mà DBS đưa ra, vốn FDI đăng ký từ Trung Quốc vào Việt Nam đạt 2 tỷ USD.",
        "Theo báo cáo, nam sinh bị đánh trong clip là học sinh lớp 10A2 của trung tâm.",
      ].join("\n\n"),
    );
    expect(out.slice(0, 2).map((s) => s.speaker)).toEqual(["Quỹ Tiền tệ Quốc tế", "DBS"]);
    expect(out.map((s) => s.speaker)).not.toContain("cáo");
  });

  it("gives nothing for a question put to a minister that he relays", () => {
    const out = statements(
      'Bộ trưởng Nguyễn Kim Sơn nêu ý kiến của một người dân gửi, chất vấn: "Thưa Bộ trưởng, Bộ trưởng cho biết đến ngày nào thì có thể quét sạch việc dạy thêm?"',
    );
    expect(out).toEqual([]);
  });
});

describe("batch 11, politics and diplomacy", () => {
  it("gives nothing for 'Nhìn chung, …', a cue joined to a second verb, or where it was said", () => {
    const out = statements(
      [
        "Tin thời sự",
        "Nhìn chung, các báo cáo đã phản ánh đúng và khá đủ tình hình triển khai các nhiệm vụ.",
        "Bà Văn Thị Bạch Tuyết cho biết và tiếp thu ý kiến của cử tri về công tác quy hoạch.",
        'Lực lượng vũ trang Ukraine nên "nắm quyền", Tổng thống Vladimir Putin nhận định trong cuộc họp Hội đồng An ninh Nga ngày 25/2.',
      ].join("\n\n"),
    );
    expect(out.map((s) => s.quote)).not.toContain("trong cuộc họp Hội đồng An ninh Nga ngày 25/2");
    expect(out.map((s) => s.speaker)).not.toContain("Nhìn chung");
    expect(out.map((s) => s.quote)).not.toContain("và tiếp thu ý kiến của cử tri về công tác quy hoạch");
  });

  it("ends 'Theo X, A' at ', đồng thời <cue>', and takes a spokesperson of 'Quân giải phóng …' for no 'Quân'", () => {
    const out = statements(
      [
        "Tin thế giới",
        "Theo ông Triệu Lập Kiên, việc lập pháp đối với Hong Kong là quyền hiến định của Quốc hội nước này, đồng thời tái khẳng định lập trường không thay đổi của Trung Quốc.",
        "![]() Người phát ngôn Quân giải phóng nhân dân Trung Quốc xác nhận các quan chức hải quân đã gặp những người đồng cấp.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Triệu Lập Kiên",
        quote: "việc lập pháp đối với Hong Kong là quyền hiến định của Quốc hội nước này",
        kind: "INDIRECT",
      },
      {
        speaker: "Người phát ngôn Quân giải phóng nhân dân Trung Quốc",
        quote: "các quan chức hải quân đã gặp những người đồng cấp",
        kind: "INDIRECT",
      },
    ]);
  });
});

describe("traders and teachers named by the given name", () => {
  it("takes 'Cô Hạnh, chủ tiệm …' for Hạnh, and runs her unquoted words after a colon to the next person's", () => {
    const out = statements(
      [
        "Chợ vắng khách",
        "Cô Hạnh, chủ tiệm trà tại chợ Hòa Bình cho biết năm nay chợ vắng lắm.",
        "Cô Kim Liên - chủ sạp đồ gia dụng chia sẻ: Còn vài ngày nữa là tết rồi mà khách rất vắng. Hàng hóa năm nay tôi nhập về rất nhiều. Cô Phương Minh, chủ sạp 91 cũng vậy: Tôi bán đồ phong thủy, năm nay không có khách.",
      ].join("\n\n"),
    );
    expect(out.slice(0, 2)).toEqual([
      { speaker: "Hạnh", quote: "năm nay chợ vắng lắm", kind: "INDIRECT" },
      {
        speaker: "Kim Liên",
        quote: "Còn vài ngày nữa là tết rồi mà khách rất vắng. Hàng hóa năm nay tôi nhập về rất nhiều",
        kind: "INDIRECT",
      },
    ]);
  });
});

describe("bodies and their parents", () => {
  it("gives 'Cục Quản lý dược, Bộ Y tế cho biết' to the department, and reads 'bác sỹ' as 'bác sĩ'", () => {
    const out = statements(
      [
        "Thuốc giả",
        "Trước đó, ngày 5/5, Cục Quản lý dược, Bộ Y tế cho biết đã nhận được thông tin từ WHO về lô thuốc giả.",
        "Chiều 9/5, bác sỹ Huỳnh Minh Chín, Phó Giám đốc Sở Y tế tỉnh Bình Dương cho biết, Sở đã thành lập đoàn thanh tra.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Cục Quản lý dược", "Huỳnh Minh Chín"]);
  });
});

describe("names holding a cue word", () => {
  it("never reads 'nói' in 'Đài Tiếng nói Việt Nam' as a cue, nor 'Họ' as a speaker's name", () => {
    const out = statements(
      "Trang web của Đài Tiếng nói Việt Nam (VOV) là một trong những trang đưa tin sớm nhất. Họ cho biết “Nhiệm vụ trọng tâm năm 2016 là biên soạn sách giáo khoa mới”.",
    );
    expect(out.map((s) => s.speaker)).not.toContain("Trang web của Đài Tiếng");
    expect(out.map((s) => s.speaker)).not.toContain("Họ");
  });
});

describe("from the second review of fresh pages", () => {
  it("gives nothing for 'yêu cầu thực tiễn', a rule's 'Theo Nghị quyết …', or 'bày tỏ thống nhất với …'", () => {
    const out = statements(
      [
        "Tin Quốc hội",
        "Các luật, nghị quyết được thông qua vừa đáp ứng kịp thời yêu cầu thực tiễn, vừa kiến tạo khuôn khổ pháp lý.",
        "Theo Nghị quyết tổ chức lấy ý kiến nhân dân về dự thảo, người dân có thể góp ý trực tiếp hoặc qua mạng.",
        "Đại biểu Hà Sỹ Đồng bày tỏ thống nhất với phương án 1 của dự thảo luật.",
      ].join("\n\n"),
    );
    expect(out).toEqual([]);
  });

  it("takes the subject after 'Tranh luận với đại biểu X,', not X", () => {
    const out = statements(
      "Tranh luận với đại biểu Trần Thị Vân, đại biểu Nguyễn Thị Xuân đề nghị cơ quan soạn thảo làm rõ thêm phương án.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Thị Xuân"]);
  });
});

describe("a quotation the page left open", () => {
  it("ends before narration that reports the speaker again, whose statements are then read", () => {
    const out = statements(
      [
        "Sau trận đấu, HLV Park Hang Seo chia sẻ: “Trước trận đấu này, cầu thủ của tôi đã rất mệt.",
        "Tôi nghĩ rằng chúng tôi sẽ tiếp tục làm được điều đặc biệt.",
        "Nói về việc thay Công Phượng, ông Park cho biết, tiền đạo xứ Nghệ bị chấn thương, buộc ông phải thay sớm.",
        "Cuối cùng, ông Park nhắc nhở mọi người rằng, phía trước U23 Việt Nam vẫn còn một trận chung kết.",
      ].join("\n\n"),
    );
    expect(out.slice(-2)).toEqual([
      {
        speaker: "Park Hang Seo",
        quote: "tiền đạo xứ Nghệ bị chấn thương, buộc ông phải thay sớm",
        kind: "INDIRECT",
      },
      {
        speaker: "Park Hang Seo",
        quote: "phía trước U23 Việt Nam vẫn còn một trận chung kết",
        kind: "INDIRECT",
      },
    ]);
  });

  it("gives nothing for 'bất ngờ trước thông báo …' or 'chia sẻ với chúng tôi những suy nghĩ …'", () => {
    const out = statements(
      [
        "Phụ huynh bất ngờ trước thông báo tăng học phí đột ngột, buộc học sinh thôi học nếu không nộp",
        "Hoàng Xuân Vinh đã chia sẻ với chúng tôi những suy nghĩ của anh về phát súng cuối cùng.",
      ].join("\n\n"),
    );
    expect(out).toEqual([]);
  });
});

describe("bodies named partly in lower case", () => {
  it("takes 'Viện Dinh dưỡng quốc gia' and 'Ban chỉ huy phòng thủ dân sự tỉnh Đắk Lắk'", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Theo Viện Dinh dưỡng quốc gia, tỷ lệ trẻ em béo phì ở Việt Nam đang gia tăng với tốc độ báo động.",
        "Cùng ngày, Ban chỉ huy phòng thủ dân sự tỉnh Đắk Lắk cho hay mưa lũ khiến 27 người chết.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Viện Dinh dưỡng quốc gia",
      "Ban chỉ huy phòng thủ dân sự tỉnh Đắk Lắk",
    ]);
  });
});

describe("a person, then where they work", () => {
  it("gives 'Bác sĩ X, Bệnh viện Y cho biết' to the doctor, and 'Tiếp đà …' or a town to nobody", () => {
    const out = statements(
      [
        "Tiếp đà quý II, dự báo tăng trưởng cả năm 2022 có thể đạt mục tiêu",
        "Bác sĩ Nguyễn Văn An, Bệnh viện Bạch Mai cho biết bệnh nhân đã qua cơn nguy kịch.",
        "Bác sĩ Trần Minh Hoà, Bệnh viện Việt Nam - Thụy Điển Uông Bí cho biết bệnh nhân đã tỉnh lại.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Văn An", "Trần Minh Hoà"]);
  });
});

describe("batch 12", () => {
  it("gives nothing for 'chỉ rõ loạt giải pháp …', and reads past 'Trích thông tin từ báo …,' and 'Cũng tại …,'", () => {
    const out = statements(
      [
        "Tin y tế",
        "Bà Nguyễn Thu Oanh cũng chỉ rõ loạt giải pháp mà Nhà nước đã thực hiện để kiềm chế lạm phát.",
        'Trích thông tin từ báo điện tử VOV, BS. Đặng Hoàng Điệp cảnh báo: "Say nắng thường hay xảy ra vào mùa hè".',
        "Cũng tại Kỳ họp, Ủy ban đã xem xét, giải quyết khiếu nại kỷ luật đảng đối với một số trường hợp.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      { speaker: "Đặng Hoàng Điệp", quote: "Say nắng thường hay xảy ra vào mùa hè", kind: "DIRECT" },
    ]);
  });
});

describe("'Lãnh đạo …' for the leader the article named", () => {
  it("gives 'Lãnh đạo Đảng', 'lãnh đạo ngành thể thao' to the person last given an office, and 'cảnh báo tin giả …' to nobody", () => {
    const out = statements(
      [
        "Tổng Bí thư Tô Lâm chủ trì cuộc họp về đề án chống tham nhũng.",
        "Lãnh đạo Đảng đánh giá đề án có nhiều nội dung mới với giải pháp có tính đột phá.",
        "Bộ Giáo dục và Đào tạo cảnh báo tin giả về giải tán trường tư thục.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Tô Lâm",
        quote: "đề án có nhiều nội dung mới với giải pháp có tính đột phá",
        kind: "INDIRECT",
      },
    ]);
  });
});

describe("doctors and officials with their bodies", () => {
  it("keeps 'BS.' with the name, reads a body in brackets inside an office, and gives 'X, Khoa …, Bệnh viện … cảnh báo' to X", () => {
    const out = statements(
      [
        "Tin y tế",
        'Trích thông tin từ báo điện tử VOV, BS. Đặng Hoàng Điệp, Khoa Cấp Cứu, Bệnh viện Bệnh Nhiệt đới Trung ương cảnh báo: "Say nắng thường hay xảy ra vào mùa hè".',
        "Tại buổi họp báo sáng 11-1, Cục trưởng Cục Y tế dự phòng (Bộ Y tế) Trần Đắc Phu nhấn mạnh, tình hình dịch bệnh tiếp tục có những diễn biến phức tạp.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Đặng Hoàng Điệp", "Trần Đắc Phu"]);
  });
});

describe("voters' meetings", () => {
  it("gives nothing for 'phản ánh những vấn đề …', 'bày tỏ quan tâm đến …', or a subject cut at 'và'", () => {
    const out = statements(
      [
        "Tiếp xúc cử tri",
        "Tại hội nghị, cử tri phản ánh những vấn đề được dư luận quan tâm như bảo vệ môi trường.",
        "Ngoài ra, cử tri bày tỏ quan tâm đến nhiều nội dung của kỳ họp Quốc hội sắp tới.",
        "Nhiều người băn khoăn tính thực hư và nếu có, tại sao trường lại làm như vậy.",
      ].join("\n\n"),
    );
    expect(out).toEqual([]);
  });
});

describe("batch 13", () => {
  it("ends a statement at ', đánh giá cao …', reads 'UBND H.Hiệp Đức' and 'Huyện ủy Hiệp Đức' as bodies, and 'quan điểm trên' as nothing new", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Anh Nguyễn Văn Thân, đại diện nhóm cho biết đã tham gia các mùa trước, đánh giá cao trải nghiệm gắn kết con người với thiên nhiên.",
        "Ông Nguyễn Như Công, Chủ tịch UBND H.Hiệp Đức đã yêu cầu Phòng GD-ĐT kiểm điểm trách nhiệm vị hiệu trưởng này.",
        "Sáng 14.6, ông Nguyễn Văn Tỉnh, Bí thư Huyện ủy Hiệp Đức (Quảng Nam), cho biết Ủy ban Kiểm tra Huyện ủy vừa thi hành kỷ luật bà Tâm.",
        "Bà Thanh nêu quan điểm trên tại buổi cho ý kiến về báo cáo dân nguyện, chiều 2/3.",
      ].join("\n\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Nguyễn Văn Thân", "đã tham gia các mùa trước"],
      ["Nguyễn Như Công", "Phòng GD-ĐT kiểm điểm trách nhiệm vị hiệu trưởng này"],
      ["Nguyễn Văn Tỉnh", "Ủy ban Kiểm tra Huyện ủy vừa thi hành kỷ luật bà Tâm"],
    ]);
  });
});

describe("batch 13, diplomacy", () => {
  it("keeps a body's verb out of its name, closes a clause at ', còn ông …', and walks back over a delegation to the deputy", () => {
    const out = statements(
      [
        "Mới đây, Bộ Ngoại giao Việt Nam phát thông tin về công tác bảo hộ công dân. Theo đó, cơ quan này cho biết, tình hình an ninh ở phía nam Liên bang Nga diễn biến phức tạp.",
        "Đại biểu Quốc hội Trần Văn Tiến, Đoàn ĐBQH tỉnh Vĩnh Phúc cho rằng cần làm rõ các quy định ở khoản 4 Điều 9.",
        "Ông Dmitriev viết trên mạng xã hội rằng phiên làm việc “mang tính xây dựng”, còn ông Witkoff di chuyển ngay tới Đại sứ quán Mỹ.",
      ].join("\n\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Bộ Ngoại giao Việt Nam", "tình hình an ninh ở phía nam Liên bang Nga diễn biến phức tạp"],
      ["Trần Văn Tiến", "cần làm rõ các quy định ở khoản 4 Điều 9"],
      ["Dmitriev", "phiên làm việc “mang tính xây dựng”"],
    ]);
  });
});

describe("questions that address the interviewee by a title", () => {
  it("gives the answer after '- …, xin Đại sứ cho biết …?' to the ambassador the article interviews", () => {
    const out = statements(
      [
        "Nhân dịp này, phóng viên VOV có cuộc phỏng vấn Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai về quan hệ hai nước.",
        "- Trước tiên, xin Đại sứ cho biết một số nét chính về quan hệ Việt Nam - Trung Quốc thời gian qua?",
        "Tôi vui mừng nhận thấy quan hệ hai nước thời gian qua tiếp tục phát triển tích cực.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Phạm Sao Mai"]);
  });
});

describe("batch 13, economy and health", () => {
  it("reads 'WB cung cho rằng' as WB's, and 'nêu ví dụ …', 'kiến nghị mạnh mẽ về …' as no statement", () => {
    const out = statements(
      [
        "Dự báo kinh tế",
        "WB cung cho rằng tăng trưởng sẽ trở lại mức 6,3% năm 2017.",
        "Ông Vũ Hồng Thanh nêu ví dụ câu chuyện của một doanh nghiệp tại Hà Nội khiếu nại Tổng cục Thuế.",
        "PGS Nguyễn Lân Hiếu kiến nghị mạnh mẽ về việc quản lý thuốc lá thế hệ mới.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      { speaker: "WB", quote: "tăng trưởng sẽ trở lại mức 6,3% năm 2017", kind: "INDIRECT" },
    ]);
  });
});

describe("where a reported clause ends", () => {
  it("before 'khi bình luận về …', and gives a cue whose object came before it ('…, nhưng …') nothing", () => {
    const out = statements(
      [
        "Tin thế giới",
        "Hội nghị xoay quanh công thức hòa bình mười điểm do tổng thống Ukraine Zelensky đề xuất, nhưng Moscow kiên quyết bác bỏ.",
        "Ông Hoàng Ngọc Giao cho rằng khó tìm thấy dấu ấn lớn nhất nào theo nghĩa tích cực khi bình luận về Quốc hội khóa XIII.",
      ].join("\n\n"),
    );
    expect(out).toEqual([
      {
        speaker: "Hoàng Ngọc Giao",
        quote: "khó tìm thấy dấu ấn lớn nhất nào theo nghĩa tích cực",
        kind: "INDIRECT",
      },
    ]);
  });
});

describe("the UN's Secretary-General", () => {
  it("reads 'Tổng Thư ký Liên Hiệp Quốc (LHQ) Antonio Guterres' as Antonio Guterres", () => {
    const out = statements(
      "Tổng Thư ký Liên Hiệp Quốc (LHQ) Antonio Guterres khuya 13-4 ra tuyên bố cảnh báo các nước thành viên Hội đồng Bảo an không leo thang ở Syria.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Antonio Guterres"]);
  });
});

describe("from a third review of fresh pages", () => {
  it("reads 'HLV trưởng CLB Viettel Trương Việt Hoàng' as the coach named, not a coach named later", () => {
    const out = statements(
      [
        "(Thethaovanhoa.vn) - HLV trưởng CLB Viettel Trương Việt Hoàng khẳng định, thành tích Á quân Cúp QG là điều khích lệ lớn.",
        '"Năm nay mục tiêu của chúng tôi là bảo vệ chức vô địch", HLV Chu Đình Nghiêm nói.',
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trương Việt Hoàng", "Chu Đình Nghiêm"]);
  });

  it("keeps 'yêu cầu …, làm rõ …' one directive, and gives 'nhận định trên', 'nhiều yêu cầu' nothing", () => {
    const out = statements(
      [
        "Tin giáo dục",
        "Bộ GD&ĐT yêu cầu các đơn vị sớm điều tra, làm rõ sự việc liên quan vụ nữ sinh tự tử.",
        "Thủ tướng Phạm Minh Chính nhấn mạnh nhận định trên trong buổi tiếp Đại sứ Nhật Bản.",
        "Người đứng đầu Chính phủ đặt ra nhiều yêu cầu để thực hiện các mục tiêu đã nêu.",
        "Phản ánh đến báo Tiền Phong, anh Đ. cho biết con anh bị giáo viên áp đặt.",
      ].join("\n\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      ["Bộ GD&ĐT", "các đơn vị sớm điều tra, làm rõ sự việc liên quan vụ nữ sinh tự tử"],
      ["Đ", "con anh bị giáo viên áp đặt"],
    ]);
  });
});

describe("interviews given 'to' an outlet, and first deputy ministers", () => {
  it("gives answers after 'X đã trả lời phỏng vấn báo …' to X, and reads 'Thứ trưởng Thứ nhất' as an office", () => {
    const out = statements(
      [
        "Đại sứ Việt Nam tại Trung Quốc Đặng Minh Khôi đã trả lời phỏng vấn báo TG&VN. Xin trân trọng giới thiệu.",
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân khai trương Trung tâm văn hoá Trung Quốc tại Việt Nam. (Ảnh: Tuấn Anh)",
        "Xin Đại sứ cho biết ý nghĩa của chuyến thăm lần này?",
        "Chuyến thăm là dịp quan trọng để hai nước tăng cường tin cậy chính trị.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Đặng Minh Khôi"]);
    const deputy = statements(
      "Phó Thủ tướng Phạm Bình Minh tiếp Thứ trưởng Thứ nhất Bộ Ngoại giao Nga V. Titov. Phó Thủ tướng cho rằng hai nước cần phối hợp chặt chẽ hơn nữa.",
    );
    expect(deputy.map((s) => s.speaker)).toEqual(["Phạm Bình Minh"]);
  });
});

describe("parents and foreign doctors", () => {
  it("takes 'Một trong số các phụ huynh …', 'vị phụ huynh' as unnamed speakers, and a foreign name before its description", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Một trong số các phụ huynh có con học tại trường cho biết, nhà trường đã làm việc với gia đình.",
        "Theo vị phụ huynh, do thông báo gấp rút nên nhiều gia đình không kịp chuẩn bị.",
        'Ghassan Abou-Alfa, bác sĩ chuyên khoa ung thư tại Trung tâm Ung thư Memorial Sloan Kettering cho biết: "Người bị ung thư gan cần được điều trị sớm".',
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Một trong số các phụ huynh có con học tại trường",
      "vị phụ huynh",
      "Ghassan Abou-Alfa",
    ]);
  });
});

describe("'nhà trường'", () => {
  it("is the school the article named, and speaks for its report", () => {
    const out = statements(
      [
        "Trường THPT Lạc Long Quân cho biết đã tổ chức họp phụ huynh.",
        "Theo báo cáo nhanh của nhà trường, nguyên nhân vụ việc xuất phát từ mâu thuẫn giữa hai học sinh.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trường THPT Lạc Long Quân", "Trường THPT Lạc Long Quân"]);
  });
});

describe("a body's head word in lower case", () => {
  it("gives '“…” - hiệp hội cảnh báo' to the association named before", () => {
    const out = statements(
      [
        "Hiệp hội Bất động sản TP.HCM (HoREA) cho biết thị trường đang phục hồi chậm.",
        "“Một số ít doanh nghiệp đẩy giá bán căn hộ lên quá cao, gây rủi ro cho người mua nhà” - hiệp hội cảnh báo.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Hiệp hội Bất động sản TP.HCM",
      "Hiệp hội Bất động sản TP.HCM",
    ]);
  });
});

describe("decisions and penalties as sources", () => {
  it("reads 'Theo án phạt được X đưa ra', 'Theo quyết định của UBND tỉnh' as X's and the council's", () => {
    const out = statements(
      [
        "Tin thể thao",
        "Theo án phạt được Ban kỷ luật VFF đưa ra, hai cầu thủ của đội U19 Bê Tông bị phạt tiền và cấm thi đấu 6 tháng.",
        "Theo quyết định của UBND tỉnh, các trường học sẽ nghỉ từ ngày mai.",
      ].join("\n\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Ban kỷ luật VFF", "UBND tỉnh"]);
  });
});

describe("what was shared", () => {
  it("gives 'chia sẻ các chuyên đề về …' nothing, and keeps 'chia sẻ các em cần …' a statement", () => {
    const out = statements(
      [
        "Tin y tế",
        "Bệnh viện Tiền Giang còn chia sẻ các chuyên đề về ứng dụng sinh học phân tử trong chẩn đoán.",
        "Ông Nam chia sẻ các em cần chăm chỉ hơn nữa.",
      ].join("\n\n"),
    );
    expect(out).toEqual([{ speaker: "Nam", quote: "các em cần chăm chỉ hơn nữa", kind: "INDIRECT" }]);
  });
});

describe("openers that are no speakers", () => {
  it("never takes 'Phản ánh đến báo …' or 'Tiếp đó' for the speaker", () => {
    const out = statements(
      [
        "Tin giáo dục",
        "Phản ánh đến báo Tiền Phong, anh Đ. có con đang học lớp 11 bày tỏ bức xúc và cho biết nhà trường thu nhiều khoản.",
        "Tiếp đó, các đại biểu phân tích nguyên nhân và cho biết cần có giải pháp căn cơ hơn.",
      ].join("\n\n"),
    );
    for (const s of out) expect(s.speaker).not.toMatch(/^(?:Phản ánh|Tiếp đó)/u);
  });
});
