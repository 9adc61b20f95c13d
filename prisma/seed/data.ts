/**
 * Demo dataset for ClaimLedger: attributed statements from the five Vietnamese seed articles
 * (../shared/seeds, December 2025, US–Ukraine–Russia peace talks).
 */
import type {
  SeedArticle,
  SeedChainNode,
  SeedClaim,
  SeedLink,
  SeedOutlet,
  SeedSpeaker,
  SeedTopic,
} from "./types";

export const topics: SeedTopic[] = [
  { key: "territory-donbass", nameVi: "Lãnh thổ / Donbass", nameEn: "Territory / Donbass" },
  { key: "security-guarantees", nameVi: "Bảo đảm an ninh", nameEn: "Security guarantees" },
  { key: "trilateral-talks", nameVi: "Đàm phán ba bên", nameEn: "Trilateral talks" },
  {
    key: "zaporizhzhia-plant",
    nameVi: "Nhà máy điện hạt nhân Zaporizhzhia",
    nameEn: "Zaporizhzhia nuclear power plant",
  },
  { key: "reconstruction", nameVi: "Tái thiết Ukraine", nameEn: "Reconstruction of Ukraine" },
  { key: "elections", nameVi: "Bầu cử Ukraine", nameEn: "Elections in Ukraine" },
  { key: "prisoner-exchange", nameVi: "Trao đổi tù binh", nameEn: "Prisoner exchange" },
  { key: "twenty-point-plan", nameVi: "Kế hoạch hòa bình 20 điểm", nameEn: "20-point peace plan" },
  { key: "peace-plan", nameVi: "Kế hoạch hòa bình", nameEn: "Peace plan" },
  { key: "us-russia-talks", nameVi: "Đàm phán Mỹ - Nga", nameEn: "US–Russia talks" },
  { key: "us-ukraine-talks", nameVi: "Đàm phán Mỹ - Ukraine", nameEn: "US–Ukraine talks" },
  {
    key: "ceasefire",
    nameVi: "Ngừng bắn và giảm leo thang",
    nameEn: "Ceasefire and de-escalation",
  },
];

export const speakers: SeedSpeaker[] = [
  {
    key: "rustem-umerov",
    kind: "PERSON",
    name: "Rustem Umerov",
    variants: ["Рустем Умєров", "Рустем Умеров", "Rustem Umierov", "Ông Umerov", "Umerov"],
    affiliation: "Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    country: "UA",
    description: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine, trưởng đoàn đàm phán của Ukraine.",
  },
  {
    key: "steve-witkoff",
    kind: "PERSON",
    name: "Steve Witkoff",
    variants: ["Steven Witkoff", "Steven Charles Witkoff", "Стив Уиткофф", "Стів Віткофф", "Witkoff"],
    affiliation: "Chính quyền Tổng thống Donald Trump",
    country: "US",
    description: "Đặc phái viên Mỹ trong các cuộc đàm phán về Ukraine.",
  },
  {
    key: "volodymyr-zelensky",
    kind: "PERSON",
    name: "Volodymyr Zelensky",
    variants: [
      "Zelenskyy",
      "Volodymyr Zelenskyy",
      "Zelenskiy",
      "Vladimir Zelensky",
      "Володимир Зеленський",
      "Зеленський",
      "Владимир Зеленский",
    ],
    affiliation: "Văn phòng Tổng thống Ukraine",
    country: "UA",
    description: "Tổng thống Ukraine.",
  },
  {
    key: "yuri-ushakov",
    kind: "PERSON",
    name: "Yuri Ushakov",
    variants: ["Юрий Ушаков", "Yury Ushakov", "Iurii Ushakov", "Iu. Ushakov", "Yuri Viktorovich Ushakov"],
    affiliation: "Điện Kremlin",
    country: "RU",
    description: "Trợ lý Tổng thống Nga phụ trách chính sách đối ngoại.",
  },
  {
    key: "dmitry-peskov",
    kind: "PERSON",
    name: "Dmitry Peskov",
    variants: ["Дмитрий Песков", "Dmitri Peskov", "Dmitriy Peskov", "Đmitri Peskov"],
    affiliation: "Điện Kremlin",
    country: "RU",
    description: "Người phát ngôn Điện Kremlin.",
  },
  {
    key: "kirill-dmitriev",
    kind: "PERSON",
    name: "Kirill Dmitriev",
    variants: ["Кирилл Дмитриев", "Kirill Dmitriyev", "Kirill Dmitryev"],
    affiliation: "Quỹ Đầu tư Trực tiếp Nga (RDIF)",
    country: "RU",
    description: "Đặc phái viên của Tổng thống Nga, người đứng đầu Quỹ Đầu tư Trực tiếp Nga (RDIF).",
  },
  {
    key: "marco-rubio",
    kind: "PERSON",
    name: "Marco Rubio",
    variants: ["Marco Antonio Rubio", "Марко Рубио", "Марко Рубіо"],
    affiliation: "Bộ Ngoại giao Mỹ",
    country: "US",
    description: "Ngoại trưởng kiêm Cố vấn An ninh Quốc gia Mỹ.",
  },
  {
    key: "sergei-ryabkov",
    kind: "PERSON",
    name: "Sergei Ryabkov",
    variants: ["Sergey Ryabkov", "Sergei Riabkov", "Сергей Рябков"],
    affiliation: "Bộ Ngoại giao Nga",
    country: "RU",
    description: "Thứ trưởng Ngoại giao Nga.",
  },
  {
    key: "white-house",
    kind: "ORGANISATION",
    name: "Nhà Trắng",
    variants: ["White House", "The White House", "Белый дом", "Білий дім"],
    affiliation: "Chính phủ Mỹ",
    country: "US",
  },
  {
    key: "ukraine-government",
    kind: "ORGANISATION",
    name: "Chính quyền Kyiv",
    variants: ["Kyiv", "Kiev", "Chính phủ Ukraine", "Ukrainian government", "Київ"],
    affiliation: "Chính phủ Ukraine",
    country: "UA",
  },
  {
    key: "euronews",
    kind: "ORGANISATION",
    name: "Euronews",
    variants: ["Kênh Euronews", "Евроньюс"],
    description: "Kênh tin tức châu Âu.",
  },
  {
    key: "kyiv-independent",
    kind: "ORGANISATION",
    name: "The Kyiv Independent",
    variants: ["Kyiv Independent", "tờ Kyiv Independent", "Báo The Kyiv Independent"],
    country: "UA",
    description: "Báo tiếng Anh của Ukraine.",
  },
  {
    key: "us-ukraine-eu-officials",
    kind: "UNNAMED_SOURCE",
    name: "Các quan chức Mỹ, Ukraine và EU",
    variants: ["US, Ukrainian and EU officials", "quan chức Mỹ, Ukraine và EU"],
    description: "Nhóm quan chức không nêu tên của Mỹ, Ukraine và Liên minh châu Âu.",
  },
  {
    key: "russian-source-reuters",
    kind: "UNNAMED_SOURCE",
    name: "Một nguồn tin Nga",
    variants: ["a Russian source", "unnamed Russian source", "nguồn tin Nga giấu tên"],
    country: "RU",
    description: "Nguồn tin giấu tên phía Nga, nói với Reuters.",
  },
  {
    key: "politico-unnamed-sources",
    kind: "UNNAMED_SOURCE",
    name: "hai nguồn thạo tin giấu tên",
    variants: ["two people familiar with the matter", "two unnamed sources", "hai nguồn tin giấu tên"],
    description: "Hai nguồn thạo tin giấu tên được Politico trích dẫn.",
  },
  {
    key: "us-official-axios",
    kind: "UNNAMED_SOURCE",
    name: "Một quan chức Mỹ giấu tên",
    variants: ["an unnamed US official", "a US official", "quan chức Mỹ giấu tên"],
    country: "US",
    description: "Quan chức Mỹ giấu tên, nói với Axios.",
  },
];

export const outlets: SeedOutlet[] = [
  {
    key: "unknown-vn-outlet-000",
    name: "Báo điện tử (chưa xác định) – bài 000",
    country: "VN",
    language: "vi",
  },
  {
    key: "unknown-vn-outlet-001",
    name: "Báo điện tử (chưa xác định) – bài 001",
    country: "VN",
    language: "vi",
  },
  {
    key: "unknown-vn-outlet-004",
    name: "Báo điện tử (chưa xác định) – bài 004",
    country: "VN",
    language: "vi",
  },
  { key: "dan-tri", name: "Dân trí", country: "VN", url: "https://dantri.com.vn", language: "vi" },
  {
    key: "ttxvn",
    name: "TTXVN (Thông tấn xã Việt Nam)",
    country: "VN",
    url: "https://vnanet.vn",
    language: "vi",
  },
  { key: "reuters", name: "Reuters", country: "GB", url: "https://www.reuters.com", language: "en" },
  { key: "pravda", name: "Pravda", language: "und" },
  {
    key: "kyiv-independent",
    name: "The Kyiv Independent",
    country: "UA",
    url: "https://kyivindependent.com",
    language: "en",
  },
  { key: "politico", name: "Politico", country: "US", url: "https://www.politico.com", language: "en" },
  { key: "euronews", name: "Euronews", url: "https://www.euronews.com", language: "en" },
  { key: "axios", name: "Axios", country: "US", url: "https://www.axios.com", language: "en" },
];

export const articles: SeedArticle[] = [
  {
    key: "miami-talks-wrap-2025-12-22",
    seedFile: "000_38e8711d88869303.txt",
    outlet: "unknown-vn-outlet-000",
    title: "Mỹ - Ukraine kết thúc 3 ngày thảo luận tại Miami, Nga từ chối đàm phán 3 bên",
    publishedAt: "2025-12-22",
    language: "vi",
  },
  {
    key: "florida-us-russia-talks-2025-12-21",
    seedFile: "001_82f5f752666292ce.txt",
    outlet: "unknown-vn-outlet-001",
    title: "Quan chức Mỹ và Nga gặp nhau tại Florida, tiếp tục đàm phán về Ukraine",
    publishedAt: "2025-12-21",
    byline: "Thanh Vân",
    language: "vi",
  },
  {
    key: "dantri-us-ukraine-consultations-2025-12-06",
    seedFile: "002_fb6202fe7aa1904e.txt",
    outlet: "dan-tri",
    title: "Mỹ, Ukraine công bố kết quả tham vấn kế hoạch hòa bình",
    publishedAt: "2025-12-06",
    byline: "Minh Phương",
    language: "vi",
  },
  {
    key: "ttxvn-miami-talks-expected-2025-12-18",
    seedFile: "003_5b974936ec10775f.txt",
    outlet: "ttxvn",
    title: "Mỹ và Nga dự kiến đàm phán ở Miami về chấm dứt xung đột Nga - Ukraine",
    publishedAt: "2025-12-18",
    language: "vi",
  },
  {
    key: "hallandale-beach-talks-2025-12-01",
    seedFile: "004_8afcf46178b105c3.txt",
    outlet: "unknown-vn-outlet-004",
    title: "Phái đoàn Ukraine gặp Ngoại trưởng Mỹ Rubio tại Florida về kế hoạch hòa bình",
    publishedAt: "2025-12-01",
    language: "vi",
  },
];

const outletNode = (outlet: string, label: string): SeedChainNode => ({ kind: "OUTLET", label, outlet });
const personNode = (speaker: string, label: string): SeedChainNode => ({ kind: "PERSON", label, speaker });
const orgNode = (speaker: string, label: string): SeedChainNode => ({ kind: "ORGANISATION", label, speaker });
const unnamedNode = (speaker: string, label: string): SeedChainNode => ({
  kind: "UNNAMED_SOURCE",
  label,
  speaker,
});

const pub000 = outletNode("unknown-vn-outlet-000", "Báo điện tử (chưa xác định)");
const pub001 = outletNode("unknown-vn-outlet-001", "Báo điện tử (chưa xác định)");
const pub004 = outletNode("unknown-vn-outlet-004", "Báo điện tử (chưa xác định)");
const wires001: SeedChainNode = { kind: "OUTLET", label: "Tân Hoa Xã, Reuters" };
const danTri = outletNode("dan-tri", "Dân trí");
const pravda = outletNode("pravda", "Pravda");
const ttxvn = outletNode("ttxvn", "TTXVN");

const umerov = personNode("rustem-umerov", "Rustem Umerov");
const witkoff = personNode("steve-witkoff", "Steve Witkoff");
const zelensky = personNode("volodymyr-zelensky", "Volodymyr Zelensky");
const ushakov = personNode("yuri-ushakov", "Yuri Ushakov");
const peskov = personNode("dmitry-peskov", "Dmitry Peskov");
const rubio = personNode("marco-rubio", "Marco Rubio");

const A000 = "miami-talks-wrap-2025-12-22";
const A001 = "florida-us-russia-talks-2025-12-21";
const A002 = "dantri-us-ukraine-consultations-2025-12-06";
const A003 = "ttxvn-miami-talks-expected-2025-12-18";
const A004 = "hallandale-beach-talks-2025-12-01";

export const claims: SeedClaim[] = [
  {
    key: "umerov-us-ukraine-substantive-meetings-miami",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "Ukraine và Mỹ đã tiến hành một loạt cuộc họp thực chất tại Miami trong giai đoạn từ ngày 19/12 đến 21/12",
    translation:
      "Ukraine and the United States held a series of substantive meetings in Miami between 19 and 21 December.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks"],
    status: "CHANGES_REQUESTED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "Ukraine và Mỹ đã tiến hành một loạt cuộc họp thực chất tại Miami trong giai đoạn từ ngày 19/12 đến 21/12",
        chain: [pub000, umerov],
      },
    ],
  },
  {
    key: "umerov-productive-constructive-meetings-miami",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "trong 3 ngày làm việc tại Miami, bang Florida (Mỹ), phái đoàn Ukraine đã tiến hành “một loạt cuộc họp hiệu quả và mang tính xây dựng” với các đối tác Mỹ và châu Âu",
    translation:
      "During three days of work in Miami, Florida (US), the Ukrainian delegation held “a series of productive and constructive meetings” with American and European partners.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "trong 3 ngày làm việc tại Miami, bang Florida (Mỹ), phái đoàn Ukraine đã tiến hành “một loạt cuộc họp hiệu quả và mang tính xây dựng” với các đối tác Mỹ và châu Âu",
        chain: [pub000, umerov],
      },
    ],
  },
  {
    key: "umerov-four-key-documents-us-ukraine-meeting",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "Một cuộc họp riêng mang tính xây dựng theo định dạng Mỹ - Ukraine cũng đã được tổ chức, trong đó tập trung vào 4 văn kiện then chốt: tiếp tục phát triển kế hoạch 20 điểm; thống nhất lập trường về khuôn khổ bảo đảm an ninh đa phương; thống nhất lập trường về khuôn khổ bảo đảm an ninh của Mỹ dành cho Ukraine; và tiếp tục phát triển kế hoạch kinh tế và thịnh vượng",
    translation:
      "A separate constructive meeting in a US–Ukraine format was also held, focusing on four key documents: further development of the 20-point plan; aligning positions on the multilateral security-guarantee framework; aligning positions on the framework of US security guarantees for Ukraine; and further development of the economic and prosperity plan.",
    kind: "DIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["twenty-point-plan", "security-guarantees", "reconstruction"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "Một cuộc họp riêng mang tính xây dựng theo định dạng Mỹ - Ukraine cũng đã được tổ chức, trong đó tập trung vào 4 văn kiện then chốt: tiếp tục phát triển kế hoạch 20 điểm; thống nhất lập trường về khuôn khổ bảo đảm an ninh đa phương; thống nhất lập trường về khuôn khổ bảo đảm an ninh của Mỹ dành cho Ukraine; và tiếp tục phát triển kế hoạch kinh tế và thịnh vượng",
        chain: [pub000, umerov],
      },
    ],
  },
  {
    key: "umerov-ukraine-committed-just-lasting-peace",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "Ukraine vẫn cam kết đạt được một nền hòa bình công bằng và bền vững, chấm dứt các hành động giao tranh và bảo đảm an ninh, đồng thời tạo điều kiện cho quá trình phục hồi, ổn định và thịnh vượng lâu dài của Ukraine",
    translation:
      "Ukraine remains committed to achieving a just and lasting peace that ends the fighting and guarantees security, while enabling Ukraine's long-term recovery, stability and prosperity.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["peace-plan", "reconstruction"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "Ukraine vẫn cam kết đạt được một nền hòa bình công bằng và bền vững, chấm dứt các hành động giao tranh và bảo đảm an ninh, đồng thời tạo điều kiện cho quá trình phục hồi, ổn định và thịnh vượng lâu dài của Ukraine",
        chain: [pub000, umerov],
      },
    ],
  },
  {
    key: "umerov-peace-more-than-end-of-hostilities",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "Hòa bình không chỉ là sự chấm dứt các hành động thù địch, mà còn phải là nền tảng cho một tương lai ổn định.",
    translation:
      "Peace is not only the end of hostilities; it must also be the foundation for a stable future.",
    kind: "DIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "Hòa bình không chỉ là sự chấm dứt các hành động thù địch, mà còn phải là nền tảng cho một tương lai ổn định.",
        chain: [pub000, umerov],
      },
    ],
  },
  {
    key: "umerov-ukraine-values-us-leadership",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "Ukraine đánh giá cao vai trò lãnh đạo và sự ủng hộ của Mỹ, cũng như sự phối hợp chặt chẽ liên tục với các đối tác trong những giai đoạn tiếp theo của công việc quan trọng này",
    translation:
      "Ukraine values the leadership and support of the United States, as well as continued close coordination with partners in the next stages of this important work.",
    kind: "DIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "Ukraine đánh giá cao vai trò lãnh đạo và sự ủng hộ của Mỹ, cũng như sự phối hợp chặt chẽ liên tục với các đối tác trong những giai đoạn tiếp theo của công việc quan trọng này",
        chain: [pub000, umerov],
      },
    ],
  },
  {
    key: "witkoff-talks-covered-plan-guarantees-prosperity",
    speaker: "steve-witkoff",
    roleHeld: "Đặc phái viên Mỹ",
    quote:
      "các cuộc đàm phán bao gồm việc phát triển kế hoạch hòa bình 20 điểm, phối hợp lập trường về các bảo đảm an ninh đa phương, và xây dựng một kế hoạch phát triển kinh tế và thịnh vượng cho Ukraine",
    translation:
      "The talks covered developing the 20-point peace plan, coordinating positions on multilateral security guarantees, and building an economic development and prosperity plan for Ukraine.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    venue: "tuyên bố",
    topics: ["twenty-point-plan", "security-guarantees", "reconstruction"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "các cuộc đàm phán bao gồm việc phát triển kế hoạch hòa bình 20 điểm, phối hợp lập trường về các bảo đảm an ninh đa phương, và xây dựng một kế hoạch phát triển kinh tế và thịnh vượng cho Ukraine",
        chain: [pub000, witkoff],
      },
    ],
  },
  {
    key: "witkoff-ukraine-fully-committed-to-peace",
    speaker: "steve-witkoff",
    roleHeld: "Đặc phái viên Mỹ",
    quote: "Ukraine vẫn hoàn toàn cam kết đạt được một nền hòa bình công bằng và bền vững",
    translation: "Ukraine remains fully committed to achieving a just and lasting peace.",
    kind: "DIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    venue: "tuyên bố",
    topics: ["peace-plan", "us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact: "Ukraine vẫn hoàn toàn cam kết đạt được một nền hòa bình công bằng và bền vững",
        chain: [pub000, witkoff],
      },
    ],
  },
  {
    key: "zelensky-confirms-three-days-of-talks",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote: "phái đoàn Ukraine và các đại diện của Mỹ đã có 3 ngày thảo luận",
    translation: "The Ukrainian delegation and US representatives held three days of discussions.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    rating: "TRUE",
    ratingExplanation:
      "Ông Umerov và Đặc phái viên Witkoff cùng xác nhận các cuộc họp Mỹ – Ukraine diễn ra tại Miami từ ngày 19/12 đến 21/12.",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A000,
        exact: "phái đoàn Ukraine và các đại diện của Mỹ đã có 3 ngày thảo luận",
        chain: [pub000, zelensky],
      },
    ],
  },
  {
    key: "ushakov-trilateral-meeting-not-needed",
    speaker: "yuri-ushakov",
    roleHeld: "Trợ lý Tổng thống Nga",
    quote:
      "ý tưởng tổ chức một cuộc họp 3 bên giữa Ukraine, Nga và Mỹ ở cấp cố vấn an ninh quốc gia ở thời điểm hiện tại là không cần thiết",
    translation:
      "The idea of holding a three-way meeting of Ukraine, Russia and the US at the level of national security advisers is not necessary at this time.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["trilateral-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "ý tưởng tổ chức một cuộc họp 3 bên giữa Ukraine, Nga và Mỹ ở cấp cố vấn an ninh quốc gia ở thời điểm hiện tại là không cần thiết",
        chain: [pub000, ushakov],
      },
    ],
  },
  {
    key: "ushakov-no-trilateral-format-being-built",
    speaker: "yuri-ushakov",
    roleHeld: "Trợ lý Tổng thống Nga",
    quote:
      "hiện nay không có bất kỳ định dạng nào cho các cuộc đàm phán 3 bên giữa Nga, Mỹ và Ukraine đang được xây dựng",
    translation:
      "No format for three-way negotiations between Russia, the US and Ukraine is currently being worked out.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["trilateral-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "hiện nay không có bất kỳ định dạng nào cho các cuộc đàm phán 3 bên giữa Nga, Mỹ và Ukraine đang được xây dựng",
        chain: [pub000, ushakov],
      },
    ],
  },
  {
    key: "ushakov-european-proposals-hinder-lasting-peace",
    speaker: "yuri-ushakov",
    roleHeld: "Trợ lý Tổng thống Nga",
    quote:
      "những đề xuất mà Kiev và các đối tác châu Âu đang tìm cách đưa vào kế hoạch hòa bình bị cho là cản trở việc đạt được một “nền hòa bình lâu dài”",
    translation:
      "The proposals that Kyiv and its European partners are trying to insert into the peace plan are said to hinder the achievement of a “lasting peace”.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["peace-plan", "twenty-point-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "những đề xuất mà Kiev và các đối tác châu Âu đang tìm cách đưa vào kế hoạch hòa bình bị cho là cản trở việc đạt được một “nền hòa bình lâu dài”",
        chain: [pub000, ushakov],
      },
    ],
  },
  {
    key: "ushakov-russia-has-seen-no-us-documents",
    speaker: "yuri-ushakov",
    roleHeld: "Trợ lý Tổng thống Nga",
    quote:
      "cho đến nay phía Nga vẫn chưa thấy bất kỳ văn kiện nào từ Mỹ liên quan đến việc giải quyết hòa bình cuộc xung đột ở Ukraine",
    translation:
      "So far the Russian side has not seen any document from the US on a peaceful settlement of the conflict in Ukraine.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "cho đến nay phía Nga vẫn chưa thấy bất kỳ văn kiện nào từ Mỹ liên quan đến việc giải quyết hòa bình cuộc xung đột ở Ukraine",
        chain: [pub000, ushakov],
      },
    ],
  },
  {
    key: "peskov-dmitriev-carried-no-new-message",
    speaker: "dmitry-peskov",
    roleHeld: "Người phát ngôn Điện Kremlin",
    quote: "Đặc phái viên Nga Kirill Dmitriev không mang theo bất kỳ thông điệp mới nào từ Tổng thống Putin",
    translation: "Russian envoy Kirill Dmitriev did not carry any new message from President Putin.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "Đặc phái viên Nga Kirill Dmitriev không mang theo bất kỳ thông điệp mới nào từ Tổng thống Putin",
        chain: [pub000, peskov],
      },
    ],
  },
  {
    key: "peskov-dmitriev-trip-to-gather-information",
    speaker: "dmitry-peskov",
    roleHeld: "Người phát ngôn Điện Kremlin",
    quote: "chuyến đi của ông tới Miami chỉ nhằm “thu thập thông tin”",
    translation: "His trip to Miami was only meant to “gather information”.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact: "chuyến đi của ông tới Miami chỉ nhằm “thu thập thông tin”",
        chain: [pub000, peskov],
      },
    ],
  },
  {
    key: "peskov-dmitriev-will-report-back-to-moscow",
    speaker: "dmitry-peskov",
    roleHeld: "Người phát ngôn Điện Kremlin",
    quote:
      "ông Dmitriev “sẽ tiếp nhận thông tin về những gì đã được người Mỹ và châu Âu xây dựng” trong kế hoạch, rồi sau đó báo cáo lại cho Moscow",
    translation:
      "Mr Dmitriev “will receive information about what the Americans and Europeans have drawn up” in the plan and then report back to Moscow.",
    kind: "INDIRECT",
    saidAt: "2025-12-22",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks", "peace-plan"],
    status: "IN_REVIEW",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A000,
        exact:
          "ông Dmitriev “sẽ tiếp nhận thông tin về những gì đã được người Mỹ và châu Âu xây dựng” trong kế hoạch, rồi sau đó báo cáo lại cho Moscow",
        chain: [pub000, peskov],
      },
    ],
  },

  {
    key: "dmitriev-talks-constructive-will-continue",
    speaker: "kirill-dmitriev",
    roleHeld: "Đặc phái viên của Tổng thống Nga",
    quote: "các cuộc đàm phán diễn ra mang tính xây dựng và sẽ tiếp tục vào ngày 20/12",
    translation: "The talks were constructive and will continue on 20 December.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "APPROXIMATE",
    venue: "trao đổi với phóng viên sau cuộc gặp",
    topics: ["us-russia-talks"],
    status: "RETRACTED",
    verification: "UNVERIFIED",
    retractionReason:
      "Ngày trong bài gốc mâu thuẫn: bài viết cho biết cuộc gặp diễn ra ngày 20/12 nhưng lại dẫn lời rằng đàm phán “sẽ tiếp tục vào ngày 20/12”. Rút lại để đối chiếu với bản tin gốc của hãng thông tấn trước khi đăng lại.",
    appearances: [
      {
        article: A001,
        exact: "các cuộc đàm phán diễn ra mang tính xây dựng và sẽ tiếp tục vào ngày 20/12",
        chain: [pub001, wires001, personNode("kirill-dmitriev", "Kirill Dmitriev")],
      },
    ],
  },
  {
    key: "white-house-day-talks-concluded",
    speaker: "white-house",
    roleHeld: "Nhà Trắng (Văn phòng Tổng thống Mỹ)",
    quote: "các cuộc trao đổi trong ngày đã kết thúc",
    translation: "The day's talks have concluded.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks"],
    status: "REJECTED",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A001,
        exact: "các cuộc trao đổi trong ngày đã kết thúc",
        chain: [pub001, wires001, orgNode("white-house", "Nhà Trắng")],
      },
    ],
  },
  {
    key: "rubio-may-join-talks",
    speaker: "marco-rubio",
    roleHeld: "Ngoại trưởng kiêm Cố vấn An ninh Quốc gia Mỹ",
    quote: "ông cũng có thể tham gia các cuộc đàm phán",
    translation: "He might also take part in the talks.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A001,
        exact: "ông cũng có thể tham gia các cuộc đàm phán",
        chain: [pub001, wires001, rubio],
      },
    ],
  },
  {
    key: "officials-progress-on-security-guarantees-for-kyiv",
    speaker: "us-ukraine-eu-officials",
    roleHeld: "Quan chức Mỹ, Ukraine và EU (không nêu tên)",
    quote:
      "đã đạt được tiến triển về các bảo đảm an ninh cho Kyiv trong khuôn khổ các cuộc đàm phán nhằm chấm dứt cuộc xung đột",
    translation:
      "Progress has been made on security guarantees for Kyiv in the talks aimed at ending the conflict.",
    kind: "INDIRECT",
    saidAt: "2025-12-21",
    saidAtPrecision: "APPROXIMATE",
    topics: ["security-guarantees"],
    status: "CHANGES_REQUESTED",
    verification: "UNVERIFIABLE",
    appearances: [
      {
        article: A001,
        exact:
          "đã đạt được tiến triển về các bảo đảm an ninh cho Kyiv trong khuôn khổ các cuộc đàm phán nhằm chấm dứt cuộc xung đột",
        chain: [pub001, wires001, unnamedNode("us-ukraine-eu-officials", "Các quan chức Mỹ, Ukraine và EU")],
      },
    ],
  },
  {
    key: "russian-source-dmitriev-ukraine-meeting-ruled-out",
    speaker: "russian-source-reuters",
    roleHeld: "Nguồn tin Nga giấu tên",
    quote: "khả năng diễn ra cuộc gặp giữa ông Dmitriev và các nhà đàm phán Ukraine đã bị loại trừ",
    translation:
      "The possibility of a meeting between Mr Dmitriev and Ukrainian negotiators has been ruled out.",
    kind: "REPORTED",
    saidAt: "2025-12-20",
    saidAtPrecision: "APPROXIMATE",
    topics: ["trilateral-talks", "us-russia-talks"],
    status: "APPROVED",
    verification: "UNVERIFIABLE",
    appearances: [
      {
        article: A001,
        exact: "khả năng diễn ra cuộc gặp giữa ông Dmitriev và các nhà đàm phán Ukraine đã bị loại trừ",
        chain: [
          pub001,
          outletNode("reuters", "Reuters"),
          unnamedNode("russian-source-reuters", "Một nguồn tin Nga"),
        ],
      },
    ],
  },
  {
    key: "umerov-teams-agreed-to-continue-joint-efforts",
    speaker: "rustem-umerov",
    roleHeld: "Trưởng đoàn đàm phán của Ukraine",
    quote: "các nhóm Mỹ và châu Âu đã tiến hành đàm phán và nhất trí tiếp tục theo đuổi các nỗ lực chung",
    translation: "The American and European teams held talks and agreed to continue pursuing joint efforts.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "APPROXIMATE",
    venue: "Telegram",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A001,
        exact: "các nhóm Mỹ và châu Âu đã tiến hành đàm phán và nhất trí tiếp tục theo đuổi các nỗ lực chung",
        chain: [pub001, wires001, umerov],
      },
    ],
  },
  {
    key: "umerov-agreed-next-steps-with-us-partners",
    speaker: "rustem-umerov",
    roleHeld: "Trưởng đoàn đàm phán của Ukraine",
    quote:
      "Chúng tôi đã thống nhất với các đối tác Mỹ về các bước đi tiếp theo và việc tiếp tục công việc chung trong thời gian tới",
    translation:
      "We agreed with our American partners on the next steps and on continuing our joint work in the near future.",
    kind: "DIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "APPROXIMATE",
    venue: "Telegram",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A001,
        exact:
          "Chúng tôi đã thống nhất với các đối tác Mỹ về các bước đi tiếp theo và việc tiếp tục công việc chung trong thời gian tới",
        chain: [pub001, wires001, umerov],
      },
    ],
  },
  {
    key: "zelensky-ukraine-would-support-us-trilateral-talks",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "Ukraine sẽ ủng hộ đề xuất của Mỹ về các cuộc đàm phán ba bên giữa Mỹ, Ukraine và Nga nếu sáng kiến này giúp thúc đẩy thêm các cuộc trao đổi tù binh và mở đường cho các cuộc gặp giữa các nhà lãnh đạo 2 nước",
    translation:
      "Ukraine would support the US proposal for three-way talks between the US, Ukraine and Russia if the initiative helps advance further prisoner exchanges and opens the way to meetings between the two countries' leaders.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "DAY",
    venue: "phát biểu tại Kyiv",
    topics: ["trilateral-talks", "prisoner-exchange"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A001,
        exact:
          "Ukraine sẽ ủng hộ đề xuất của Mỹ về các cuộc đàm phán ba bên giữa Mỹ, Ukraine và Nga nếu sáng kiến này giúp thúc đẩy thêm các cuộc trao đổi tù binh và mở đường cho các cuộc gặp giữa các nhà lãnh đạo 2 nước",
        chain: [pub001, wires001, zelensky],
      },
    ],
  },
  {
    key: "zelensky-territory-zaporizhzhia-funding-unresolved",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "ba vấn đề then chốt liên quan đến lãnh thổ, Nhà máy điện hạt nhân Zaporizhzhia và nguồn tài chính cho tái thiết Ukraine đến nay vẫn chưa được giải quyết, và Ukraine đã chuyển lập trường của mình tới phía Mỹ",
    translation:
      "Three key issues, concerning territory, the Zaporizhzhia nuclear power plant and funding for Ukraine's reconstruction, remain unresolved, and Ukraine has conveyed its position to the US side.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "DAY",
    venue: "phát biểu tại Kyiv",
    topics: ["territory-donbass", "zaporizhzhia-plant", "reconstruction"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A001,
        exact:
          "ba vấn đề then chốt liên quan đến lãnh thổ, Nhà máy điện hạt nhân Zaporizhzhia và nguồn tài chính cho tái thiết Ukraine đến nay vẫn chưa được giải quyết, và Ukraine đã chuyển lập trường của mình tới phía Mỹ",
        chain: [pub001, wires001, zelensky],
      },
    ],
  },
  {
    key: "zelensky-meeting-important-despite-results",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote: "dù kết quả chưa đạt như kỳ vọng, việc tổ chức cuộc gặp như vậy vẫn có ý nghĩa quan trọng",
    translation: "Even if the results have not met expectations, holding such a meeting is still important.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "DAY",
    venue: "phát biểu tại Kyiv",
    topics: ["trilateral-talks"],
    status: "CHANGES_REQUESTED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A001,
        exact: "dù kết quả chưa đạt như kỳ vọng, việc tổ chức cuộc gặp như vậy vẫn có ý nghĩa quan trọng",
        chain: [pub001, wires001, zelensky],
      },
    ],
  },
  {
    key: "zelensky-discussed-election-security-with-us",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote: "Ukraine đã thảo luận với Mỹ về vấn đề an ninh bầu cử",
    translation: "Ukraine has discussed election security with the United States.",
    kind: "INDIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "DAY",
    topics: ["elections", "us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A001,
        exact: "Ukraine đã thảo luận với Mỹ về vấn đề an ninh bầu cử",
        chain: [pub001, wires001, zelensky],
      },
    ],
  },

  {
    key: "umerov-constructive-discussions-credible-path-to-peace",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      'trong 2 ngày qua, phái đoàn Ukraine và Mỹ đã có "các cuộc thảo luận mang tính xây dựng nhằm thúc đẩy một lộ trình đáng tin cậy hướng tới nền hòa bình bền vững và công bằng cho Ukraine”',
    translation:
      "Over the past two days the Ukrainian and US delegations held “constructive discussions to advance a credible path towards a lasting and just peace for Ukraine”.",
    kind: "INDIRECT",
    saidAt: "2025-12-05",
    saidAtPrecision: "DAY",
    topics: ["us-ukraine-talks", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact:
          'trong 2 ngày qua, phái đoàn Ukraine và Mỹ đã có "các cuộc thảo luận mang tính xây dựng nhằm thúc đẩy một lộ trình đáng tin cậy hướng tới nền hòa bình bền vững và công bằng cho Ukraine”',
        chain: [danTri, pravda, umerov],
      },
    ],
  },
  {
    key: "umerov-priority-independence-sovereignty-safety",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "ưu tiên của Ukraine tập trung vào một thỏa thuận bảo đảm bảo vệ độc lập và chủ quyền quốc gia của Ukraine, bảo đảm an toàn cho người dân Ukraine và thiết lập nền tảng ổn định cho một tương lai dân chủ thành công",
    translation:
      "Ukraine's priority is an agreement that protects Ukraine's independence and national sovereignty, ensures the safety of the Ukrainian people and lays a stable foundation for a successful democratic future.",
    kind: "INDIRECT",
    saidAt: "2025-12-05",
    saidAtPrecision: "DAY",
    topics: ["security-guarantees", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact:
          "ưu tiên của Ukraine tập trung vào một thỏa thuận bảo đảm bảo vệ độc lập và chủ quyền quốc gia của Ukraine, bảo đảm an toàn cho người dân Ukraine và thiết lập nền tảng ổn định cho một tương lai dân chủ thành công",
        chain: [danTri, pravda, umerov],
      },
    ],
  },
  {
    key: "umerov-progress-depends-on-russian-commitment",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh Quốc gia Ukraine",
    quote:
      "Cả hai bên nhấn mạnh tiến triển thực sự hướng tới bất kỳ thỏa thuận nào đều phụ thuộc vào việc Nga sẵn sàng thể hiện cam kết thực chất đối với hòa bình lâu dài, đặc biệt là bằng các bước đi hướng tới giảm leo thang và chấm dứt đổ máu",
    translation:
      "Both sides stressed that real progress towards any agreement depends on Russia's readiness to show serious commitment to long-term peace, in particular through steps towards de-escalation and an end to the bloodshed.",
    kind: "DIRECT",
    saidAt: "2025-12-05",
    saidAtPrecision: "DAY",
    topics: ["ceasefire", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact:
          "Cả hai bên nhấn mạnh tiến triển thực sự hướng tới bất kỳ thỏa thuận nào đều phụ thuộc vào việc Nga sẵn sàng thể hiện cam kết thực chất đối với hòa bình lâu dài, đặc biệt là bằng các bước đi hướng tới giảm leo thang và chấm dứt đổ máu",
        chain: [danTri, pravda, umerov],
      },
    ],
  },
  {
    key: "umerov-future-development-programme",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote:
      "các phái đoàn cũng xem xét một “Chương trình Phát triển Tương lai” nhằm hỗ trợ tái thiết Ukraine hậu chiến, các sáng kiến kinh tế chung giữa Mỹ và Ukraine, và các dự án phục hồi dài hạn",
    translation:
      "The delegations also reviewed a “Future Development Programme” to support Ukraine's post-war reconstruction, joint US–Ukraine economic initiatives and long-term recovery projects.",
    kind: "INDIRECT",
    saidAt: "2025-12-05",
    saidAtPrecision: "DAY",
    topics: ["reconstruction"],
    status: "DRAFT",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A002,
        exact:
          "các phái đoàn cũng xem xét một “Chương trình Phát triển Tương lai” nhằm hỗ trợ tái thiết Ukraine hậu chiến, các sáng kiến kinh tế chung giữa Mỹ và Ukraine, và các dự án phục hồi dài hạn",
        chain: [danTri, pravda, umerov],
      },
    ],
  },
  {
    key: "umerov-talks-to-continue-on-6-december",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Quốc gia Ukraine",
    quote: "2 bên sẽ tiếp tục thảo luận trong ngày hôm nay 6/12",
    translation: "The two sides will continue their discussions today, 6 December.",
    kind: "INDIRECT",
    saidAt: "2025-12-05",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks"],
    status: "REJECTED",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A002,
        exact: "2 bên sẽ tiếp tục thảo luận trong ngày hôm nay 6/12",
        chain: [danTri, pravda, umerov],
      },
    ],
  },
  {
    key: "witkoff-discussed-outcome-of-us-russia-meeting",
    speaker: "steve-witkoff",
    roleHeld: "Đặc phái viên Mỹ",
    quote:
      "2 bên đã thảo luận về kết quả cuộc gặp gần đây giữa Mỹ và Nga về kế hoạch hòa bình do Washington đề xuất nhằm chấm dứt xung đột ở Ukraine",
    translation:
      "The two sides discussed the outcome of the recent US–Russia meeting on the Washington-proposed peace plan to end the conflict in Ukraine.",
    kind: "INDIRECT",
    saidAt: "2025-12-06",
    saidAtPrecision: "APPROXIMATE",
    venue: "mạng xã hội X",
    topics: ["us-russia-talks", "peace-plan"],
    status: "IN_REVIEW",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact:
          "2 bên đã thảo luận về kết quả cuộc gặp gần đây giữa Mỹ và Nga về kế hoạch hòa bình do Washington đề xuất nhằm chấm dứt xung đột ở Ukraine",
        chain: [danTri, pravda, witkoff],
      },
    ],
  },
  {
    key: "witkoff-agreed-security-arrangements-framework",
    speaker: "steve-witkoff",
    roleHeld: "Đặc phái viên Mỹ",
    quote:
      "Mỹ và Ukraine cũng đã thống nhất về khuôn khổ các dàn xếp an ninh và bàn luận về những biện pháp răn đe cần thiết để duy trì hòa bình lâu dài",
    translation:
      "The US and Ukraine also agreed on the framework of security arrangements and discussed the deterrence measures needed to sustain a lasting peace.",
    kind: "INDIRECT",
    saidAt: "2025-12-06",
    saidAtPrecision: "APPROXIMATE",
    venue: "mạng xã hội X",
    topics: ["security-guarantees"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact:
          "Mỹ và Ukraine cũng đã thống nhất về khuôn khổ các dàn xếp an ninh và bàn luận về những biện pháp răn đe cần thiết để duy trì hòa bình lâu dài",
        chain: [danTri, pravda, witkoff],
      },
    ],
  },
  {
    key: "witkoff-ceasefire-steps-needed-for-reconstruction",
    speaker: "steve-witkoff",
    roleHeld: "Đặc phái viên Mỹ",
    quote:
      "Phía Mỹ và Ukraine nhấn mạnh chấm dứt xung đột và các bước đi đáng tin cậy hướng tới ngừng bắn và giảm leo thang là cần thiết để ngăn chặn xung đột tái diễn và để triển khai kế hoạch tái thiết toàn diện của Ukraine, vốn được thiết kế để đưa đất nước trở nên mạnh mẽ và thịnh vượng hơn trước",
    translation:
      "The US and Ukrainian sides stressed that ending the conflict and credible steps towards a ceasefire and de-escalation are necessary to prevent renewed conflict and to implement Ukraine's comprehensive reconstruction plan, designed to make the country stronger and more prosperous than before.",
    kind: "DIRECT",
    saidAt: "2025-12-06",
    saidAtPrecision: "APPROXIMATE",
    venue: "mạng xã hội X",
    topics: ["ceasefire", "reconstruction"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A002,
        exact:
          "Phía Mỹ và Ukraine nhấn mạnh chấm dứt xung đột và các bước đi đáng tin cậy hướng tới ngừng bắn và giảm leo thang là cần thiết để ngăn chặn xung đột tái diễn và để triển khai kế hoạch tái thiết toàn diện của Ukraine, vốn được thiết kế để đưa đất nước trở nên mạnh mẽ và thịnh vượng hơn trước",
        chain: [danTri, pravda, witkoff],
      },
    ],
  },
  {
    key: "ushakov-moscow-talks-useful-constructive",
    speaker: "yuri-ushakov",
    roleHeld: "Trợ lý Tổng thống Nga",
    quote: "cuộc thảo luận hiệu quả, mang tính xây dựng",
    translation: "The discussion was useful and constructive.",
    kind: "INDIRECT",
    saidAt: "2025-12-02",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact: "cuộc thảo luận hiệu quả, mang tính xây dựng",
        chain: [danTri, pravda, ushakov],
      },
    ],
  },
  {
    key: "ushakov-no-compromise-reached-yet",
    speaker: "yuri-ushakov",
    roleHeld: "Trợ lý Tổng thống Nga",
    quote: "chưa đạt được thỏa hiệp nào, nhưng các bên sẵn sàng tiếp tục làm việc",
    translation: "No compromise has been reached yet, but the sides are ready to continue working.",
    kind: "INDIRECT",
    saidAt: "2025-12-02",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A002,
        exact: "chưa đạt được thỏa hiệp nào, nhưng các bên sẵn sàng tiếp tục làm việc",
        chain: [danTri, pravda, ushakov],
      },
    ],
  },

  {
    key: "politico-sources-us-russia-talks-expected-in-miami",
    speaker: "politico-unnamed-sources",
    roleHeld: "Nguồn thạo tin giấu tên (theo Politico)",
    quote:
      "Mỹ và Liên bang Nga dự kiến sẽ đàm phán ở Miami (Mỹ) vào cuối tuần này nhằm thảo luận về nỗ lực chấm dứt xung đột Nga - Ukraine",
    translation:
      "The US and Russia are expected to hold talks in Miami (US) this weekend to discuss efforts to end the Russia–Ukraine conflict.",
    kind: "REPORTED",
    saidAt: "2025-12-17",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-russia-talks"],
    status: "APPROVED",
    verification: "UNVERIFIABLE",
    appearances: [
      {
        article: A003,
        exact:
          "Mỹ và Liên bang Nga dự kiến sẽ đàm phán ở Miami (Mỹ) vào cuối tuần này nhằm thảo luận về nỗ lực chấm dứt xung đột Nga - Ukraine",
        chain: [
          ttxvn,
          outletNode("kyiv-independent", "The Kyiv Independent"),
          outletNode("politico", "Politico"),
          unnamedNode("politico-unnamed-sources", "hai nguồn thạo tin giấu tên"),
        ],
      },
    ],
  },
  {
    key: "ryabkov-no-compromise-on-annexed-regions",
    speaker: "sergei-ryabkov",
    roleHeld: "Thứ trưởng Ngoại giao Nga",
    quote:
      "Moskva sẽ không chấp nhận bất kỳ “thỏa hiệp” nào liên quan đến các vùng lãnh thổ Ukraine đã sáp nhập vào Liên bang Nga",
    translation:
      "Moscow will not accept any “compromise” regarding the Ukrainian territories that have been annexed to the Russian Federation.",
    kind: "REPORTED",
    saidAt: "2025-12-16",
    saidAtPrecision: "DAY",
    venue: "tuyên bố",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact:
          "Moskva sẽ không chấp nhận bất kỳ “thỏa hiệp” nào liên quan đến các vùng lãnh thổ Ukraine đã sáp nhập vào Liên bang Nga",
        chain: [ttxvn, outletNode("euronews", "Euronews"), personNode("sergei-ryabkov", "Sergei Ryabkov")],
      },
    ],
  },
  {
    key: "ryabkov-moscow-keeps-claims-on-five-regions",
    speaker: "sergei-ryabkov",
    roleHeld: "Thứ trưởng Ngoại giao Nga",
    quote:
      "Moskva không hạ thấp các yêu sách của mình và muốn duy trì quyền kiểm soát đối với năm khu vực của Ukraine (nhưng đã sáp nhập vào Liên bang Nga), gồm: Crimea, Donetsk, Luhansk, Zaporizhzhia và Kherson",
    translation:
      "Moscow is not lowering its demands and wants to keep control over five regions of Ukraine (annexed by the Russian Federation): Crimea, Donetsk, Luhansk, Zaporizhzhia and Kherson.",
    kind: "INDIRECT",
    saidAt: "2025-12-16",
    saidAtPrecision: "DAY",
    topics: ["territory-donbass"],
    status: "APPROVED",
    rating: "MISLEADING",
    ratingExplanation:
      "“Duy trì quyền kiểm soát” ngụ ý Nga đang kiểm soát cả năm khu vực; theo Euronews (16/12), ngoài Crimea và phần lớn Luhansk, Nga không kiểm soát hoàn toàn Donetsk, Zaporizhzhia và Kherson, kể cả các thủ phủ của Zaporizhzhia và Kherson.",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact:
          "Moskva không hạ thấp các yêu sách của mình và muốn duy trì quyền kiểm soát đối với năm khu vực của Ukraine (nhưng đã sáp nhập vào Liên bang Nga), gồm: Crimea, Donetsk, Luhansk, Zaporizhzhia và Kherson",
        chain: [ttxvn, outletNode("euronews", "Euronews"), personNode("sergei-ryabkov", "Sergei Ryabkov")],
      },
    ],
  },
  {
    key: "euronews-russia-lacks-full-control-of-three-regions",
    speaker: "euronews",
    roleHeld: "Kênh tin tức châu Âu",
    quote:
      "trong số năm khu vực này, ngoài Crimea đã bị sáp nhập vào năm 2014 và phần lớn khu vực Luhansk, Liên bang Nga hiện không kiểm soát hoàn toàn bất kỳ khu vực nào trong ba khu vực còn lại là Donetsk, Zaporizhzhia và Kherson",
    translation:
      "Of these five regions, apart from Crimea, annexed in 2014, and most of Luhansk, Russia does not currently fully control any of the remaining three: Donetsk, Zaporizhzhia and Kherson.",
    kind: "INDIRECT",
    saidAt: "2025-12-16",
    saidAtPrecision: "APPROXIMATE",
    topics: ["territory-donbass"],
    status: "RETRACTED",
    verification: "UNVERIFIED",
    retractionReason:
      "Đây là thông tin bối cảnh do Euronews tổng hợp về tình hình chiến trường, không phải một phát ngôn được trích dẫn; đã gỡ khỏi sổ tuyên bố công khai và chuyển thành ghi chú bối cảnh.",
    appearances: [
      {
        article: A003,
        exact:
          "trong số năm khu vực này, ngoài Crimea đã bị sáp nhập vào năm 2014 và phần lớn khu vực Luhansk, Liên bang Nga hiện không kiểm soát hoàn toàn bất kỳ khu vực nào trong ba khu vực còn lại là Donetsk, Zaporizhzhia và Kherson",
        chain: [ttxvn, { kind: "OUTLET", label: "Euronews", outlet: "euronews", speaker: "euronews" }],
      },
    ],
  },
  {
    key: "kyiv-rejects-us-pressure-for-territorial-concessions",
    speaker: "ukraine-government",
    roleHeld: "Chính quyền Ukraine",
    quote:
      "Kyiv vẫn tiếp tục bác bỏ sức ép từ Mỹ yêu cầu nhượng bộ lãnh thổ, bao gồm việc rút khỏi một số khu vực ở Donbass mà lực lượng của Liên bang Nga vẫn chưa chiếm được hoàn toàn trên chiến trường",
    translation:
      "Kyiv continues to reject US pressure for territorial concessions, including withdrawing from parts of Donbass that Russian forces have not fully captured on the battlefield.",
    kind: "INDIRECT",
    saidAt: "2025-12-18",
    saidAtPrecision: "APPROXIMATE",
    topics: ["territory-donbass"],
    status: "DRAFT",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A003,
        exact:
          "Kyiv vẫn tiếp tục bác bỏ sức ép từ Mỹ yêu cầu nhượng bộ lãnh thổ, bao gồm việc rút khỏi một số khu vực ở Donbass mà lực lượng của Liên bang Nga vẫn chưa chiếm được hoàn toàn trên chiến trường",
        chain: [ttxvn, orgNode("ukraine-government", "Kyiv")],
      },
    ],
  },
  {
    key: "zelensky-donbass-very-important-to-me",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote: "Donbass (gồm Donetsk và Luhansk) là một vấn đề rất quan trọng đối với tôi.",
    translation: "Donbas (Donetsk and Luhansk) is a very important issue for me.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact: "Donbass (gồm Donetsk và Luhansk) là một vấn đề rất quan trọng đối với tôi.",
        chain: [ttxvn, zelensky],
      },
    ],
  },
  {
    key: "zelensky-continue-on-eastern-ukraine",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote: "Trước hết, vì tôi đã bắt đầu nói về miền Đông đất nước chúng ta, nên hãy tiếp tục",
    translation: "First of all, since I have started talking about the east of our country, let's continue.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "REJECTED",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A003,
        exact: "Trước hết, vì tôi đã bắt đầu nói về miền Đông đất nước chúng ta, nên hãy tiếp tục",
        chain: [ttxvn, zelensky],
      },
    ],
  },
  {
    key: "zelensky-russian-position-unchanged-wants-donbass",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "Về lập trường của phía Liên bang Nga, cho đến nay vẫn không thay đổi. Họ biết rõ rằng họ muốn Donbass của chúng ta.",
    translation:
      "As for the Russian position, it has not changed so far. They know very well that they want our Donbas.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact:
          "Về lập trường của phía Liên bang Nga, cho đến nay vẫn không thay đổi. Họ biết rõ rằng họ muốn Donbass của chúng ta.",
        chain: [ttxvn, zelensky],
      },
    ],
  },
  {
    key: "zelensky-ukraine-will-not-give-up-donbass",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "Lập trường của chúng ta là thực tế, khả thi và công bằng; chúng ta kiên định với điều đó, và chúng ta không muốn từ bỏ Donbass của mình",
    translation:
      "Our position is realistic, feasible and fair; we stand firm on it, and we do not want to give up our Donbas.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact:
          "Lập trường của chúng ta là thực tế, khả thi và công bằng; chúng ta kiên định với điều đó, và chúng ta không muốn từ bỏ Donbass của mình",
        chain: [ttxvn, zelensky],
      },
    ],
  },
  {
    key: "zelensky-us-proposes-free-economic-zone",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote: "Người Mỹ muốn tìm một thỏa hiệp. Họ đang đề xuất một khu kinh tế tự do.",
    translation: "The Americans want to find a compromise. They are proposing a free economic zone.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact: "Người Mỹ muốn tìm một thỏa hiệp. Họ đang đề xuất một khu kinh tế tự do.",
        chain: [ttxvn, zelensky],
      },
    ],
  },
  {
    key: "zelensky-free-economic-zone-not-russian-control",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "Tôi muốn nhấn mạnh một lần nữa: khu kinh tế tự do không có nghĩa là nằm dưới sự kiểm soát của Liên bang Nga. Đây là những đặc điểm rất quan trọng đối với tôi trong bất kỳ khuôn khổ nào liên quan đến Donbass.",
    translation:
      "I want to stress once again: a free economic zone does not mean being under the control of the Russian Federation. These are very important features for me in any framework concerning Donbas.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A003,
        exact:
          "Tôi muốn nhấn mạnh một lần nữa: khu kinh tế tự do không có nghĩa là nằm dưới sự kiểm soát của Liên bang Nga. Đây là những đặc điểm rất quan trọng đối với tôi trong bất kỳ khuôn khổ nào liên quan đến Donbass.",
        chain: [ttxvn, zelensky],
      },
    ],
  },
  {
    key: "zelensky-will-not-recognise-donbass-as-russian",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "Cả về mặt pháp lý (de jure) và trên thực tế (de facto), chúng tôi đều sẽ không công nhận Donbass là của Liên bang Nga",
    translation:
      "Neither de jure nor de facto will we recognise Donbas as belonging to the Russian Federation.",
    kind: "DIRECT",
    saidAt: "2025-12-15",
    saidAtPrecision: "DAY",
    venue: "trao đổi với phóng viên",
    topics: ["territory-donbass"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A003,
        exact:
          "Cả về mặt pháp lý (de jure) và trên thực tế (de facto), chúng tôi đều sẽ không công nhận Donbass là của Liên bang Nga",
        chain: [ttxvn, zelensky],
      },
    ],
  },

  {
    key: "kyiv-independent-umerov-delegation-met-rubio",
    speaker: "kyiv-independent",
    roleHeld: "Báo The Kyiv Independent",
    quote:
      "phái đoàn Ukraine do Thư ký Hội đồng An ninh và Quốc phòng Rustem Umerov dẫn đầu đã gặp Ngoại trưởng Mỹ Marco Rubio, đặc phái viên Steve Witkoff và Jared Kushner, con rể Tổng thống Mỹ Donald Trump",
    translation:
      "The Ukrainian delegation led by Security and Defence Council Secretary Rustem Umerov met US Secretary of State Marco Rubio, envoy Steve Witkoff and Jared Kushner, President Donald Trump's son-in-law.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A004,
        exact:
          "phái đoàn Ukraine do Thư ký Hội đồng An ninh và Quốc phòng Rustem Umerov dẫn đầu đã gặp Ngoại trưởng Mỹ Marco Rubio, đặc phái viên Steve Witkoff và Jared Kushner, con rể Tổng thống Mỹ Donald Trump",
        chain: [
          pub004,
          {
            kind: "OUTLET",
            label: "tờ Kyiv Independent",
            outlet: "kyiv-independent",
            speaker: "kyiv-independent",
          },
        ],
      },
    ],
  },
  {
    key: "rubio-very-productive-meeting",
    speaker: "marco-rubio",
    roleHeld: "Ngoại trưởng Mỹ",
    quote: "đây là cuộc gặp “rất hiệu quả”",
    translation: "This was a “very productive” meeting.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "họp báo sau cuộc đàm phán",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A004,
        exact: "đây là cuộc gặp “rất hiệu quả”",
        chain: [pub004, rubio],
      },
    ],
  },
  {
    key: "rubio-talks-focused-on-ending-war-and-prosperity",
    speaker: "marco-rubio",
    roleHeld: "Ngoại trưởng Mỹ",
    quote:
      "nội dung tập trung vào các điều khoản chấm dứt xung đột cũng như “thịnh vượng dài hạn” của Ukraine",
    translation:
      "The talks focused on the terms for ending the conflict as well as Ukraine's “long-term prosperity”.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "họp báo sau cuộc đàm phán",
    topics: ["peace-plan", "reconstruction"],
    status: "IN_REVIEW",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A004,
        exact:
          "nội dung tập trung vào các điều khoản chấm dứt xung đột cũng như “thịnh vượng dài hạn” của Ukraine",
        chain: [pub004, rubio],
      },
    ],
  },
  {
    key: "rubio-built-on-geneva-foundation-more-work-needed",
    speaker: "marco-rubio",
    roleHeld: "Ngoại trưởng Mỹ",
    quote:
      "Tôi cho rằng chúng ta đã bắt đầu đặt nền tảng ở Geneva. Chúng ta đã tiếp tục công việc đó trong suốt tuần qua. Hôm nay chúng ta đã xây dựng tiếp trên nền tảng ấy, nhưng vẫn còn nhiều việc phải làm",
    translation:
      "I think we started laying the groundwork in Geneva. We continued that work throughout the past week. Today we built further on that foundation, but there is still a lot of work to do.",
    kind: "DIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "họp báo sau cuộc đàm phán",
    topics: ["us-ukraine-talks", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A004,
        exact:
          "Tôi cho rằng chúng ta đã bắt đầu đặt nền tảng ở Geneva. Chúng ta đã tiếp tục công việc đó trong suốt tuần qua. Hôm nay chúng ta đã xây dựng tiếp trên nền tảng ấy, nhưng vẫn còn nhiều việc phải làm",
        chain: [pub004, rubio],
      },
    ],
  },
  {
    key: "rubio-sensitive-complex-another-party-involved",
    speaker: "marco-rubio",
    roleHeld: "Ngoại trưởng Mỹ",
    quote:
      "Đây là vấn đề nhạy cảm, phức tạp, có rất nhiều yếu tố liên quan và rõ ràng còn có thêm một bên khác trong tiến trình này",
    translation:
      "This is a delicate, complicated matter with a great many moving parts, and obviously there is another party involved in this process.",
    kind: "DIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "họp báo sau cuộc đàm phán",
    topics: ["us-ukraine-talks", "peace-plan"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A004,
        exact:
          "Đây là vấn đề nhạy cảm, phức tạp, có rất nhiều yếu tố liên quan và rõ ràng còn có thêm một bên khác trong tiến trình này",
        chain: [pub004, rubio],
      },
    ],
  },
  {
    key: "umerov-significant-progress-narrowing-differences",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Ukraine",
    quote:
      "Kiev đã đạt “tiến triển đáng kể trong việc thúc đẩy hòa bình trên nền tảng tôn trọng và trong việc thu hẹp khác biệt với phía Mỹ” sau vòng đàm phán “khó khăn nhưng hiệu quả”",
    translation:
      "Kyiv made “significant progress in advancing a dignified peace and in narrowing differences with the US side” after a “difficult but productive” round of talks.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "mạng xã hội",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A004,
        exact:
          "Kiev đã đạt “tiến triển đáng kể trong việc thúc đẩy hòa bình trên nền tảng tôn trọng và trong việc thu hẹp khác biệt với phía Mỹ” sau vòng đàm phán “khó khăn nhưng hiệu quả”",
        chain: [pub004, umerov],
      },
    ],
  },
  {
    key: "umerov-key-goals-unchanged-shared-by-us",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Ukraine",
    quote:
      "các mục tiêu then chốt của Ukraine – an ninh, chủ quyền và nền hòa bình vững bền – “không thay đổi và cũng là quan điểm chung của phía Mỹ”",
    translation:
      "Ukraine's key goals – security, sovereignty and a lasting peace – “remain unchanged and are also shared by the US side”.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    topics: ["us-ukraine-talks", "security-guarantees"],
    status: "APPROVED",
    verification: "VERIFIED_SECONDARY",
    appearances: [
      {
        article: A004,
        exact:
          "các mục tiêu then chốt của Ukraine – an ninh, chủ quyền và nền hòa bình vững bền – “không thay đổi và cũng là quan điểm chung của phía Mỹ”",
        chain: [pub004, umerov],
      },
    ],
  },
  {
    key: "zelensky-grateful-to-us-and-trump-team",
    speaker: "volodymyr-zelensky",
    roleHeld: "Tổng thống Ukraine",
    quote:
      "cảm kích nước Mỹ, đội ngũ của Tổng thống Trump và cá nhân Tổng thống vì đã dành nhiều thời gian để xác định các bước cần thiết nhằm chấm dứt xung đột",
    translation:
      "[He is] grateful to the United States, to President Trump's team and to the President personally for the time spent identifying the steps needed to end the conflict.",
    kind: "DIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "thông điệp đăng sau cuộc gọi với ông Umerov",
    topics: ["us-ukraine-talks"],
    status: "APPROVED",
    verification: "VERIFIED_PRIMARY",
    appearances: [
      {
        article: A004,
        exact:
          "cảm kích nước Mỹ, đội ngũ của Tổng thống Trump và cá nhân Tổng thống vì đã dành nhiều thời gian để xác định các bước cần thiết nhằm chấm dứt xung đột",
        chain: [pub004, zelensky],
      },
    ],
  },
  {
    key: "umerov-thanks-trump-for-ten-months-of-efforts",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Ukraine",
    quote:
      "cảm ơn ông Trump và người dân Mỹ vì nỗ lực kéo dài 10 tháng qua nhằm chấm dứt tình trạng Nga đưa quân sang lãnh thổ Ukraine",
    translation:
      "[He] thanked Mr Trump and the American people for ten months of efforts to end Russia's deployment of troops onto Ukrainian territory.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "tại bàn đàm phán",
    topics: ["us-ukraine-talks"],
    status: "DRAFT",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A004,
        exact:
          "cảm ơn ông Trump và người dân Mỹ vì nỗ lực kéo dài 10 tháng qua nhằm chấm dứt tình trạng Nga đưa quân sang lãnh thổ Ukraine",
        chain: [pub004, umerov],
      },
    ],
  },
  {
    key: "umerov-expects-productive-successful-meeting",
    speaker: "rustem-umerov",
    roleHeld: "Thư ký Hội đồng An ninh và Quốc phòng Ukraine",
    quote: "ông “trông đợi cuộc họp hiệu quả và thành công hôm nay”",
    translation: "He “looks forward to a productive and successful meeting today”.",
    kind: "INDIRECT",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    venue: "tại bàn đàm phán",
    topics: ["us-ukraine-talks"],
    status: "DRAFT",
    verification: "UNVERIFIED",
    appearances: [
      {
        article: A004,
        exact: "ông “trông đợi cuộc họp hiệu quả và thành công hôm nay”",
        chain: [pub004, umerov],
      },
    ],
  },
  {
    key: "us-official-white-house-wants-territory-security-resolved",
    speaker: "us-official-axios",
    roleHeld: "Quan chức Mỹ giấu tên",
    quote: "Nhà Trắng muốn giải quyết hai vấn đề then chốt với Ukraine: lãnh thổ và bảo đảm an ninh",
    translation:
      "The White House wants to settle two key issues with Ukraine: territory and security guarantees.",
    kind: "REPORTED",
    saidAt: "2025-12-01",
    saidAtPrecision: "APPROXIMATE",
    topics: ["territory-donbass", "security-guarantees", "us-ukraine-talks"],
    status: "APPROVED",
    verification: "UNVERIFIABLE",
    appearances: [
      {
        article: A004,
        exact: "Nhà Trắng muốn giải quyết hai vấn đề then chốt với Ukraine: lãnh thổ và bảo đảm an ninh",
        chain: [
          pub004,
          outletNode("axios", "Axios"),
          unnamedNode("us-official-axios", "Một quan chức Mỹ giấu tên"),
        ],
      },
    ],
  },
];

export const links: SeedLink[] = [
  {
    from: "ushakov-no-trilateral-format-being-built",
    to: "zelensky-ukraine-would-support-us-trilateral-talks",
    type: "CONTRADICTS",
    note: "Kyiv nói sẽ ủng hộ đề xuất đàm phán ba bên của Mỹ (20/12); Moscow khẳng định không có định dạng ba bên nào đang được xây dựng.",
  },
  {
    from: "ushakov-trilateral-meeting-not-needed",
    to: "zelensky-ukraine-would-support-us-trilateral-talks",
    type: "CONTRADICTS",
    note: "Ushakov calls a trilateral meeting at national-security-adviser level unnecessary, against Zelensky's conditional support for US-proposed three-way talks.",
  },
  {
    from: "russian-source-dmitriev-ukraine-meeting-ruled-out",
    to: "ushakov-no-trilateral-format-being-built",
    type: "SUPPORTS",
    note: "A Russian source (via Reuters) says a Dmitriev meeting with Ukrainian negotiators was ruled out, consistent with Ushakov's account. Unnamed source: does not count as independent corroboration of substance.",
  },
  {
    from: "witkoff-talks-covered-plan-guarantees-prosperity",
    to: "umerov-four-key-documents-us-ukraine-meeting",
    type: "SUPPORTS",
    note: "Witkoff's statement on the same Miami talks confirms the agenda Umerov described: 20-point plan, multilateral security guarantees, economic and prosperity plan.",
  },
  {
    from: "witkoff-ukraine-fully-committed-to-peace",
    to: "umerov-ukraine-committed-just-lasting-peace",
    type: "SUPPORTS",
    note: "Phía Mỹ xác nhận cam kết của Ukraine đối với một nền hòa bình công bằng và bền vững, như ông Umerov nêu.",
  },
  {
    from: "zelensky-confirms-three-days-of-talks",
    to: "umerov-productive-constructive-meetings-miami",
    type: "SUPPORTS",
    note: "Zelensky confirms the three days of US–Ukraine discussions in Miami reported by Umerov.",
  },
  {
    from: "ryabkov-no-compromise-on-annexed-regions",
    to: "zelensky-will-not-recognise-donbass-as-russian",
    type: "CONTRADICTS",
    note: "Moscow rules out any compromise on the annexed regions (incl. Donetsk and Luhansk); Kyiv will not recognise Donbas as Russian, de jure or de facto.",
  },
  {
    from: "ryabkov-moscow-keeps-claims-on-five-regions",
    to: "zelensky-russian-position-unchanged-wants-donbass",
    type: "SUPPORTS",
    note: "Lời ông Ryabkov (Moskva không hạ thấp yêu sách với năm khu vực) phù hợp với nhận định của ông Zelensky rằng lập trường của Nga không thay đổi.",
  },
  {
    from: "ushakov-european-proposals-hinder-lasting-peace",
    to: "ushakov-no-compromise-reached-yet",
    type: "UPDATES",
    note: "On 2/12 Ushakov said no compromise yet but the sides were ready to keep working; by the Miami round he says Kyiv's and Europe's proposals obstruct a lasting peace.",
  },
  {
    from: "ushakov-european-proposals-hinder-lasting-peace",
    to: "umerov-four-key-documents-us-ukraine-meeting",
    type: "RESPONDS_TO",
    note: "Moscow's reaction to the Ukrainian and European input to the plan discussed in Miami (the article places the two side by side).",
  },
  {
    from: "peskov-dmitriev-trip-to-gather-information",
    to: "politico-sources-us-russia-talks-expected-in-miami",
    type: "UPDATES",
    note: "The US–Russia contact in Miami that Politico's unnamed sources expected did take place; the Kremlin describes Dmitriev's trip as information-gathering.",
  },
  {
    from: "zelensky-territory-zaporizhzhia-funding-unresolved",
    to: "us-official-white-house-wants-territory-security-resolved",
    type: "UPDATES",
    note: "Đầu tháng 12, Nhà Trắng được cho là muốn giải quyết vấn đề lãnh thổ với Ukraine; đến 20/12, ông Zelensky cho biết vấn đề lãnh thổ vẫn chưa được giải quyết.",
  },
];
