/**
 * Mention grammar for people in Vietnamese news, independent of any speaker lexicon: where a
 * person's name starts and ends in a run of capitalised words, which words are titles (and what
 * kind of office they name), and which capitalised words are places, teams or bodies that are
 * never a person.
 */

import { foldText } from "../text/normalize";

/** Vietnamese family names (single syllable). "Văn" is one too, but far more often a middle name. */
export const VN_SURNAMES = new Set(
  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Lò Trịnh Mai Tô Lưu Hà Cao Lâm Chu Tạ Kiều Đoàn Vương Trương Quách Thái Lương Triệu Văn Tăng Hứa Mạc Khúc Lại Giang Âu Thân Tống Châu Đàm Nông Sầm Doãn Hầu Lục Mẫn Ninh Phí Phùng Quan Tiêu Từ Ông Bạch Cù Diệp Đồng Khổng Kim La Lã Lạc Lỗ Mã Nghiêm Nhan Ôn Thạch Thiều Trình Ứng Viên Vi Hàn Bế Đậu Khương Bành Cấn Chế Lữ Tôn Thi Ma Hà Uông Tập Lưu Vương Hồng Mạnh Thôi Thẩm".split(
    " ",
  ),
);

/** Two-syllable family names: the name starts at their first syllable. */
export const COMPOUND_SURNAMES = [
  "Tôn Nữ",
  "Tôn Thất",
  "Công Tôn",
  "Âu Dương",
  "Hoàng Phủ",
  "Nguyễn Phúc",
  "Nguyễn Phước",
  "Đặng Trần",
  "Lê Phạm",
  "Trương Đình",
];

/**
 * Middle names that are also family names ("Lê Huỳnh Đức", "Nguyễn Văn Nên", "Bùi Thanh Sơn"):
 * after a family name they continue the name; they never start a second one.
 */
export const MIDDLE_NAMES = new Set(
  "Văn Thị Hữu Đức Huỳnh Công Quang Minh Thanh Ngọc Đình Xuân Kim Bá Duy Trọng Tiến Hồng Gia Quốc Thế Mạnh Phú Anh Như Thu Mai Khánh Hoài Bảo Chí Cao Lê Trung Vĩnh Đăng Tuấn Phương Diệu Hải Nhật Thành Tấn Sỹ Sĩ Viết Khắc Trí Hoàng Đắc Doãn Phúc Phước Lương Hà Vân Tố Lan Hương".split(
    " ",
  ),
);

/** The provinces (as named before the 2025 mergers, which news still uses) and the main cities. */
const VN_PROVINCES_AND_CITIES = (
  "An Giang|Bà Rịa - Vũng Tàu|Bà Rịa – Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|" +
  "Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|" +
  "Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hoà Bình|Hưng Yên|Khánh Hòa|Khánh Hoà|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|" +
  "Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|" +
  "Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thanh Hoá|Thừa Thiên Huế|" +
  "Thừa Thiên - Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Nha Trang|Huế|Vũng Tàu|Đà Lạt|" +
  "Buôn Ma Thuột|Quy Nhơn|Hạ Long|Biên Hòa|Thủ Đức|Sài Gòn|Phan Thiết|Cam Ranh|Hội An|Sa Pa|Phú Quốc|Móng Cái|" +
  "Uông Bí|Cẩm Phả|Pleiku|Rạch Giá|Long Xuyên|Mỹ Tho|Tuy Hòa|Tam Kỳ|Đông Hà|Đồng Hới|Sầm Sơn|Cửa Lò|Tân An|" +
  "Bảo Lộc|Châu Đốc|Hà Tiên|Sóc Sơn|Gia Lâm|Đông Anh|Hoàn Kiếm|Ba Đình|Đống Đa|Cầu Giấy|Thanh Xuân|Hai Bà Trưng"
).split("|");

/** Countries and places written before a foreign leader's name ("Tổng thống Hoa Kỳ Donald Trump"). */
export const PLACES = [
  "Hoa Kỳ",
  "Mỹ",
  "Nga",
  "Liên bang Nga",
  "Trung Quốc",
  "Ukraine",
  "Hàn Quốc",
  "Triều Tiên",
  "Nhật Bản",
  "Nhật",
  "Pháp",
  "Đức",
  "Anh",
  "Ý",
  "Italy",
  "Canada",
  "Australia",
  "Úc",
  "Ấn Độ",
  "Indonesia",
  "Malaysia",
  "Singapore",
  "Thái Lan",
  "Lào",
  "Campuchia",
  "Philippines",
  "Myanmar",
  "Brunei",
  "Đông Timor",
  "Việt Nam",
  "Iran",
  "Israel",
  "Palestine",
  "Thổ Nhĩ Kỳ",
  "Brazil",
  "Argentina",
  "Mexico",
  "Cuba",
  "Ba Lan",
  "Hungary",
  "Séc",
  "Tây Ban Nha",
  "Bồ Đào Nha",
  "Hà Lan",
  "Bỉ",
  "Thụy Sĩ",
  "Thụy Điển",
  "Na Uy",
  "Phần Lan",
  "Đan Mạch",
  "EU",
  "ASEAN",
  "Liên hợp quốc",
  "Liên Hiệp Quốc",
  "Liên Hiệp Quốc (LHQ)",
  "LHQ",
  "Liên minh châu Âu",
  "NATO",
  "Hà Nội",
  "TP.HCM",
  "TP HCM",
  "TPHCM",
  "TP Hồ Chí Minh",
  "Đà Nẵng",
  "Hải Phòng",
  "Cần Thơ",
  // Vietnamese provinces and cities (a run naming one is a place, never a person).
  ...VN_PROVINCES_AND_CITIES,
  // Regions and oceans ("chuyên gia kinh tế trưởng khu vực Đông Á và Thái Bình Dương": "Thái"
  // is a family name, "Bình Dương" a province; the run is the ocean).
  "Thái Bình Dương",
  "Đại Tây Dương",
  "Ấn Độ Dương",
  "Bắc Băng Dương",
  "Đông Á",
  "Đông Nam Á",
  "Nam Á",
  "Trung Á",
  "Trung Đông",
  "Bắc Phi",
  "Mỹ Latinh",
  // Seats of government, named for the government ("phát ngôn viên Điện Kremlin Dmitry Peskov").
  "Điện Kremlin",
  "Kremlin",
  "Nhà Trắng",
  "Lầu Năm Góc",
  "Phố Downing",
];
/**
 * Runs after a title that name no person: a ministry of two capitalised words ("Bộ trưởng Công
 * Thương"), a nationality ("Doanh nhân Việt").
 */
const NOT_NAMES = new Set(["cong thuong", "viet"]);
const PLACE_FOLDED = new Set(PLACES.map((p) => foldText(p)));
/** Is `name` a country, province or city of the gazetteer? */
/** The country or place closing a folded phrase ("bo ngoai giao viet nam" → "viet nam"), if any. */
export function placeAtEnd(folded: string): string | null {
  const w = folded.trim().split(/\s+/);
  for (const k of [3, 2, 1]) {
    if (w.length < k) continue;
    const tail = w.slice(-k).join(" ");
    if (PLACE_FOLDED.has(tail)) return tail;
  }
  return null;
}

export function isPlace(name: string): boolean {
  return PLACE_FOLDED.has(foldText(name));
}

/**
 * Words that open the name of a body or a team ("Sở Y tế", "ĐT Lào", "CLB Hà Nội"): a
 * capitalised run after them belongs to it, not to a person.
 */
export const ORG_HEADS =
  /(?:^|\s)(?:Viện|Sở|Bộ|Ban|Công ty|Ngân hàng|Tổng cục|Cục|UBND|HĐND|Trường|Đại học|Hội|Quỹ|Tập đoàn|Tổng công ty|Ủy ban|Uỷ ban|Trung tâm|Văn phòng|Liên đoàn|Hiệp hội|Câu lạc bộ|CLB|ĐT|Đội tuyển|Bệnh viện|Sở|Phòng|Chi cục|Tòa án|Toà án|Viện kiểm sát|Công an|Quân khu|Báo|Đài|Tỉnh ủy|Thành ủy|Đảng ủy|Huyện ủy|Quận ủy|Thị ủy|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Quốc hội|Chính phủ|Mặt trận)(?:\s|$)/u;

/**
 * A capitalised syllable and the word after it that make an office or field, not a given name
 * ("Vụ trưởng Tổ chức cán bộ", "Chủ nhiệm Văn phòng …", "Bộ trưởng Ngoại giao"), folded.
 */
export const OFFICE_COMPOUND = new Set(
  [
    "Tổ chức",
    // ("Tổng Lãnh sự Vương quốc Campuchia": the kingdom, no person "Vương"; "Chủ tịch nước Cộng hòa
    // Cuba", "Giám đốc Thương mại Công ty …".)
    "Vương quốc",
    "Cộng hòa",
    "Cộng hoà",
    "Thương mại",
    "Thứ nhất",
    "Quân giải",
    "Quân đội",
    "Văn phòng",
    "Ngoại giao",
    "Quốc hội",
    "Quốc phòng",
    "Tài chính",
    "Kế hoạch",
    "Nội vụ",
    "Tư pháp",
    "Công thương",
    "Giáo dục",
    "Y tế",
    "Xây dựng",
    "Công an",
    "Thông tin",
    "Truyền thông",
    "Khoa học",
    "Công nghệ",
    "Lao động",
    "Văn hóa",
    "Văn hoá",
    "Thể thao",
    "Du lịch",
    "Nông nghiệp",
    "Tài nguyên",
    "Môi trường",
    "Giao thông",
    "Vận tải",
    "Kinh tế",
    "Pháp chế",
    "Thanh tra",
    "Tuyên giáo",
    "Dân vận",
    "Kiểm tra",
    "Chính sách",
    "Đối ngoại",
    "Hợp tác",
    "Quản lý",
    "Dân tộc",
    "Tôn giáo",
    "Thường trực",
    "Trung tâm",
    "Trung ương",
    "Điều hành",
    "Kinh doanh",
    "Đào tạo",
    "Kỹ thuật",
    "Bệnh viện",
    "Nhân sự",
    // Departments and fields of ministries and agencies ("Phó vụ trưởng Tài khoản quốc gia").
    "Tài khoản",
    "Thống kê",
    "Tổng hợp",
    "Pháp luật",
    "Hành chính",
    "Kế toán",
    "Tiền tệ",
    "Tín dụng",
    "Đầu tư",
    "Ngân sách",
    "Hải quan",
    "Phát triển",
    "Dự báo",
    "Thị trường",
    "Bảo hiểm",
    "Thi đua",
    "Cán bộ",
    "Quy hoạch",
    "Đô thị",
    "Năng lượng",
    "Điện lực",
    "Viễn thông",
    "Báo chí",
    "Xuất bản",
    "Phát thanh",
    "Truyền hình",
    "Chứng khoán",
    "Kiểm toán",
    "Lãnh sự",
    "Lễ tân",
    "Biên giới",
    "Hàng hải",
    "Hàng không",
    "Đường sắt",
    "Đường bộ",
    "Thủy lợi",
    "Lâm nghiệp",
    "Thủy sản",
    "Chăn nuôi",
    "Trồng trọt",
    "Thú y",
    "Khám chữa",
    "Dự phòng",
    "Dân số",
    "Việc làm",
    "Tiền lương",
    "An ninh",
    "An toàn",
    "Tham mưu",
    "Hậu cần",
    "Chính trị",
    // Hospital departments ("Trưởng khoa Cấp cứu", "Phó khoa Hồi sức").
    "Cấp cứu",
    "Hồi sức",
    "Truyền nhiễm",
    "Chấn thương",
    "Chỉnh hình",
    "Tim mạch",
    "Ung bướu",
    "Huyết học",
    "Thần kinh",
    "Tiêu hóa",
    "Tiêu hoá",
    "Hô hấp",
    "Dinh dưỡng",
    "Da liễu",
    "Tai mũi",
    "Răng hàm",
    "Khám bệnh",
    "Xét nghiệm",
    "Gây mê",
    "Điều dưỡng",
    "Kiểm soát",
    "Sơ sinh",
    "Phụ sản",
  ].map((w) => foldText(w)),
);

export type RoleClass =
  | "government"
  | "party"
  | "military"
  | "diplomatic"
  | "medical"
  | "academic"
  | "sport"
  | "business"
  | "police-court"
  | "address";

/** Titles by the kind of office they name; longest first inside each alternation. */
export const TITLE_CLASSES: Record<RoleClass, string[]> = {
  government: [
    "Phó Tổng thống",
    "Tổng thống",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Phó Chủ tịch nước",
    "Chủ tịch nước",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Bộ trưởng",
    "Thứ trưởng",
    "Thống đốc",
    "Phó Thống đốc",
    "Tổng cục trưởng",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Giám đốc Sở",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Đại biểu",
    "ĐBQH",
    "ĐB",
    "Người phát ngôn",
    "Phó phát ngôn",
    "Phát ngôn viên",
    "Phó Phát ngôn viên",
    "Tổng Thư ký",
    "Chánh văn phòng",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Trợ lý",
    "Cố vấn",
    "Thư ký",
    "Tổng thư ký",
    "Đặc phái viên",
    "Trưởng đoàn",
    "Ủy viên",
    "Uỷ viên",
  ],
  party: ["Tổng Bí thư", "Phó Bí thư", "Bí thư", "Thường trực Ban Bí thư"],
  military: ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá"],
  diplomatic: ["Ngoại trưởng", "Đại sứ", "Tổng Lãnh sự", "Lãnh sự"],
  // (Both spellings of "sĩ": "bác sỹ", "tiến sỹ" are as common in the press.)
  medical: [
    "Bác sĩ",
    "Bác sỹ",
    "BS.",
    "BS",
    "ThS.BS",
    "TS.BS",
    "PGS.TS.BS",
    // Specialist grades ("BSCKII. Nguyễn Tiến Dũng", "BS.CKI Nguyễn Huy Lộc").
    "BSCKI",
    "BSCKII",
    "BSCKI.",
    "BSCKII.",
    "BSCK1",
    "BSCK2",
    "BS.CKI",
    "BS.CKII",
    "BS CKI",
    "BS CKII",
    "ThS.BS.CKII",
    "BSNT",
    "Điều dưỡng",
    "Dược sĩ",
    "Dược sỹ",
  ],
  academic: [
    // Honorary titles of artists ("NSND Hồng Vân").
    "NSND",
    "NSƯT",
    "Nghệ sĩ nhân dân",
    "Nghệ sĩ ưu tú",
    "Giáo sư",
    "Phó Giáo sư",
    "PGS.TS",
    "PGS",
    "GS.TS",
    "GS",
    "Tiến sĩ",
    "Tiến sỹ",
    "TS.",
    "TS",
    "Thạc sĩ",
    "Thạc sỹ",
    "ThS",
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Trưởng khoa",
    "Phó Trưởng khoa",
    "Phó Viện trưởng",
    "Hội trưởng",
    "Phó Hội trưởng",
    "Chi hội trưởng",
    "Giảng viên",
    "Giáo viên",
    "Cô giáo",
    "Thầy giáo",
    "Chuyên gia",
    "Nhà nghiên cứu",
    "Nhà báo",
    "Nhà văn",
  ],
  sport: [
    "Huấn luyện viên trưởng",
    "Huấn luyện viên",
    "HLV trưởng",
    "HLV",
    "Trợ lý HLV",
    "Đội trưởng",
    "Thủ môn",
    "Tiền đạo",
    "Tiền vệ",
    "Hậu vệ",
    "Cầu thủ",
    "Chủ tịch CLB",
    "Trọng tài",
    "VĐV",
    "Vận động viên",
    "Tuyển thủ",
    "Võ sĩ",
    "Xạ thủ",
    "Kỳ thủ",
  ],
  business: [
    "Tổng giám đốc",
    "Phó Tổng giám đốc",
    "Giám đốc",
    "Phó Giám đốc",
    "Chủ tịch HĐQT",
    "CEO",
    "Nhà sáng lập",
    "Doanh nhân",
  ],
  "police-court": [
    "Phó Trưởng Công an",
    "Trưởng Công an",
    "Phó Giám đốc Công an",
    "Giám đốc Công an",
    "Phó Đội trưởng",
    "Đội trưởng",
    "Luật sư",
    "Thẩm phán",
    "Kiểm sát viên",
    "Điều tra viên",
    "Chánh án",
    "Viện trưởng",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu tá",
    "Bị cáo",
    "Bị can",
  ],
  address: ["ông", "bà", "anh", "chị", "cô", "thầy", "em", "cháu", "cụ"],
};

/** Every title, longest first (so "Phó Thủ tướng" wins over "Thủ tướng"). */
export const ALL_TITLES = [...new Set(Object.values(TITLE_CLASSES).flat())].sort(
  (a, b) => b.length - a.length,
);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
export const TITLE_ALT_ALL = ALL_TITLES.map(escapeRe).join("|");
// "Cựu Hội trưởng", "Nguyên Bộ trưởng", "Quyền Bộ trưởng": a former or acting holder of a title.
const TITLE_START = new RegExp(`^(?:(?:cựu|nguyên|quyền)\\s+)?(?:${TITLE_ALT_ALL})(?![\\p{L}])`, "iu");

/** Folded title → its class (the first class listing it), built once. */
const CLASS_OF_TITLE = new Map<string, RoleClass>();
for (const [cls, titles] of Object.entries(TITLE_CLASSES) as [RoleClass, string[]][])
  for (const t of titles) {
    const key = foldText(t).replace(/\s+/g, " ");
    if (!CLASS_OF_TITLE.has(key)) CLASS_OF_TITLE.set(key, cls);
  }

/** The class of the first title that opens `phrase`, or null. */
export function titleClass(phrase: string): RoleClass | null {
  const m = TITLE_START.exec(phrase.trim());
  if (!m) return null;
  const folded = foldText(m[0])
    .replace(/\s+/g, " ")
    .replace(/^(?:cuu|nguyen|quyen) /, "");
  return CLASS_OF_TITLE.get(folded) ?? null;
}

/** Does `phrase` open with a title (not a mere "ông"/"bà")? */
export function startsWithTitle(phrase: string): boolean {
  const c = titleClass(phrase);
  return c !== null && c !== "address";
}

/** The head of a title phrase, for matching a later bare title ("Phó Hiệu trưởng Trường …" → "pho hieu truong"). */
export function titleHead(phrase: string): string | null {
  const m = TITLE_START.exec(phrase.trim());
  if (!m) return null;
  const head = foldText(m[0])
    .replace(/\s+/g, " ")
    .replace(/^(?:cuu|nguyen|quyen) /, "");
  return HEAD_ABBREVIATIONS[head.replace(/\.$/, "")] ?? head;
}

/**
 * The body or country a title phrase names after its head, folded ("Người phát ngôn Quân giải phóng
 * nhân dân Trung Quốc (PLA)" → "quan giai phong nhan dan trung quoc"), or null when the words after
 * the head are no proper name ("Bộ trưởng", "Thủ tướng cho biết").
 */
export function titleQualifier(phrase: string): string | null {
  const m = TITLE_START.exec(phrase.trim());
  if (!m) return null;
  const rest = phrase
    .trim()
    .slice(m[0].length)
    .replace(/\([^()]*\)/gu, " ")
    .trim();
  if (!/^\p{Lu}/u.test(rest)) return null;
  return foldText(rest).replace(/\s+/g, " ").trim() || null;
}

/** Abbreviated titles, as the head of the title they stand for ("ĐB Cầu" is "đại biểu Cầu"). */
const HEAD_ABBREVIATIONS: Record<string, string> = {
  db: "dai bieu",
  dbqh: "dai bieu",
  hlv: "huan luyen vien",
  // (The head coach is the coach an article means by "HLV": one head for both.)
  "hlv truong": "huan luyen vien",
  "huan luyen vien truong": "huan luyen vien",
  ts: "tien si",
  gs: "giao su",
  bs: "bac si",
  pgs: "pho giao su",
};

const NAMED_AFTER_PEOPLE =
  /^(?:Trường|THCS|THPT|Tiểu học|Đại học|Học viện|Bệnh viện|Đường|Phố|Phường|Quận|Huyện|Xã|Giải|Quỹ|Cầu|Chợ|Sân|Nhà văn hóa|Công viên)(?:\s|$)/u;
const isCap = (t: string) => /^\p{Lu}/u.test(t);
/**
 * Lower-case parts of foreign names between capitalised ones ("Ramon dela Cruz", "Ursula von der
 * Leyen") and names capitalised inside ("Blair duQuesnay").
 */
export const NAME_PARTICLE = /^(?:de|dela|del|della|der|di|da|das|dos|du|van|von|le|la|bin|ibn|al|el)$/u;
const isNamePart = (t: string) => isCap(t) || NAME_PARTICLE.test(t) || /^\p{Ll}{1,3}\p{Lu}\p{Ll}/u.test(t);
const titleCase = (t: string) => t.charAt(0) + t.slice(1).toLocaleLowerCase("vi");
/** "UBND", "NHNN", "GD-ĐT", "GD&ĐT", "VFF": two or more capitals and no lower-case letter. */
const isAcronym = (t: string) => /^[\p{Lu}\d&.-]+$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
/** "UBND tỉnh", "HĐND xã": a council of an administrative unit. */
const UNIT_COUNCIL_BEFORE =
  /(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|TP\.?)\s*$/iu;
/** Words after which a capitalised run is a place: a locative, an administrative unit. */
const PLACE_BEFORE =
  /(?:^|[\s(])(?:ở|tại|xã|phường|huyện|tỉnh|quận|thành phố|thị xã|thị trấn|TP\.?|ấp|thôn|bản|làng|xóm|khu phố|tổ dân phố|đường|phố|ngõ|hẻm|ngách|đại lộ|cầu|chợ|sân|đến|tới)\s*$/iu;

/**
 * The person's name in a run of capitalised words (the run closes the mention):
 * from the first Vietnamese family name whose name runs to the end in 2–4 syllables, a middle
 * name never starting a second name ("Nguyễn Văn Nên", "Lê Huỳnh Đức"); places before a
 * foreign name are dropped ("Hoa Kỳ Donald Trump" → "Donald Trump"); a run that is a place, or
 * the rest of a body's name ("Viện … Phương Nam", "ĐT Lào"), is no person.
 */
export function personName(run: string, before: string): string | null {
  let tokens = run.split(/\s+/).filter(Boolean);
  // ("Trần Nguyên Truyền- Chánh Thanh tra …": a dash glued to a word ends the name; the office follows.)
  const dangling = tokens.findIndex((t) => /\p{L}[-–]$/u.test(t));
  if (dangling >= 0) tokens = [...tokens.slice(0, dangling), tokens[dangling]!.slice(0, -1)];
  // (A particle never opens a name: "de" alone before a capital is the run's own business.)
  if (!tokens.length || !isCap(tokens[0]!) || !tokens.every(isNamePart) || NAME_PARTICLE.test(tokens.at(-1)!))
    return null;
  // "Thứ trưởng ĐẶNG HOÀNG GIANG:" (an interview's answer head): a name in capitals, family name first.
  if (tokens.length >= 2 && tokens.every(isAcronym) && VN_SURNAMES.has(titleCase(tokens[0]!)))
    tokens = tokens.map(titleCase);
  if (PLACE_FOLDED.has(foldText(tokens.join(" "))) || NOT_NAMES.has(foldText(tokens.join(" ")))) return null;
  // ("bác sĩ Khoa Cấp cứu", "Phòng Giáo dục": a department's head word opens the run, no person.)
  if (tokens.length >= 2 && /^(?:Khoa|Phòng|Ban|Viện|Sở|Cục|Vụ|Trung tâm|Bệnh viện)$/u.test(tokens[0]!))
    return null;
  // ("Chủ tịch HĐQT Vietnam Airlines": a company's name in English, no person.)
  if (tokens.some((t) => COMPANY_WORDS.has(t))) return null;
  // "U23 Việt Nam", "COVID-19": letters and digits in one word name a team or a thing, no person.
  if (tokens.some((t) => /\p{L}\d|\d\p{L}/u.test(t))) return null;
  // "Từ Hậu Giang, anh …": from a place, not the family name Từ.
  if (tokens[0] === "Từ" && tokens.length >= 2 && PLACE_FOLDED.has(foldText(tokens.slice(1).join(" "))))
    return null;
  // "H.Nhơn Trạch", "TP.Thủ Đức", "Q.Bình Thạnh": an administrative unit written short.
  if (/^(?:H|Q|P|X|TP|TX|TT|T)\.\p{Lu}/u.test(tokens[0]!)) return null;
  // ("Bộ VHTTDL Nguyễn Ngọc Thiện", "Sở GD-ĐT Nguyễn Văn A": a ministry or department is never
  // named after a person, as schools and hospitals are, so the full name after its acronym is one.)
  if (
    tokens.length >= 4 &&
    tokens.length <= 6 &&
    /^(?:Bộ|Sở|Cục|Vụ|Ban|Tổng cục|UBND)$/u.test(tokens[0]!) &&
    isAcronym(tokens[1]!) &&
    VN_SURNAMES.has(tokens[2]!) &&
    !tokens.slice(2).some((t) => /^\p{Lu}{2,}$/u.test(t))
  )
    return tokens.slice(2).join(" ");
  // "huy chương Vàng SEA Games", "Trường THPT Lương Thế Vinh": a run holding an acronym amid other
  // words is an event's or a body's name (a name in capitals is all capitals, read above).
  if (tokens.length >= 2 && tokens.some((t) => /^\p{Lu}{2,}$/u.test(t)) && !tokens.every(isAcronym)) {
    // ("NHNN Đào Minh Tú", "ASEAN Somsak Inthavong": a body's acronym, then the person, is read
    // after it; not "THCS Ngô Mây", "BV Chợ Rẫy": schools, hospitals and teams are named after people.)
    const at = tokens.findIndex((t) => !isAcronym(t));
    // ("CLB Viettel Trương Việt Hoàng": the club's name, then a person's full name after it.)
    const surname = tokens.findIndex(
      (t, i) =>
        i >= 2 && VN_SURNAMES.has(t) && !isAcronym(tokens[i - 1]!) && !VN_SURNAMES.has(tokens[i - 1]!),
    );
    if (
      surname > 0 &&
      tokens.length - surname >= 2 &&
      tokens.length - surname <= 4 &&
      !tokens.slice(surname).some((t) => /^\p{Lu}{2,}$/u.test(t))
    )
      return tokens.slice(surname).join(" ");
    // ("CLB Hà Nội Makoto Teguramori": the club's place name, then a foreign full name.)
    if (at >= 1 && NAMED_AFTER_ACRONYM.test(tokens[at - 1]!))
      for (const k of [2, 1]) {
        const rest = tokens.slice(at + k);
        if (
          rest.length < 2 ||
          rest.length > 3 ||
          !PLACE_FOLDED.has(foldText(tokens.slice(at, at + k).join(" ")))
        )
          continue;
        const holder = personName(rest.join(" "), "");
        if (
          holder === rest.join(" ") &&
          !PLACE_FOLDED.has(foldText(holder)) &&
          rest.every((t) => /^\p{Lu}\p{Ll}+/u.test(t)) &&
          !PLACE_FOLDED.has(foldText(rest[0]!))
        )
          return holder;
      }
    if (
      at < 1 ||
      !tokens.slice(0, at).every((t) => !NAMED_AFTER_ACRONYM.test(t)) ||
      tokens.slice(at).some((t) => /^\p{Lu}{2,}$/u.test(t))
    )
      return null;
    tokens = tokens.slice(at);
    // ("UBND H.Hiệp Đức": the council's district written short, no person.)
    if (/^(?:H|Q|P|X|TP|TX|TT|T)\.\p{Lu}/u.test(tokens[0]!)) return null;
  }
  // "Phó Chủ tịch UBND", "Phó Thống đốc NHNN": an acronym names a body, never a person; a name
  // may follow it ("NHNN Đào Minh Tú" is read from the family name below).
  if (isAcronym(tokens.at(-1)!)) return null;
  // "ở xã Đại Đồng", "tại huyện Nghi Lộc": a place after a locative or an administrative unit.
  // Not "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Thành": after a unit's council the unit's name may be
  // left out, and a run opening with a family name is then the person.
  if (
    PLACE_BEFORE.test(before) &&
    !(UNIT_COUNCIL_BEFORE.test(before) && tokens.length >= 3 && VN_SURNAMES.has(tokens[0]!))
  ) {
    // ("Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai": the place after "tại", then the person.)
    for (const k of [1, 2, 3]) {
      const rest = tokens.slice(k);
      if (
        rest.length >= 2 &&
        rest.length <= 4 &&
        PLACE_FOLDED.has(foldText(tokens.slice(0, k).join(" "))) &&
        VN_SURNAMES.has(rest[0]!)
      )
        return rest.join(" ");
    }
    return null;
  }
  // "Hiệu trưởng Tiểu học Phan Chu Trinh": a school's level, then the person it is named after.
  if (
    /(?:^|\s)(?:tiểu học|mầm non|mẫu giáo|trung học cơ sở|trung học phổ thông|THCS|THPT|PTTH)\s*$/iu.test(
      before,
    )
  )
    return null;
  // "Trường THCS Nguyễn Văn Luông", "Bệnh viện Chợ Rẫy": bodies and places named after people.
  if (NAMED_AFTER_PEOPLE.test(tokens.join(" "))) return null;
  // ("Giám đốc Sở GD-ĐT Nguyễn Văn Hùng": a department's acronym after its head word, then a full
  // name; departments are never named after people.)
  if (
    /(?:^|\s)(?:Bộ|Sở|Cục|Vụ|Ban|Tổng cục)\s*$/u.test(before) &&
    isAcronym(tokens[0]!) &&
    tokens.length >= 3 &&
    tokens.length <= 5 &&
    VN_SURNAMES.has(tokens[1]!)
  )
    return tokens.slice(1).join(" ");
  // ("Trưởng khoa Nhi Bệnh viện Bạch Mai": the body's head word, of one or two words, just before.)
  if (
    (ORG_HEADS.test(` ${before.trim().split(/\s+/).at(-1) ?? ""} `) || BODY_NAMED_AFTER.test(before)) &&
    !/(?:ông|bà)\s*$/iu.test(before)
  ) {
    // ("HLV trưởng CLB Hà Nội Makoto Teguramori": the team's place, then the holder's full name.)
    for (const k of [2, 1]) {
      const rest = tokens.slice(k);
      if (rest.length < 2 || !PLACE_FOLDED.has(foldText(tokens.slice(0, k).join(" ")))) continue;
      const holder = personName(rest.join(" "), "");
      if (holder === rest.join(" ") && !PLACE_FOLDED.has(foldText(holder))) return holder;
    }
    return null;
  }
  // Drop leading places ("Hoa Kỳ", "Trung Quốc") while a name of two or more words remains.
  let placeDropped = false;
  // "Ủy ban châu Âu Ursula von der Leyen": the continent closes the body's name.
  if (
    /(?:^|\s)châu\s*$/u.test(before) &&
    /^(?:Âu|Á|Phi|Mỹ|Úc|Đại Dương)$/u.test(tokens[0]!) &&
    tokens.length > 2
  ) {
    tokens = tokens.slice(1);
    placeDropped = true;
  }
  // ("Ngoại trưởng Nga Lavrov": the country, then a foreign family name alone.)
  if (
    tokens.length === 2 &&
    PLACE_FOLDED.has(foldText(tokens[0]!)) &&
    !vietnameseSyllable(tokens[1]!) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[1]!)
  ) {
    tokens = tokens.slice(1);
    placeDropped = true;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const k of [3, 2, 1]) {
      if (tokens.length - k < 2) continue;
      if (PLACE_FOLDED.has(foldText(tokens.slice(0, k).join(" ")))) {
        tokens = tokens.slice(k);
        changed = placeDropped = true;
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!VN_SURNAMES.has(t)) continue;
    const len = tokens.length - i;
    if (len > 4) continue;
    // "Hà Đinh Văn Roi": a place, then a name; a middle name never starts the second one.
    const next = tokens[i + 1];
    // ("Nguyễn Trần Nam", three words, is one name with two family names; so is "Nguyễn Đỗ Vân
    // Anh": only "Văn" or "Thị" after the second family name makes it a name of its own.)
    if (
      next &&
      len >= 4 &&
      VN_SURNAMES.has(next) &&
      !MIDDLE_NAMES.has(next) &&
      /^(?:Văn|Thị)$/u.test(tokens[i + 2] ?? "") &&
      !COMPOUND_SURNAMES.includes(`${t} ${next}`)
    )
      continue;
    if (len >= 2) return tokens.slice(i).join(" ");
  }
  // (A title made of a body's word, "Bộ trưởng Ngoại giao Malaysia Azlan Rahman", names no body;
  // "Quốc hội" and "Chính phủ" are whole names: "Chủ tịch Quốc hội Woo Won-shik".)
  const lead = `${before} ${tokens.slice(0, -1).join(" ")}`.replace(
    /(?:^|\s)(?:(?:Bộ|Viện|Cục|Tổng cục|Sở|Hội|Ban|Chi cục)\s+trưởng|Quốc hội|Chính phủ)(?=\s|$)/gu,
    " ",
  );
  // ("Người phát ngôn Bộ Ngoại giao Mỹ Jen Psaki": the body's name ends with its country; the
  // name after it is a person's.)
  if (ORG_HEADS.test(lead) && !placeDropped) return null;
  // "Hiệu trưởng trường mầm non Hoạ Mi": a body written in lower case names what follows.
  if (
    /(?:^|\s)(?:trường|bệnh viện|công ty|ngân hàng|nhà máy|khách sạn|chợ|làng|bản)(?:\s+(?:mầm non|tiểu học|THCS|THPT|đại học|cao đẳng|trung học|cổ phần|TNHH|đa khoa))*\s*$/u.test(
      before,
    )
  )
    return null;
  // "bác sĩ khoa Ngoại Thần Kinh": a department's name after its head word ("Trưởng khoa X" is a title).
  if (/(?:^|\s)(?<!trưởng\s)(?:khoa|phòng)\s*$/iu.test(before)) return null;
  return tokens.length <= 4 ? tokens.join(" ") : tokens.slice(-3).join(" ");
}

/** English words that end or open a company's name ("Vietnam Airlines", "Masan Group"). */
const COMPANY_WORDS = new Set([
  "Airlines",
  "Airways",
  "Group",
  "Bank",
  "Holdings",
  "Corp",
  "Corporation",
  "Company",
  "JSC",
  "Motors",
  "Securities",
  "Capital",
  "Telecom",
  "Pharma",
  "Technologies",
  "Technology",
  "Ventures",
  "Partners",
  "Inc",
  "Ltd",
]);

/** Could the word be one Vietnamese syllable ("Văn", "Quốc", "Cường"), not a foreign name ("Park", "Lavrov")? */
export function vietnameseSyllable(word: string): boolean {
  return /^(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u.test(
    foldText(word),
  );
}

/** Acronyms of schools, hospitals and teams, which are named after people ("THCS Ngô Mây"). */
const NAMED_AFTER_ACRONYM = /^(?:THCS|THPT|PTTH|PTCS|PTDTNT|ĐH|CĐ|BV|TTYT|CLB|ĐT|KCN|KĐT)$/u;

/** Bodies of two words often named after a person or a place ("Bệnh viện Bạch Mai"), just before a run. */
const BODY_NAMED_AFTER =
  /(?:^|\s)(?:Bệnh viện|Công ty|Ngân hàng|Đại học|Học viện|Tổng công ty|Tập đoàn|Câu lạc bộ|Trung tâm)\s*$/u;

/** Is the name Vietnamese (a family name first)? Then it is shortened to its given name. */
export function isVietnameseName(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  return VN_SURNAMES.has(first);
}

/**
 * Short forms under which the article may later name the person: Vietnamese names by the given
 * name, one or two syllables ("Cường", "Phương Anh") and the name without the family name;
 * foreign names by the first and the last word ("Chung", "Park", "Trump").
 */
export function shortForms(name: string): string[] {
  const t = name.split(/\s+/).filter(Boolean);
  if (t.length < 2) return [];
  const out = new Set<string>();
  // ("Kim Sang-sik": a Korean name, family name first like a Vietnamese one but called by it, "HLV Kim".)
  if (t.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t[1]!)) {
    out.add(t[0]!);
    out.add(t[1]!);
  } else if (isVietnameseName(name)) {
    out.add(t.at(-1)!);
    if (t.length >= 3) {
      out.add(t.slice(-2).join(" "));
      out.add(t.slice(1).join(" "));
    }
  } else {
    out.add(t[0]!);
    out.add(t.at(-1)!);
  }
  return [...out].filter((s) => s.length >= 2);
}
