import { describe, expect, it } from "vitest";
import { extractDeadline } from "@/lib/deadlines/extract";

/**
 * Due dates read from statements, relative to the day they were made. SAID is a Wednesday
 * (2026-03-11), so "this week" ends on Sunday 2026-03-15 and "next week" on 2026-03-22.
 */
const SAID = "2026-03-11";

const FORWARD: [string, string, string][] = [
  // [quote, expected due day, expected phrase as written]
  ["Chúng tôi sẽ hoàn thành trong 100 ngày.", "2026-06-19", "trong 100 ngày"],
  ["Dự án xong trong vòng 3 tháng tới.", "2026-06-11", "trong vòng 3 tháng tới"],
  ["Tôi cam kết giải quyết dứt điểm trước cuối tuần.", "2026-03-15", "trước cuối tuần"],
  ["Bộ sẽ trình đề án trong tuần tới.", "2026-03-22", "trong tuần tới"],
  ["Kết quả sẽ có vào tuần sau.", "2026-03-22", "vào tuần sau"],
  ["Đến năm 2030, 100% xe buýt dùng điện.", "2030-12-31", "Đến năm 2030"],
  ["Trước ngày 31/12, toàn bộ hồ sơ phải được số hoá.", "2026-12-31", "Trước ngày 31/12"],
  ["Giá xăng sẽ giảm vào tháng tới.", "2026-04-30", "vào tháng tới"],
  ["Cao tốc sẽ thông xe cuối năm nay.", "2026-12-31", "cuối năm nay"],
  ["Lạm phát sẽ dưới 4% trong năm nay.", "2026-12-31", "trong năm nay"],
  ["Sang năm lương cơ sở sẽ tăng.", "2027-12-31", "Sang năm"],
  ["Năm tới chúng tôi sẽ xây thêm 10 trường.", "2027-12-31", "Năm tới"],
  ["Chậm nhất 6 tháng nữa sẽ có quy hoạch.", "2026-09-11", "Chậm nhất 6 tháng nữa"],
  ["Sau 2 năm, thành phố sẽ hết ngập.", "2028-03-11", "Sau 2 năm"],
  ["Hai năm sau, mọi xã sẽ có đường nhựa.", "2028-03-11", "Hai năm sau"],
  ["Đường sẽ thông trước ngày 30/4/2027.", "2027-04-30", "trước ngày 30/4/2027"],
  ["Hạn chót là ngày 15 tháng 9 năm 2026.", "2026-09-15", "Hạn chót là ngày 15 tháng 9 năm 2026"],
  ["Sẽ khởi công vào ngày 1/7 tới.", "2026-07-01", "vào ngày 1/7"],
  ["Chúng tôi sẽ làm xong trước tháng 10.", "2026-09-30", "trước tháng 10"],
  ["Cầu sẽ hợp long vào tháng 9.", "2026-09-30", "vào tháng 9"],
  ["Đến cuối tháng 6/2027 sẽ bàn giao.", "2027-06-30", "Đến cuối tháng 6/2027"],
  ["Sân bay sẽ khai thác trong quý 3.", "2026-09-30", "trong quý 3"],
  ["Đề án hoàn thành trong quý III năm 2027.", "2027-09-30", "hoàn thành trong quý III năm 2027"],
  ["Từ nay đến hết năm, giá điện không tăng.", "2026-12-31", "đến hết năm"],
  ["Cuối tháng này sẽ có kết luận thanh tra.", "2026-03-31", "Cuối tháng này"],
  ["Trước năm 2030 sẽ xoá nhà tạm.", "2029-12-31", "Trước năm 2030"],
  ["Tới 2028, GDP đầu người đạt 7.500 USD.", "2028-12-31", "Tới 2028"],
  ["Ngày mai Bộ sẽ công bố.", "2026-03-12", "Ngày mai"],
  ["Nửa đầu năm nay sẽ giải ngân 50% vốn.", "2026-06-30", "Nửa đầu năm nay"],
  ["Trong sáu tháng tới, sẽ đấu giá 5 khu đất.", "2026-09-11", "Trong sáu tháng tới"],
  // Without diacritics, the same dates (the folded copy is what rules read).
  ["chung toi se hoan thanh trong 100 ngay", "2026-06-19", "trong 100 ngay"],
  ["den nam 2030 se co metro", "2030-12-31", "den nam 2030"],
  ["truoc cuoi tuan nay se tra loi", "2026-03-15", "truoc cuoi tuan nay"],
  // Several: the earliest is the first moment to check.
  ["Trong năm nay khởi công, đến năm 2030 hoàn thành.", "2026-12-31", "Trong năm nay"],
  // English renderings (a translation).
  ["We will finish within 100 days.", "2026-06-19", "within 100 days"],
  ["Every bus will be electric by 2030.", "2030-12-31", "by 2030"],
  ["Prices will fall next month.", "2026-04-30", "next month"],
];

const NONE: string[] = [
  "Từ năm 2020, giá điện đã tăng ba lần.",
  "Trong 100 ngày qua, thành phố đã xử lý 500 vụ.",
  "Tuần trước, Bộ đã họp về việc này.",
  "Trong tuần qua, giá vàng tăng mạnh.",
  "Tháng trước doanh thu giảm 5%.",
  "Năm ngoái chúng tôi đã làm được.",
  "Cuối năm ngoái dự án đã dừng.",
  "Năm 2019 chúng tôi đã cảnh báo.",
  "Vào năm 2020, đại dịch bùng phát.",
  "Đến năm 2020 thì dừng.",
  "Nhiệm kỳ 5 năm là quá ngắn.",
  "Năm nay là năm khó khăn.",
  "Vào ngày 20/2, chúng tôi đã ký hợp đồng.",
  "Vào tháng 1, ông ấy đã từ chức.",
  "Trong thời gian sắp tới sẽ có giải pháp.",
  "100 ngày trước, ông hứa sẽ làm.",
  "Ba tháng qua là giai đoạn khó.",
  "Ngay lập tức phải dừng.",
  "Over the past 100 days we built 10 schools.",
  "Since 2020, prices rose.",
  // From the demo newsroom's articles: a past length of time, and the end of a past range.
  "Trong 3 ngày làm việc tại Miami, phái đoàn Ukraine đã tiến hành một loạt cuộc họp.",
  "Các cuộc họp diễn ra từ ngày 9/3 đến 10/3.",
  "Cuộc họp kết thúc đến 5/3 mà chưa có kết quả.",
  "Các quan chức Mỹ cũng đàm phán với phái đoàn Nga trong 3 ngày liên tiếp.",
];

describe("extractDeadline", () => {
  it.each(FORWARD)("%s → %s", (quote, due, phrase) => {
    const found = extractDeadline(quote, SAID);
    expect(found?.dueOn).toBe(due);
    expect(found?.phrase).toBe(phrase);
    expect(quote.slice(found!.start, found!.end)).toBe(phrase);
  });

  it.each(NONE)("no due date: %s", (quote) => {
    expect(extractDeadline(quote, SAID)).toBeNull();
  });

  it("reads a starting point with a period as the period's end (the policy must be in force by then)", () => {
    expect(extractDeadline("Từ tháng tới chúng tôi ngừng trợ giá.", SAID)?.dueOn).toBe("2026-04-30");
  });

  it("proposes nothing without the statement's date, and counts from that date", () => {
    expect(extractDeadline("trong 100 ngày", null)).toBeNull();
    expect(extractDeadline("trong 100 ngày", "2025-01-01")?.dueOn).toBe("2025-04-11");
    // A day without a year, long past when said, is next year's ("trước 31/1" said in June); a
    // day a few weeks back is a past reference.
    expect(extractDeadline("trước ngày 31/1 sẽ xong", "2026-06-20")?.dueOn).toBe("2027-01-31");
    expect(extractDeadline("trước ngày 31/1 sẽ xong", SAID)).toBeNull();
  });

  it("keeps offsets exact in decomposed (NFD) input by reading its NFC form", () => {
    const nfd = "Sẽ xong trước cuối tuần.".normalize("NFD");
    const found = extractDeadline(nfd, SAID);
    expect(found?.phrase).toBe("trước cuối tuần".normalize("NFC"));
  });

  it("rejects impossible days", () => {
    expect(extractDeadline("trước ngày 31/2 sẽ xong", SAID)).toBeNull();
  });
});

/** Accuracy over every phrase above: the figure the report gives. */
describe("extraction accuracy", () => {
  it("reads every forward phrase and proposes nothing for the past ones", () => {
    const right =
      FORWARD.filter(([q, due]) => extractDeadline(q, SAID)?.dueOn === due).length +
      NONE.filter((q) => extractDeadline(q, SAID) === null).length;
    expect(right).toBe(FORWARD.length + NONE.length);
  });
});
