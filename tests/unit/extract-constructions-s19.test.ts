/**
 * Constructions the extractor learned in session 19 (issue 18), from the error classes of the
 * blind first runs rather than from one article: each test is text written for it (not an
 * evaluation excerpt), with the statements it must give and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { statements } from "./support/extract-statements";

describe("an official statement printed after 'X nêu rõ:'", () => {
  it("gives each following paragraph without quotation marks to the speaker, over captions", () => {
    const out = statements(
      [
        "Việt Nam phản đối tập trận ở Trường Sa",
        "Trả lời câu hỏi của phóng viên, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng nêu rõ:",
        "Việt Nam có đầy đủ căn cứ pháp lý và bằng chứng lịch sử để khẳng định chủ quyền đối với quần đảo Trường Sa.",
        "![]() |",
        "Người phát ngôn Lê Thị Thu Hằng. |",
        "Việc tổ chức diễn tập ở khu vực này là xâm phạm nghiêm trọng chủ quyền lãnh thổ của Việt Nam.",
        "Việt Nam kiên quyết phản đối và yêu cầu chấm dứt ngay hoạt động trái phép nêu trên.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind, s.quote.slice(0, 24)])).toEqual([
      ["Lê Thị Thu Hằng", "DIRECT", "Việt Nam có đầy đủ căn c"],
      ["Lê Thị Thu Hằng", "DIRECT", "Việc tổ chức diễn tập ở "],
      ["Lê Thị Thu Hằng", "DIRECT", "Việt Nam kiên quyết phản"],
    ]);
  });

  it("reads past whom the words are for before the colon ('khuyến nghị công dân:')", () => {
    const out = statements(
      [
        "Bảo hộ công dân tại Nga",
        "Bộ Ngoại giao khuyến nghị công dân:",
        "Những người đang ở các thành phố phía nam cần tuân thủ hướng dẫn của chính quyền sở tại và hạn chế ra đường.",
        "Trong trường hợp căng thẳng gia tăng, cần chuẩn bị sẵn các phương án sơ tán khi cần thiết.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([
      ["Bộ Ngoại giao", "DIRECT"],
      ["Bộ Ngoại giao", "DIRECT"],
    ]);
  });

  it("stops at a paragraph that attributes anew", () => {
    const out = statements(
      [
        "Tin trong ngày",
        "Bộ trưởng Nguyễn Văn Thắng nêu rõ:",
        "Chúng ta phải hoàn thành các mục tiêu tăng trưởng đã đề ra trong năm nay bằng mọi giá.",
        "Theo ông Thắng, kinh tế sẽ tăng trưởng trên 8% trong năm tới nhờ đầu tư công.",
        "Sau đó, ông Thắng cho biết Bộ sẽ trình đề án mới vào tháng sau để Chính phủ xem xét.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind, s.quote.slice(0, 20)])).toEqual([
      ["Nguyễn Văn Thắng", "DIRECT", "Chúng ta phải hoàn t"],
      ["Nguyễn Văn Thắng", "INDIRECT", "kinh tế sẽ tăng trưở"],
      ["Nguyễn Văn Thắng", "INDIRECT", "Bộ sẽ trình đề án mớ"],
    ]);
  });
});

describe("a title qualified by a body", () => {
  it("is no person who held that title for another body", () => {
    const out = statements(
      [
        "Tin quốc tế",
        "Người phát ngôn Quân giải phóng nhân dân Trung Quốc (PLA) xác nhận các quan chức hải quân đã gặp phía Mỹ trong tháng 12.",
        "Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng khẳng định Việt Nam có đầy đủ căn cứ pháp lý về chủ quyền.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual([
      "Người phát ngôn Quân giải phóng nhân dân Trung Quốc (PLA)",
      "Lê Thị Thu Hằng",
    ]);
  });

  it("is the person named later with that title, the body written short or not at all", () => {
    const out = statements(
      [
        "Bộ trưởng GD-ĐT: Cần đưa dạy thêm vào ngành nghề kinh doanh có điều kiện",
        "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn cho biết Bộ đã trình Chính phủ dự thảo thông tư mới.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Kim Sơn", "Nguyễn Kim Sơn"]);
  });
});

describe("where one statement ends and the next begins", () => {
  it("keeps 'coi trọng và mong muốn …' one clause, and starts a second at '; đánh giá'", () => {
    const out = statements(
      "Bộ trưởng Bùi Thanh Sơn khẳng định, Việt Nam luôn coi trọng và mong muốn phát triển hơn nữa quan hệ hợp tác với Mông Cổ; đánh giá tiềm năng hợp tác giữa hai bên còn rất lớn.",
    );
    expect(out.map((s) => [s.speaker, s.quote])).toEqual([
      [
        "Bùi Thanh Sơn",
        "Việt Nam luôn coi trọng và mong muốn phát triển hơn nữa quan hệ hợp tác với Mông Cổ",
      ],
      ["Bùi Thanh Sơn", "tiềm năng hợp tác giữa hai bên còn rất lớn"],
    ]);
  });

  it("gives a quotation and the clause after 'X nêu rõ và lưu ý' to a body", () => {
    const out = statements(
      "Tin.\n“Các đơn vị phải thực hiện nghiêm quy định tại Luật Khám chữa bệnh về thông tin cá nhân”, Bộ Y tế nêu rõ và lưu ý các đơn vị cung cấp thông tin kịp thời.",
    );
    expect(out).toEqual([
      {
        speaker: "Bộ Y tế",
        quote: "Các đơn vị phải thực hiện nghiêm quy định tại Luật Khám chữa bệnh về thông tin cá nhân",
        kind: "DIRECT",
      },
      { speaker: "Bộ Y tế", quote: "các đơn vị cung cấp thông tin kịp thời", kind: "INDIRECT" },
    ]);
  });
});

describe("speakers", () => {
  it("reads 'Thông tin' in a ministry's name as no verb of the sentence", () => {
    const out = statements(
      [
        "Tin.",
        "Bộ Y tế đề nghị các tỉnh không công bố danh tính bệnh nhân.",
        "Trước đó, Bộ Thông tin và Truyền thông có văn bản gửi Bộ Y tế, nêu rõ việc công khai danh tính bệnh nhân bộc lộ nhiều bất cập.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Bộ Y tế", "Bộ Thông tin và Truyền thông"]);
  });

  it("takes a quotation after a refusal's colon, a question before the comma being the topic", () => {
    const out = statements(
      "Tin.\nVề câu hỏi cầu thủ nào nguy hiểm nhất, HLV Joseph Palatsides đã từ chối chỉ đích danh: “Tất cả đều chất lượng. Để đánh bại đội chủ nhà, chúng tôi phải mạnh mẽ.”\nCâu hỏi cho HLV Joseph Palatsides: “Ông đánh giá thế nào về đội chủ nhà?”",
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 22)])).toEqual([
      ["Joseph Palatsides", "Tất cả đều chất lượng."],
    ]);
  });
});

describe("no statement", () => {
  it("takes 'chia sẻ nhiều thông tin …' for a noun phrase", () => {
    expect(
      statements(
        "Trưa 15/8, HLV tuyển nữ Úc Joseph Palatsides đã chia sẻ nhiều thông tin đáng chú ý trước thềm bán kết giải nữ Đông Nam Á.",
      ),
    ).toEqual([]);
  });
});

describe("people and bodies named with acronyms and grades", () => {
  it("reads a ministry's or department's acronym, then the full name, as the person", () => {
    const out = statements(
      [
        "Tin.",
        "Dự lễ có Phó Thủ tướng Vũ Đức Đam, Bộ trưởng Bộ VHTTDL Nguyễn Ngọc Thiện cùng nhiều nghệ sĩ.",
        "Phát biểu khai mạc, Bộ trưởng Bộ VHTTDL Nguyễn Ngọc Thiện cho biết liên hoan đã từng bước khẳng định thương hiệu.",
        "Giám đốc Sở GD-ĐT Nguyễn Văn Hùng khẳng định trường sẽ hoàn trả các khoản thu sai.",
        "Giám đốc Sở GD&ĐT Hà Nội Trần Thế Cương cho biết các trường sẽ dừng thu tiền học thêm.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Ngọc Thiện", "Nguyễn Văn Hùng", "Trần Thế Cương"]);
  });

  it("takes a specialist grade ('BSCKII.') for a title before the doctor's name and appositives", () => {
    const out = statements(
      "Tin.\nTheo BSCKII. Nguyễn Tiến Dũng, Phó Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai, không có nghiên cứu chính thống nào chứng minh điều đó.",
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Tiến Dũng"]);
  });

  it("never takes a team written with digits ('U23 Việt Nam') for the person 'ông' denotes", () => {
    const out = statements(
      [
        "Tin.",
        "HLV Kim Sang-sik không tiếc lời ca ngợi các cầu thủ U23 Việt Nam.",
        "Ông nói: “Chúng tôi đã trải qua những trận đấu khó khăn với các đối thủ rất mạnh.”",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Kim Sang-sik"]);
  });

  it("reads 'Đại diện Sở' as the representative of the department named before", () => {
    const out = statements(
      [
        "Tin.",
        "“Chúng tôi thấy cách xử lý sai phạm của bệnh viện là chưa thỏa đáng”, đại diện Sở Y tế thành phố nói.",
        "Đại diện Sở cho biết đã yêu cầu Ban giám đốc Bệnh viện Nhi đồng 2 báo cáo về vụ việc.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["đại diện Sở Y tế thành phố", "đại diện Sở Y tế thành phố"]);
  });
});

describe("feelings, counts and impersonal openings", () => {
  it("takes no feeling shown for a statement, and still knows whom 'Bà' means after it", () => {
    const out = statements(
      [
        "Tin.",
        "Phó Chủ tịch UBND thành phố Nguyễn Thị Anh Thi bày tỏ bức xúc trước tình trạng này. Bà nhấn mạnh, các buổi tiếp xúc cử tri phải có sự tham gia của lãnh đạo sở.",
        "Thủ tướng Nguyễn Xuân Phúc bày tỏ lòng tiếc thương với các nạn nhân trong vụ việc tại Anh.",
        "Bộ trưởng Y tế Đào Hồng Lan bày tỏ hết sức vui mừng được trở về thăm quê hương sau nhiều năm.",
        "Bộ trưởng Đào Hồng Lan bày tỏ tin tưởng ngành y tế sẽ vượt qua khó khăn trong năm tới.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 20)])).toEqual([
      ["Nguyễn Thị Anh Thi", "các buổi tiếp xúc cử"],
      ["Đào Hồng Lan", "ngành y tế sẽ vượt q"],
    ]);
  });

  it("takes no count of points raised, and no impersonal 'Bước đầu ghi nhận' for statements", () => {
    expect(
      statements(
        "Tin.\nTại buổi tiếp xúc, cử tri đã nêu 25 ý kiến xoay quanh các vấn đề bồi thường giải phóng mặt bằng.\nBước đầu ghi nhận vụ sạt lở gây thiệt hại khoảng 10 tỉ đồng cho người dân trong vùng.",
      ),
    ).toEqual([]);
  });

  it("takes no clause ('… không cử đại diện') for a speaker", () => {
    const out = statements(
      "Tin.\nCụ thể, Sở Nông nghiệp và Môi trường không cử đại diện, nhưng nội dung cử tri phản ánh lại không thuộc lĩnh vực phụ trách của các sở có mặt.",
    );
    expect(out.map((s) => s.speaker)).not.toContain("Sở Nông nghiệp và Môi trường không cử đại diện");
  });
});

describe("courts", () => {
  it("reads 'nói lời sau cùng' as speaking, and a bare 'Bị cáo' as the defendant named last", () => {
    const out = statements(
      [
        "Tin.",
        "Được quyền nói lời sau cùng, bị cáo Nguyễn Thế Vũ thừa nhận sai lầm là do chưa hiểu biết nên đã vi phạm pháp luật.",
        "Bị cáo cho biết mong được hưởng mức án nhẹ nhất để sớm trở về với gia đình.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 16)])).toEqual([
      ["Nguyễn Thế Vũ", "sai lầm là do ch"],
      ["Nguyễn Thế Vũ", "mong được hưởng "],
    ]);
  });
});

describe("quotations attributed after them, with where and to whom", () => {
  it("reads 'X trả lời các phóng viên tại …' and 'X mở lời trong buổi họp báo …' as attributions", () => {
    const out = statements(
      [
        "Tin.",
        "“Chúng tôi sẽ xác minh thông tin như bạn hỏi”, bà Lê Thị Thu Hằng trả lời các phóng viên tại buổi họp báo chiều 4/2, khi được hỏi về căn cứ tên lửa.",
        "“Bóng đá ở Đông Nam Á vẫn là vùng trũng. Chúng ta phải thẳng thắn thừa nhận như vậy”, HLV Mai Đức Chung mở lời trong buổi họp báo trước trận gặp Hà Lan.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([
      ["Lê Thị Thu Hằng", "DIRECT"],
      ["Mai Đức Chung", "DIRECT"],
    ]);
  });
});

describe("questions and answers", () => {
  it("takes a question asking 'Theo ông, …?' as put to the interviewee, whose dash answers follow", () => {
    const out = statements(
      [
        "Tin.",
        "Mở đầu cuộc trao đổi, ông Trần Văn Nguyên cho rằng xuất khẩu sầu riêng chưa tận dụng được hết giá trị.",
        "Xuất khẩu sầu riêng còn nhiều khó khăn. Theo ông, làm thế nào để quả sầu riêng xuất khẩu bền vững?",
        "- Theo tôi, khó khăn lớn nhất hiện nay là mối liên kết giữa nhà vườn và doanh nghiệp còn lỏng lẻo.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 16)])).toEqual([
      ["Trần Văn Nguyên", "xuất khẩu sầu ri"],
      ["Trần Văn Nguyên", "Theo tôi, khó kh"],
    ]);
  });

  it("on a page of readers' questions, gives each answer to its head and no dashed question to anyone", () => {
    const out = statements(
      [
        "Độc giả gửi câu hỏi phỏng vấn trực tuyến Cục trưởng Y tế dự phòng Trần Đắc Phu cùng Cục phó Quản lý Dược Đỗ Văn Đông.",
        "- Vậy tại sao Việt Nam mình lúc nào cũng kêu thiếu văcxin? (Minh Anh, Hà Nội)",
        "- Ông Đỗ Văn Đông, Phó Cục trưởng Cục Quản lý Dược:",
        "Văcxin trong chương trình tiêm chủng mở rộng luôn được cung ứng đầy đủ và đúng lịch.",
        "- Theo thông tin năm nay sẽ có 200.000 liều dịch vụ nhưng đến cơ sở nào cũng nói khan hiếm.",
        "- Ông Trần Đắc Phu, Cục trưởng Cục Y tế dự phòng:",
        "Năm nay nguồn cung văcxin dịch vụ đã được bổ sung thêm từ tháng sau.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 12)])).toEqual([
      ["Đỗ Văn Đông", "Văcxin trong"],
      ["Trần Đắc Phu", "Năm nay nguồ"],
    ]);
  });

  it("gives the paragraphs after 'Trả lời:' to the doctor who signs below them", () => {
    const out = statements(
      [
        "Nhịn ăn khi xạ trị có giúp tiêu diệt tế bào ung thư nhanh hơn không?",
        "Trả lời:",
        "Hiện không có cơ sở khoa học cho thấy nhịn ăn khi xạ trị giúp tiêu diệt tế bào ung thư.",
        "Bác sĩ Lộc tư vấn cho một bệnh nhân. Ảnh minh họa: Bệnh viện Đa khoa Tâm Anh",
        "Bạn nên tuân thủ phác đồ điều trị của bác sĩ và duy trì chế độ ăn giàu đạm.",
        "BS.CKI Nguyễn Huy Lộc",
        "Khoa Xạ trị, Trung tâm Ung bướu",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 10)])).toEqual([
      ["Nguyễn Huy Lộc", "Hiện không"],
      ["Nguyễn Huy Lộc", "Bạn nên tu"],
    ]);
  });
});

describe("sources, outlets and places", () => {
  it("reads Vietnamese outlets as relays ('Theo VTC News, X cho biết …' is X's) but not a reporter's observation", () => {
    const out = statements(
      [
        "Tin.",
        "Theo thông tin từ VTC News, tối 18/6, thông tin từ Trung tâm Kiểm soát Bệnh tật (HCDC) cho biết, trong tuần 23, số ca mắc tay chân miệng tăng 142,4%.",
        "Trưa 20/2, theo ghi nhận của phóng viên VTC News, cửa hàng xăng dầu số 12 tại xã Trường Long A treo biển hết xăng.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trung tâm Kiểm soát Bệnh tật"]);
  });

  it("leaves 'về cơ bản' out of the source, and a commune's name after 'UBND xã' is no person", () => {
    const out = statements(
      [
        "Tin.",
        "Theo đánh giá của Giám đốc Sở GD-ĐT Hà Nội Trần Thế Cương về cơ bản, Hà Nội không thiếu giáo viên.",
        "Trong khi đó, ông Đặng Văn Dương, Chủ tịch UBND xã Kim Ngân cho biết, địa phương đã khẩn cấp đưa các học sinh đi cấp cứu.",
        "Một số chuyên gia cho rằng tổng kim ngạch xuất khẩu cả năm có thể chỉ tăng trên dưới 7%.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Trần Thế Cương", "Đặng Văn Dương"]);
  });

  it("takes 'chỉ ra điểm yếu …:' for the introduction of the quotation, not a statement", () => {
    const out = statements(
      "Tin.\nChia sẻ sau trận đấu, HLV Mai Đức Chung chỉ ra điểm yếu toàn đội cần cải thiện: “Trong hiệp hai, tôi mạnh dạn đưa các cầu thủ chưa đá nhiều vào thi đấu.”",
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([["Mai Đức Chung", "DIRECT"]]);
  });
});

describe("titles of one country's body, and people named short", () => {
  it("gives 'người phát ngôn Bộ Ngoại giao Việt Nam' to her, not to China's spokesperson who spoke last", () => {
    const out = statements(
      [
        "Tin.",
        "Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng cho biết Việt Nam bác bỏ hoàn toàn mọi nội dung phát biểu.",
        "Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng cho biết vấn đề cốt lõi là lãnh thổ.",
        "“Phía Việt Nam đã nhiều lần khẳng định chủ quyền đối với hai quần đảo”, người phát ngôn Bộ Ngoại giao Việt Nam nói.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Lê Thị Thu Hằng", "Cảnh Sảng", "Lê Thị Thu Hằng"]);
  });

  it("never reads the country closing a body's name as a person's given name ('Việt Nam' is no 'Nam')", () => {
    const out = statements(
      [
        "Tin.",
        "Ông Nguyễn Hoài Nam, Phó tổng thư ký Hiệp hội Thủy sản Việt Nam nhận định tình hình xuất khẩu đang rất khó khăn.",
        "Ông Diệp Thành Kiệt, Phó chủ tịch Hiệp hội Da giày Việt Nam thừa nhận đơn hàng ít nên chảy về những nơi có chi phí thấp hơn.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Hoài Nam", "Diệp Thành Kiệt"]);
    const back = statements(
      [
        "Tin.",
        "“Tầm này năm ngoái, tôi nhận được khá nhiều nhờ vả từ các nhà thầu xây dựng.”",
        "Chia sẻ trên được Chủ tịch Hiệp hội Bất động sản Việt Nam (VNREA), nguyên Thứ trưởng Bộ Xây dựng Nguyễn Trần Nam đưa ra khi trao đổi với báo chí.",
      ].join("\n"),
    );
    expect(back.map((s) => s.speaker)).toEqual(["Nguyễn Trần Nam"]);
  });

  it("takes a short name whose words say 'anh'/'cô' for a person, whom the next 'Anh' means", () => {
    const out = statements(
      [
        "Tin.",
        "Công Phượng cho biết anh đã tập luyện rất chăm chỉ trong mùa hè vừa qua.",
        "Anh nói thêm rằng toàn đội sẽ chiến đấu hết mình trong trận tới.",
        "Hòa Phát cho biết công ty sẽ tăng sản lượng thép trong năm tới.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Công Phượng", "Công Phượng", "Hòa Phát"]);
  });

  it("gives an epithet ('thuyền trưởng người Hàn Quốc') to the untitled person who spoke last", () => {
    const out = statements(
      [
        "Tin.",
        "Ông Park Hang Seo chia sẻ: “Trước trận đấu này, các cầu thủ của tôi đã rất mệt.”",
        "Nói về người hùng của trận đấu, thuyền trưởng người Hàn Quốc khẳng định, 23 cầu thủ đều quan trọng như nhau.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Park Hang Seo", "Park Hang Seo"]);
  });
});

describe("more noun phrases, fronted topics and artists", () => {
  it("takes points, feelings and notices after a verb for no statement", () => {
    expect(
      statements(
        [
          "Tin.",
          "Tổng Bí thư Tô Lâm nhấn mạnh một số điểm trọng tâm trong số các nội dung Hội nghị đã thảo luận.",
          "Thủ tướng chỉ rõ 15 nhóm nhiệm vụ, giải pháp quan trọng với tinh thần quyết liệt.",
          "HLV Kim Sang-sik bày tỏ cảm xúc vui mừng trong buổi họp báo sau trận.",
          "Ông Park chỉ ra điểm sáng ở đội tuyển Việt Nam trong trận đấu.",
          "Bệnh viện Bạch Mai phát đi thông báo gửi đến bệnh nhân về lịch khám mới.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("attributes a quotation to 'X chia sẻ cảm xúc sau khi …' after it, and to a colon after a fronted cue", () => {
    const out = statements(
      [
        "Tin.",
        "“Tôi rất vui sau khi hoàn thành cự ly đầu tiên 5.000m nữ tại SEA Games 33”, Nguyễn Thị Oanh chia sẻ cảm xúc sau khi giành tấm HCV ở nội dung 5.000m.",
        "Sau trận, HLV Kim Sang-sik có mặt trong buổi họp báo. Ông Kim cũng cho rằng chiến thắng đến từ việc nghiên cứu kỹ đối thủ.",
        "Nói về mục tiêu ở vòng bán kết, HLV Kim thể hiện quyết tâm: “Chúng tôi muốn quay trở lại sân Rajamangala để chơi trận chung kết.”",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.kind])).toEqual([
      ["Nguyễn Thị Oanh", "DIRECT"],
      ["Kim Sang-sik", "INDIRECT"],
      ["Kim Sang-sik", "DIRECT"],
    ]);
  });

  it("reads 'NSND' as a title, so that the quotation after 'NSND Hồng Vân xúc động nói:' is hers", () => {
    const out = statements(
      [
        "Tin.",
        "Các nghệ sĩ đã cùng nhau ôn lại kỷ niệm về sân khấu kịch. NSND Hồng Vân xúc động nói:",
        "“Nhân hôm nay, tôi phải cảm ơn chương trình này. Tôi thầm mong chờ sẽ có một ngày như thế.",
        "Tôi mong khán giả đừng bỏ sân khấu, đừng bỏ nghệ sĩ chúng tôi.”",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Hồng Vân"]);
  });
});

describe("captions inside interviews, and subjects of rejected clauses", () => {
  it("skips a photo's caption and a named caption between a question and its answer", () => {
    const out = statements(
      [
        "Tin.",
        "“Năm nay xuất khẩu vẫn giữ được tốc độ tăng trưởng như năm 2017”, TS. Đỗ Văn Sinh nhận định.",
        "Kim ngạch xuất khẩu tháng 2 bất ngờ giảm mạnh. Ông có nghĩ rằng xuất khẩu đã có dấu hiệu đuối sức?",
        "Tâm lý tháng Giêng còn tồn tại ngay với lãnh đạo doanh nghiệp ảnh 1",
        "TS. Đỗ Văn Sinh, thường trực Ủy ban Kinh tế của Quốc hội.",
        "Tôi cho rằng, kim ngạch xuất khẩu tháng 2 giảm chỉ là nhất thời, khách quan do yếu tố mùa vụ.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 12)])).toEqual([
      ["Đỗ Văn Sinh", "Năm nay xuất"],
      ["Đỗ Văn Sinh", "Tôi cho rằng"],
    ]);
  });

  it("keeps the subject of a rejected noun phrase as the antecedent of the next 'Cô'", () => {
    const out = statements(
      [
        "Tin.",
        "Trưởng đoàn Nguyễn Hồng Minh cho biết đoàn sẽ tranh tài ở 47 môn tại SEA Games 33.",
        "Vận động viên Nguyễn Thị Hương chia sẻ sự quyết tâm khi môn này trở lại. Cô khẳng định bản thân và các đồng đội sẽ nỗ lực hết mình.",
        "Thượng tướng Trần Quốc Tỏ báo cáo tình hình, kết quả công tác 6 tháng đầu năm của lực lượng công an.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Hồng Minh", "Nguyễn Thị Hương"]);
  });
});

describe("batch 16 forms", () => {
  it("reads an interview's answer head marked with a star and no space, its words after ': -'", () => {
    const out = statements(
      [
        "Tin.",
        "*Phóng viên: - Ông đánh giá như thế nào về ngôi vô địch đầu tiên của Việt Nam tại giải?",
        "*HLV Nguyễn Tuấn Kiệt: - Đây là kết quả mà chúng tôi đã kỳ vọng. Tôi xin chúc mừng các cầu thủ.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 12)])).toEqual([["Nguyễn Tuấn Kiệt", "Đây là kết q"]]);
  });

  it("takes praise, a wish of someone's and feelings for noun phrases", () => {
    expect(
      statements(
        [
          "Tin.",
          "Phía Trung Quốc đánh giá rất cao sự đón tiếp nhiệt tình của Việt Nam đối với chuyến thăm.",
          "Ngoại trưởng Rex Tillerson khẳng định mong muốn của Washington trong việc hợp tác với Nga.",
          "Ngoại trưởng Algeria bày tỏ tình cảm sâu sắc với Việt Nam trong cuộc hội kiến.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("expert interviews", () => {
  it("reads a head with a long unit ('Bộ môn A và B, Đại học Y Hà Nội:') and skips a photo's line", () => {
    const out = statements(
      [
        "Tin.",
        "- Thưa ông, ông nhận xét thế nào về thói quen ăn uống của người Việt hiện nay?",
        "PGS.TS Nguyễn Quang Dũng, Bộ môn Dinh dưỡng và An toàn thực phẩm, Đại học Y Hà Nội: Việt Nam hiện đã trở thành quốc gia xuất khẩu gạo hàng đầu.",
        "PGS. TS. Nguyễn Quang Dũng chia sẻ tại Hội thảo.",
        "Tuy nhiên, ở các đô thị lớn, nhiều người tiêu thụ năng lượng vượt nhu cầu, dẫn đến thừa cân.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 12)])).toEqual([
      ["Nguyễn Quang Dũng", "Việt Nam hiệ"],
      ["Nguyễn Quang Dũng", "Tuy nhiên, ở"],
    ]);
  });

  it("takes '(Ông X, <office>)' opening the paragraph after 'Trả lời:' for the answerer", () => {
    const out = statements(
      [
        "Câu hỏi: Thưa ông, nhiều người băn khoăn về con số GDP trong quý III. Ông có thể nói gì về vấn đề này?",
        "Trả lời:",
        "(Ông Nguyễn Bích Lâm, Tổng cục trưởng TCTK) Trước hết, con số tăng trưởng là phản ánh thực tế nền kinh tế.",
        "Ngành thống kê luôn hoạt động đảm bảo tính độc lập, khách quan trong quá trình biên soạn số liệu.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 12)])).toEqual([
      ["Nguyễn Bích Lâm", "Trước hết, c"],
      ["Nguyễn Bích Lâm", "Ngành thống "],
    ]);
  });
});

describe("batch 17 forms", () => {
  it("reads 'Cục diện' as no body, 'Người ta' as nobody, and 'Theo X, <title>, thì A' as A", () => {
    const out = statements(
      [
        "Cục diện bảng B: Tiếc cho Việt Nam, Đông Á thất thế",
        "Người ta cho rằng khi dịch Covid được chặn thì giá vàng sẽ giảm mạnh trong thời gian tới.",
        "Theo bác sĩ Jesse Jacob, giáo sư của trường đại học y khoa Emory ở Atlanta thì trong năm nay số bệnh nhân bị cúm nhiều hơn năm ngoái gấp 4 lần.",
      ].join("\n"),
    );
    expect(out.map((s) => [s.speaker, s.quote.slice(0, 16)])).toEqual([["Jesse Jacob", "trong năm nay số"]]);
  });
});

describe("short forms keep their tone marks", () => {
  it("never reads 'Trấn Thành' as a short form of 'Thanh Lam'", () => {
    const out = statements(
      [
        "Tin.",
        "Tại buổi giao lưu, NSND Thanh Lam cho biết bản thân giận đạo diễn vì thời lượng xuất hiện quá ít.",
        "“Lần đầu tiên trong phim có diễn viên muốn diễn gì thì diễn, chính là chị Thanh Lam”, Trấn Thành cho biết.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Thanh Lam", "Trấn Thành"]);
  });
});

describe("bodies with a place or a verb after them, and 'nói riêng'", () => {
  it("reads the body before ', TPHCM,' and before 'vừa', and no cue in 'nói riêng … nói chung'", () => {
    const out = statements(
      [
        "Tin.",
        "VPBank vừa tiếp tục khuyến cáo khách hàng cần cảnh giác với các thủ đoạn lừa đảo mới.",
        "Công an phường Phú An, TPHCM, thông tin người đăng bài sai sự thật đã bị xử phạt 7,5 triệu đồng.",
        "Đây là thành tích của đội tuyển nói riêng và của đoàn thể thao Việt Nam nói chung trong năm nay.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["VPBank", "Công an phường Phú An"]);
  });
});

describe("an unsigned answer", () => {
  it("reads the page as usual again when no signature follows 'Trả lời:' within a few paragraphs", () => {
    const answer = Array.from(
      { length: 6 },
      (_, i) => `Đoạn trả lời thứ ${i + 1} nói về chế độ ăn uống trong quá trình điều trị.`,
    );
    const out = statements(
      [
        "Nhịn ăn khi xạ trị có giúp tiêu diệt tế bào ung thư nhanh hơn không?",
        "Trả lời:",
        ...answer,
        "Bác sĩ Nguyễn Văn An cho biết bệnh viện sẽ mở thêm phòng tư vấn dinh dưỡng từ tháng sau.",
      ].join("\n"),
    );
    expect(out.map((s) => s.speaker)).toEqual(["Nguyễn Văn An"]);
  });
});
