import { describe, expect, it } from "vitest";
import { extractCandidates } from "@/lib/ingest/extract";
import { personName, shortForms, titleClass } from "@/lib/ingest/mentions";

/** Speaker names a candidate gives (what the strict scorer reads) and its quote, per statement. */
function statements(text: string) {
  return extractCandidates(text).candidates.map((c) => ({
    speaker: c.suggestedSpeakerName ?? c.speaker.resolved?.name ?? c.speaker.text,
    quote: c.quote.text,
    kind: c.kind,
  }));
}

describe("mention grammar (no lexicon)", () => {
  it("never splits a name at a middle name that is also a family name", () => {
    expect(personName("Nguyễn Văn Nên", "Bí thư")).toBe("Nguyễn Văn Nên");
    expect(personName("Lê Huỳnh Đức", "HLV")).toBe("Lê Huỳnh Đức");
    expect(personName("Bùi Thanh Sơn", "Bộ trưởng")).toBe("Bùi Thanh Sơn");
  });

  it("drops a place before a foreign name, and takes no place or body for a person", () => {
    expect(personName("Hoa Kỳ Donald Trump", "Tổng thống")).toBe("Donald Trump");
    expect(personName("Trung Quốc Vương Nghị", "Ngoại trưởng")).toBe("Vương Nghị");
    expect(personName("Lào", "HLV Selvaraj của ĐT")).toBeNull();
    expect(personName("Trường THPT Yên Mỹ", "Phó Hiệu trưởng")).toBeNull();
  });

  it("keeps a place, then a name, apart", () => {
    expect(personName("Hà Đinh Văn Roi", "ông")).toBe("Đinh Văn Roi");
  });

  it("gives each title a role class", () => {
    expect(titleClass("Thủ tướng Phạm Minh Chính")).toBe("government");
    expect(titleClass("Tổng Bí thư Tô Lâm")).toBe("party");
    expect(titleClass("HLV Park Hang-seo")).toBe("sport");
    expect(titleClass("Đại sứ Marc Knapper")).toBe("diplomatic");
    expect(titleClass("Bác sĩ Nguyễn Tri Thức")).toBe("medical");
    expect(titleClass("Tiến sĩ Trần Du Lịch")).toBe("academic");
    expect(titleClass("Trung tướng Tô Ân Xô")).toBe("military");
    expect(titleClass("Luật sư Trần Văn A")).toBe("police-court");
    expect(titleClass("Công ty Hưng Long")).toBeNull();
  });

  it("shortens Vietnamese names to the given name, foreign ones to the first and last word", () => {
    expect(shortForms("Lưu Phương Anh")).toEqual(expect.arrayContaining(["Anh", "Phương Anh"]));
    expect(shortForms("Chung Hae-soung")).toEqual(expect.arrayContaining(["Chung", "Hae-soung"]));
  });
});

describe("constructions", () => {
  it("names the person in full when the title runs into a country (no lexicon)", () => {
    const [s] = statements(
      "Tổng thống Hoa Kỳ Donald Trump cho biết các cuộc đàm phán sẽ tiếp tục vào tuần tới.",
    );
    expect(s?.speaker).toBe("Donald Trump");
  });

  it("resolves a short form after a title to the person met earlier (GS Cường → Hoàng Văn Cường)", () => {
    const text = [
      "Diễn đàn có sự tham gia của GS, TS Hoàng Văn Cường, Ủy viên Ủy ban Kinh tế của Quốc hội.",
      "GS Cường cho rằng tăng trưởng và lạm phát giống như hai anh em sinh đôi.",
    ].join("\n");
    expect(statements(text)).toEqual([
      expect.objectContaining({ speaker: "Hoàng Văn Cường", quote: expect.stringMatching(/^tăng trưởng/) }),
    ]);
  });

  it("takes a title after a comma as the appositive of the name before it, and a later bare title as that person", () => {
    const text = [
      "Bà Lưu Phương Anh, Phó Hiệu trưởng Trường THPT Yên Mỹ khẳng định không hề có chuyện xếp hạng phụ huynh như vậy.",
      "Phó Hiệu trưởng Trường THPT Yên Mỹ thông tin thêm, nhà trường chỉ phát thư ngỏ kêu gọi cựu học sinh ủng hộ.",
    ].join("\n");
    const got = statements(text);
    expect(got).toHaveLength(2);
    for (const s of got) expect(s.speaker).toBe("Lưu Phương Anh");
  });

  it("resolves a bare academic title to the person who holds it ('Tiến sĩ nhận định')", () => {
    const text = [
      "Theo Tiến sĩ Trần Du Lịch (Ủy viên Ủy ban Kinh tế của Quốc hội), kinh tế vẫn tăng trưởng so với trước đó.",
      '"Như vậy, nhận định giảm phát là chưa xác đáng, dù ở bất cứ nền kinh tế nào", Tiến sĩ nhận định.',
    ].join("\n");
    const got = statements(text);
    expect(got.at(-1)).toMatchObject({ speaker: "Trần Du Lịch", kind: "DIRECT" });
  });

  it("does not take a noun-phrase object for a statement ('trình bày một kế hoạch', 'yêu cầu những nhượng bộ')", () => {
    expect(
      statements(
        "Vào tháng 11, Bộ Ngoại giao Mỹ đã trình bày một kế hoạch hòa bình mới nhằm chấm dứt xung đột.",
      ),
    ).toEqual([]);
    expect(
      statements("Trong khi đó, Điện Kremlin vẫn yêu cầu những nhượng bộ lãnh thổ lớn từ phía Ukraine."),
    ).toEqual([]);
  });

  it("ignores an empty quotation", () => {
    expect(statements("Ông Vladimir Putin cho biết: “” ")).toEqual([]);
  });
});

describe("direct quotes around their attribution", () => {
  it("reads “…” – X phát biểu …, the attribution running on after the dash", () => {
    const got = statements(
      "“Đó là khát vọng của cả dân tộc, là lời thề danh dự trước lịch sử” – Tổng Bí thư Tô Lâm phát biểu tại lễ kỷ niệm 80 năm Quốc khánh, ngày 2/9/2025.",
    );
    expect(got).toEqual([
      expect.objectContaining({
        speaker: "Tô Lâm",
        kind: "DIRECT",
        quote: expect.stringMatching(/^Đó là khát vọng/),
      }),
    ]);
  });

  it('gives a quotation resumed after its attribution ("A", X nói. "B".) to the same speaker', () => {
    const got = statements(
      '"Tôi ít nói về phòng thay đồ nhưng sau hiệp một tôi phải la hét họ", HLV Chung Hae-soung chia sẻ. "Trong giờ giải lao, tôi đã hỏi họ tại sao lại phải sợ".',
    );
    expect(got.map((s) => s.speaker)).toEqual(["Chung Hae-soung", "Chung Hae-soung"]);
    expect(got[1]!.quote).toMatch(/^Trong giờ giải lao/);
  });

  it("does not give a resumed quotation away when it has an attribution of its own", () => {
    const got = statements(
      '"Chúng tôi sẽ thắng trận tới trên sân nhà", HLV Chung Hae-soung nói. "Đội bạn rất mạnh và có nhiều kinh nghiệm", HLV Park Hang-seo đáp lời.',
    );
    expect(got[0]?.speaker).toBe("Chung Hae-soung");
    expect(got.filter((s) => s.quote.startsWith("Đội bạn")).map((s) => s.speaker)).not.toContain(
      "Chung Hae-soung",
    );
  });
});

describe("indirect speech", () => {
  it("reads 'bà Hằng cho biết A và tái khẳng định B' as two statements of one person named by her given name", () => {
    const got = statements(
      "Liên quan đến thông tin trên, bà Hằng cho biết sẽ trao đổi cụ thể với cơ quan chức năng về nội dung này và tái khẳng định việc duy trì hòa bình ở Biển Đông là lợi ích của tất cả các quốc gia.",
    );
    expect(got.map((s) => s.speaker)).toEqual(["Hằng", "Hằng"]);
    expect(got[0]!.quote).toBe("sẽ trao đổi cụ thể với cơ quan chức năng về nội dung này");
    expect(got[1]!.quote).toMatch(/^việc duy trì hòa bình/);
  });
});

describe("quotations over several paragraphs", () => {
  it("runs a quotation left open over the next paragraph to its closing mark", () => {
    const text = [
      'Sau trận đấu, HLV Lê Huỳnh Đức chia sẻ: "Đội đã giành được chiến thắng nên tôi cảm thấy hài lòng.',
      'Về việc Tiến Linh bỏ lỡ cơ hội, tôi nghĩ bóng đá là như thế. Chúng tôi vẫn còn nhiều việc phải làm".',
      "HLV Lê Huỳnh Đức bảo vệ chân sút Tiến Linh. ẢNH: ĐỒNG NGUYÊN KHANG",
    ].join("\n\n");
    const got = statements(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ speaker: "Lê Huỳnh Đức", kind: "DIRECT" });
    expect(got[0]!.quote).toMatch(/^Đội đã giành.*nhiều việc phải làm$/su);
  });

  it("breaks it at a photo caption: one statement per unbroken stretch", () => {
    const text = [
      "Trao đổi với PLO, ông Đinh Phú Cường nói: “Vừa công khai số điện thoại tôi đã nhận được tin nhắn từ phụ huynh.",
      "Thông báo của ông Đinh Phú Cường, Hiệu trưởng Trường THCS Nguyễn Văn Luông. Ảnh: CHỤP MÀN HÌNH",
      "Hàng năm, ngay khi bắt đầu năm học tôi đều tái ký văn bản công khai số điện thoại”.",
    ].join("\n\n");
    const got = statements(text);
    expect(got.map((s) => s.speaker)).toEqual(["Đinh Phú Cường", "Đinh Phú Cường"]);
    expect(got[1]!.quote).toBe(
      "Hàng năm, ngay khi bắt đầu năm học tôi đều tái ký văn bản công khai số điện thoại",
    );
  });
});

describe("organisations, documents and groups as speakers", () => {
  it("resolves 'theo Bộ này' to the ministry that spoke before", () => {
    const text = [
      "Theo Bộ Y tế, dịch bệnh trên thế giới đang diễn biến rất phức tạp.",
      "Thứ 4, theo Bộ này, khi cần thiết người dân cần liên hệ với đường dây nóng để được tư vấn.",
    ].join("\n");
    const got = extractCandidates(text).candidates;
    expect(got).toHaveLength(2);
    expect(got[1]!.speaker.text).toBe("Bộ này");
    expect(got[1]!.speakerEntity).toBe("Bộ Y tế");
  });

  it("takes no enumeration ('Thứ 3') and no document name ('Khuyến cáo 5K:') for a speaker", () => {
    expect(
      statements(
        'Thứ 3, thực hiện tốt Khuyến cáo 5K: "Khẩu trang - Khử khuẩn - Khoảng cách - Không tụ tập".',
      ),
    ).toEqual([]);
  });

  it("lets a document speak for the person last named ('Thông báo nêu rõ')", () => {
    const text = [
      "Ông Đinh Phú Cường, Hiệu trưởng Trường THCS Nguyễn Văn Luông, vừa gửi thư tới phụ huynh.",
      "Thông báo nêu rõ, ông Cường sẽ bảo mật thông tin người gọi tới cũng như các thông tin được phản ánh.",
    ].join("\n");
    expect(statements(text).map((s) => s.speaker)).toEqual(["Đinh Phú Cường"]);
  });

  it("takes an identified group as the speaker ('Một phụ huynh khác cho rằng')", () => {
    const got = statements(
      "Một phụ huynh khác cho rằng nhà trường cần công khai các khoản thu từ đầu năm học.",
    );
    expect(got).toEqual([expect.objectContaining({ speaker: "Một phụ huynh khác" })]);
  });
});

describe("headlines, interview answers and outlets", () => {
  it("reads a headline or answer '<title> <Name>: …' as the named person's words", () => {
    const got = statements(
      "Thủ tướng Phạm Minh Chính: Càng áp lực thì càng phải nỗ lực hơn nữa\nBài viết tiếp theo.",
    );
    expect(got).toEqual([
      expect.objectContaining({
        speaker: "Phạm Minh Chính",
        kind: "DIRECT",
        quote: "Càng áp lực thì càng phải nỗ lực hơn nữa",
      }),
    ]);
  });

  it("takes no untitled label before a colon for a speaker ('Khu vực cách ly: …')", () => {
    expect(statements("Khu vực cách ly: bệnh nhân được theo dõi suốt 24 giờ mỗi ngày")).toEqual([]);
  });

  it("gives 'Theo báo X, bác sĩ Y cho biết …' to Y, not to the outlet", () => {
    const got = statements(
      "Theo báo Người Lao Động, bác sĩ Nguyễn Tri Thức cho biết sức khỏe của hai bệnh nhân đã ổn định.",
    );
    expect(got).toEqual([expect.objectContaining({ speaker: "Nguyễn Tri Thức" })]);
  });
});

describe("venues", () => {
  it("takes 'trong cuộc phỏng vấn với Fox News' for the venue, never the speaker", () => {
    const { candidates } = extractCandidates(
      "Trong cuộc phỏng vấn với Fox News, Tổng thống Hoa Kỳ Donald Trump nói rằng các cuộc đàm phán đang tiến triển tốt.",
    );
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.suggestedSpeakerName).toBe("Donald Trump");
    expect(candidates[0]!.venue).toBe("phỏng vấn với Fox News");
  });
});
