/** Vietnamese reporting vocabulary used by the extractor. */

// Reporting verbs and phrases, longest first (so "cho biết thêm" wins over "cho biết").
export const CUES = [
  "cho biết thêm",
  "nói thêm",
  "nhấn mạnh thêm",
  "cho biết",
  "cho hay",
  "khẳng định",
  "nhấn mạnh",
  "cho rằng",
  "tuyên bố",
  "xác nhận",
  "bác bỏ",
  "phủ nhận",
  "thừa nhận",
  "nêu rõ",
  "lưu ý",
  "cảnh báo",
  "kêu gọi",
  "đánh giá",
  "thông báo",
  "tiết lộ",
  "giải thích",
  "chia sẻ",
  "bày tỏ",
  "trấn an",
  "phản ánh",
  "nhận định",
  "dự báo",
  "trả lời",
  "kể",
  "nêu",
  "viết",
  "nói",
];

// Titles and forms of address that precede a name in Vietnamese news.
export const TITLES = [
  "Tổng thống",
  "Phó Tổng thống",
  "Thủ tướng",
  "Phó Thủ tướng",
  "Chủ tịch",
  "Phó Chủ tịch",
  "Ngoại trưởng",
  "Bộ trưởng",
  "Thứ trưởng",
  "Đặc phái viên",
  "Trợ lý",
  "Người phát ngôn",
  "Thư ký",
  "Cố vấn",
  "Đại sứ",
  "Giám đốc",
  "Phó Giám đốc",
  "Tổng giám đốc",
  "Trưởng đoàn",
  "Trưởng phòng",
  "Trưởng ban",
  "Thống đốc",
  "Phó Thống đốc",
  "Tổng thư ký",
  "Chánh văn phòng",
  "Đại biểu",
  "Tiến sĩ",
  "TS.",
  "PGS.TS",
  "GS.",
  "Huấn luyện viên",
  "HLV",
  "Luật sư",
  "Trung tướng",
  "Thiếu tướng",
  "Đại tướng",
  "Đại tá",
  "Thượng tướng",
  "ông",
  "bà",
  "anh",
  "chị",
];

// Referring expressions that point back to the last speaker.
export const PRONOUN_RE =
  /^(?:ông|bà|ông này|bà này|ông ấy|bà ấy|anh|chị|anh ấy|chị ấy|anh này|chị này|vị này|người này|nhà lãnh đạo(?: [\p{L}\s]{0,30})?|người đứng đầu(?: [\p{L}\s]{0,40})?|quan chức này|chính khách này)$/iu;

// Descriptions of unnamed sources and collective speakers.
export const UNNAMED_RE =
  /^(?:một|hai|ba|các|những|nhiều)\s+(?:nguồn(?: tin)?|quan chức|nhà ngoại giao|người|chuyên gia|giới chức|đại diện)[\p{L}\s,]*$/iu;

// Leading adverbials dropped before looking for the subject.
export const LEADING_ADVERBIAL =
  /^(?:\([^()]{1,30}\)\s*[-–—]|về phần mình|bước đầu|trước đó|sau đó|tương tự|nhìn chung|nói chung|tóm lại|trên thực tế|mới đây|gần đây|vừa qua|hiện nay|hôm qua|hôm nay|sáng nay|chiều nay|tối nay|tối qua|(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?|trong khi (?:đó|ấy)|tuy nhiên|bản thân|ngoài ra|bên cạnh đó|đồng thời|cũng trong ngày|cùng ngày|trong cùng ngày|ngoài ra, trong cùng ngày|theo đó|mặt khác|trái lại|thậm chí|đặc biệt|đáng chú ý|đáng nói|cụ thể|(?:phản ánh|nói|thông tin|trả lời|trao đổi|chia sẻ)\s+(?:(?:với|đến|tới)\s+)?(?:PV|phóng viên|báo|VTC News|VnExpress|Dân trí|Tuổi Trẻ|Thanh Niên|VietNamNet|Zing|Znews|Lao Động|Tiền Phong|Người Lao Động|VOV|VTV|TTXVN|Reuters|AFP|AP|CNN|BBC)(?:\s+[^\s,]+){0,4}?\s*,)\s*,?\s*/iu;

// Time and manner words between the subject and the cue ("… Zelensky ngày 20/12 cho biết").
// One phrase (letters, digits, "/" and single spaces; at most TRAILING_NOISE_PHRASE_MAX units)…
export const TRAILING_NOISE_PHRASE = String.raw`thì|đều|về cơ bản|liền|tự|mới đây|vừa|cười buồn|cười tươi|tự tin|khiêm tốn|hào hứng|vui vẻ|xúc động|tự hào|hồ hởi|mạnh mẽ|dứt khoát|kiên quyết|quả quyết|bình tĩnh|điềm tĩnh|chậm rãi|từ tốn|ôn tồn|nhẹ nhàng|nghẹn ngào|rưng rưng|buồn bã|lo lắng|thành thật|thật thà|cười|mỉm cười|cùng ngày|đồng thời|hôm nay|hôm qua|trong tuần này|trong tuần|sau đó|trước đó|cũng|đã|vẫn|còn|lại|tiếp tục|thẳng thắn|một lần nữa|nhiều lần|công khai|sau cuộc gặp|vào (?:sáng|trưa|chiều|tối|đêm)? ?(?:ngày )?\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?|(?:sáng|trưa|chiều|tối|đêm|hôm|ngày) \d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?|(?:sáng|trưa|chiều|tối|đêm) (?:ngày|hôm) \d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?|ngày|hôm`;
export const TRAILING_NOISE_PHRASE_MAX = 64;
// …and any run of them, each after white space, that ends the text. Matching this regular
// expression backtracks quadratically on a long run of such words: the extractor uses
// trailingNoiseLength (extract.ts), which gives the same answer in linear time.
export const TRAILING_NOISE = new RegExp(String.raw`(?:\s+(?:${TRAILING_NOISE_PHRASE}))+$`, "iu");

// Outlets and agencies as intermediaries.
export const OUTLET_WORDS =
  /^(?:tờ|báo(?!\s+(?:cáo|chí|giới)(?![\p{L}]))|kênh|hãng(?: tin)?|trang|đài|thông tấn xã|tạp chí)\s+/iu;
export const KNOWN_OUTLETS = [
  "Reuters",
  "AFP",
  "AP",
  "Axios",
  "Politico",
  "Bloomberg",
  "CNN",
  "BBC",
  "TASS",
  "RIA Novosti",
  "Tân Hoa Xã",
  "TTXVN",
  "Euronews",
  "Kyiv Independent",
  "The Kyiv Independent",
  "Pravda",
  "New York Times",
  "Washington Post",
  "Financial Times",
  "Al Jazeera",
  "Interfax",
  "Ukrinform",
  "VnExpress",
  "Tuổi Trẻ",
  "Dân trí",
  "Thanh Niên",
  "Yonhap",
  "Kyodo",
  "Xinhua",
  "Sputnik",
  "Izvestiya",
  "NHK",
  "Channel News Asia",
  "CNA",
  "Fox News",
  "CNBC",
  "Nikkei",
  "Nikkei Asia",
  "South China Morning Post",
  "Wall Street Journal",
  "The Guardian",
  "VTV",
  "VOV",
  "VietNamNet",
  "Lao Động",
  "Tiền Phong",
  "Người Lao Động",
  "Zing",
  "Znews",
  "Zing News",
  "VTC News",
  "VTC",
  "VietnamPlus",
  "Quân đội nhân dân",
  "Công an nhân dân",
  "Sài Gòn Giải Phóng",
  "SGGP",
  "Pháp luật TP.HCM",
  "Kinh tế & Đô thị",
  "Kinhtedothi",
  "Soha",
  "Kenh14",
  "Kênh 14",
  "Giáo dục & Thời đại",
  "Giáo dục và Thời đại",
  "Sức khỏe & Đời sống",
  "VnEconomy",
  "CafeF",
  "Dân Việt",
  "Infonet",
  "Đại biểu Nhân dân",
  "Thế giới & Việt Nam",
  "Hà Nội Mới",
  "An ninh Thủ đô",
  "VietTimes",
  "Thể thao & Văn hóa",
  "Webthethao",
  "Bongdaplus",
  "Vietnam News",
  "Người Đưa Tin",
];

export const VENUES: { re: RegExp; venue: (m: RegExpExecArray) => string }[] = [
  {
    re: /trên (?:mạng xã hội )?(Telegram|Facebook|X|Twitter|Truth Social|Instagram|TikTok|YouTube)\b/u,
    venue: (m) => (m[0].includes("mạng xã hội") ? `mạng xã hội ${m[1]}` : m[1]!),
  },
  { re: /trên mạng xã hội/iu, venue: () => "mạng xã hội" },
  { re: /(?:trong|tại) (?:một )?cuộc họp báo/iu, venue: () => "họp báo" },
  { re: /họp báo/iu, venue: () => "họp báo" },
  {
    re: /(?:với|trả lời) (?:các )?phóng viên|trả lời báo giới|với báo giới/iu,
    venue: () => "trao đổi với phóng viên",
  },
  // "trong cuộc phỏng vấn với Fox News": a venue (the outlet asked), never the speaker.
  {
    re: /(?:[Tt]rong|[Qq]ua|[Tt]ại) (?:một )?(?:cuộc )?(?:phỏng vấn|trả lời phỏng vấn) (?:với|của|dành cho) ([\p{Lu}][\p{L}\d]*(?:\s+[\p{Lu}\d][\p{L}\d]*){0,4})/u,
    venue: (m) => `phỏng vấn với ${m[1]!}`,
  },
  { re: /(?:trong|qua) (?:một )?(?:thông điệp|tuyên bố|thông cáo)/iu, venue: () => "tuyên bố" },
  { re: /phát biểu tại ([\p{Lu}][\p{L}\s]{2,40})/u, venue: (m) => `phát biểu tại ${m[1]!.trim()}` },
];

// Topic or circumstance phrases that open a sentence and are never its speaker.
export const NOT_A_SPEAKER_START =
  /^(?:Tôi|Chúng tôi|Chúng ta|Mình|Họ|Như|\p{Lu}(?=\s|$)|Về|Trong|Tại|Theo|Với|Sau|Trước|Khi|Từ|Đến|Ngoài|Bên|Nhưng|Tuy|Dù|Nếu|Để|Tranh luận|Phát biểu|Trả lời|Hỏi chuyện|Trò chuyện|Tiếp xúc|Làm việc|Chia sẻ|Trao đổi|Đánh giá|Nói về|Bình luận|Ban đầu|Đặc biệt|Trên|Năm|Tháng|Quý|Ngày|Hôm|Sáng|Trưa|Chiều|Tối|Đêm|Đầu|Cuối|Giữa|Hiện nay|Hiện tại|Hiện|Gần đây|Mới đây|Nhờ|Do|Vì|Bởi|Tương tự|Nhìn chung|Nói chung|Tóm lại|Rõ ràng|Thực tế|Tiếp đà|Tiếp nối|Tiếp theo|Tiếp đó|Phản ánh|Trích|Dẫn|Cũng|Gửi gắm|Bày tỏ|Nhấn mạnh|Khẳng định|Đề cập|Nêu|Lúc này|Thời gian qua|Vừa qua)(?:\s|$)/u;

/**
 * Further reporting verbs (the extractor uses CUES and these, longest first). Senses that report
 * no proposition are blocked where the verb is found: a cue used as a noun ("một tuyên bố"), and
 * reported content that is a noun phrase, not a clause (NOT_A_CLAUSE).
 */
export const MORE_CUES = [
  "tái khẳng định",
  "khẳng định lại",
  "nhắc lại",
  "nhấn mạnh lại",
  "thông tin thêm",
  "chia sẻ thêm",
  "phân tích thêm",
  "bổ sung",
  "thông tin",
  "khuyến cáo",
  "kiến nghị",
  "đề nghị",
  "đề xuất",
  "yêu cầu",
  "cam kết",
  "hứa",
  "nhận xét",
  "ghi nhận",
  "phân tích",
  "phát biểu",
  "tuyên thệ",
  "trình bày",
  "mở lời",
  "phân trần",
  "thổ lộ",
  "tâm sự",
  "bộc bạch",
  "giãi bày",
  "kể lại",
  "nhớ lại",
  "thuật lại",
  "mô tả",
  "lý giải",
  "giải thích thêm",
  "nhận định thêm",
  "dẫn chứng",
  "đánh giá thêm",
  "bình luận",
  "nhắn nhủ",
  "căn dặn",
  "dặn dò",
  "lưu ý thêm",
  "nhắc nhở",
  "khuyên",
  "cảnh báo thêm",
  "thừa nhận thêm",
  "thú nhận",
  "than phiền",
  "phàn nàn",
  "bày tỏ tin tưởng",
  "bày tỏ lo ngại",
  "bày tỏ hy vọng",
  "bày tỏ mong muốn",
  "tin rằng",
  "quả quyết",
  "cáo buộc",
  "tố cáo",
  "chỉ trích",
  "lên án",
  "phản bác",
  "bác tin",
  "dự đoán",
  "ước tính",
  "đúc kết",
  "kết luận",
  "nhận xét thêm",
  "chỉ ra",
  "chỉ rõ",
  "nói rõ",
  "làm rõ",
  "nêu quan điểm",
  "đưa ra nhận định",
  "đặt vấn đề",
  "gợi ý",
  "kêu gọi thêm",
  "khuyến nghị",
  "đề nghị thêm",
  "cho biết lại",
  "xác nhận thêm",
  "trần tình",
  "trả lời thêm",
  "viết thêm",
  "nói tiếp",
  "tiếp lời",
  "chốt lại",
  "tổng kết",
  "nhìn nhận",
  "nhận thấy",
  "tin tưởng",
  "mong muốn",
  "góp ý",
  "hồi âm",
  "đưa ra lời khuyên",
  "cảm nhận",
  "than thở",
  "thốt lên",
  "trải lòng",
  "nhắn gửi",
  "gửi gắm",
  "phân bua",
  "thanh minh",
  "biện minh",
  "bật mí",
  "khoe",
  "hứa hẹn",
  "tính toán",
  "thắc mắc",
];

/** Reported content that opens like a noun phrase ("tầm quan trọng của …"): not a statement. */
export const NOT_A_CLAUSE =
  /^(?:tầm quan trọng|vai trò|ý nghĩa|đến (?:các|những|việc|vấn đề|vai trò|tầm quan trọng|sự)|đề cập (?:đến|tới)|nhắc (?:đến|tới)|ám chỉ|từ chức|nghỉ hưu|ý kiến của|mong muốn của|nguyện vọng của|quan tâm|(?:nhận định|quan điểm|ý kiến|nội dung) (?:trên|này|đó)|thống nhất với|đồng ý với|nhất trí với|đồng tình|tán thành|phấn khởi|cam kết|quyết tâm|nỗ lực|sự(?!\s+(?:việc|cố)(?:\s|$))|niềm|lời|vui mừng|cảm ơn|lòng biết ơn|biết ơn|xúc động|lấy làm tiếc|cảm kích|quan ngại sâu sắc về|(?:sự\s+)?(?:quan ngại|lo ngại)\s+(?:đối với|về|trước)|chúc mừng|hoan nghênh|về việc|các nội dung|nội dung|kết quả|thông tin về|chủ trương|quyết định số|văn bản|công văn|chất vấn|câu hỏi|họp báo|phỏng vấn|báo chí|phóng viên|báo giới|đồn|điều này|điều đó|điều trên|vấn đề này|vấn đề đó)(?=[\s,;:]|$)/iu;

/** Cues that introduce a speaker's own words (a quote or "rằng"), never a bare object: "trình bày một kế hoạch". */
export const ATTRIBUTION_ONLY_CUES =
  /^(?:than thở|thốt lên|trải lòng|nhắn gửi|gửi gắm|phân bua|thanh minh|biện minh|khoe|chỉ trích|lên án|phát biểu|trình bày|tuyên thệ|phân trần|thổ lộ|tâm sự|bộc bạch|giãi bày|đưa ra lời khuyên|nhắn nhủ|căn dặn|dặn dò|mô tả|bình luận|giới thiệu|tiếp lời|nói tiếp|chốt lại|tổng kết|đúc kết|hứa|khuyên|trả lời|trả lời thêm|viết|viết thêm|tính toán|mở lời)$/iu;

/** Cues whose object may be a noun phrase ("yêu cầu những nhượng bộ"): then no statement. */
export const NOUN_OBJECT_CUES =
  /^(?:tin tưởng|yêu cầu|đề nghị|kiến nghị|đề xuất|bác bỏ|phủ nhận|cảnh báo|khuyến cáo|ghi nhận|cáo buộc|phản bác|nhắc lại|công bố|khuyến nghị|gợi ý|chỉ ra|chỉ rõ|làm rõ|nêu|bày tỏ|thông tin|thông báo|xác nhận|thừa nhận|cam kết|bổ sung|kể|kể lại|thuật lại|nhớ lại|cảm nhận|chia sẻ|tiết lộ|phản ánh|báo cáo)$/iu;
export const NOUN_OBJECT_START =
  /^(?:một|những|mọi|sức|điều|vấn đề|loạt|hàng loạt|góc nhìn|cái nhìn|hình ảnh|bức ảnh|video|clip|bài viết|đoạn video|đoạn clip|ví dụ|dẫn chứng|kế hoạch|diễn văn|bài|nỗ lực|quan điểm|lập trường|danh sách|phương án|dự thảo|văn bản|thông tin|tin đồn|tin giả|hành vi|sai phạm|sai lầm|trách nhiệm|được|câu chuyện|chuyện|kỷ niệm|khoảnh khắc|hành trình|quá trình|tình hình|điểm yếu|điểm mạnh|điểm sáng|ưu điểm|nhược điểm|thiếu sót|nguyên nhân|lý do|cảm xúc|niềm vui|tâm trạng|kinh nghiệm|bí quyết|\d+\s+(?:nhóm|điểm|vấn đề|nội dung|nhiệm vụ|giải pháp|yêu cầu|kiến nghị|đề xuất|lý do|nguyên nhân|yếu tố|bài học|mục tiêu|tiêu chí|câu hỏi|ý kiến)|(?:các|những|nhiều)\s+(?:vấn đề|chuyên đề|bài học|thông điệp|hình ảnh|tài liệu|vi phạm|sai phạm|khuyết điểm|hạn chế|tồn tại|câu chuyện|chuyện|kỷ niệm|kinh nghiệm|bí quyết|giải pháp|biện pháp|phương án|chính sách|nhiệm vụ|chương trình|dự án|mô hình|cơ chế|sáng kiến|ý tưởng|kiến nghị|đề xuất|thông tin|ý kiến|nội dung|điều|quan điểm|cảm xúc|suy nghĩ|tâm tư|trăn trở|góc nhìn|lời khuyên|lưu ý|khó khăn|vướng mắc|bất cập))(?![\p{L}])/iu;
