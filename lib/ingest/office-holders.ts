/**
 * Who held Viet Nam's four highest offices, term by term (public record). Vietnamese news often
 * names the office alone ("Thủ tướng yêu cầu …", "Tổng Bí thư nhấn mạnh …") and every reader knows
 * who is meant on the article's date; the extractor names that person when the article itself
 * names no one with the title (in-article coreference always comes first).
 *
 * Terms end the day the successor was elected. KNOWN_UNTIL is the last day this table was checked
 * against the record: for a later article the office stays unresolved (a low-confidence statement
 * for the editor) rather than name someone who may no longer hold it. Keep it current.
 */
import { foldText } from "../text/normalize";

export const OFFICE_HOLDERS_KNOWN_UNTIL = "2025-12-31";

interface Term {
  name: string;
  from: string; // YYYY-MM-DD, first day in office
  to: string | null; // first day of the successor's term; null while in office
}

/** By folded title (titleHead's form). */
const TERMS: Record<string, Term[]> = {
  "thu tuong": [
    { name: "Phan Văn Khải", from: "1997-09-25", to: "2006-06-27" },
    { name: "Nguyễn Tấn Dũng", from: "2006-06-27", to: "2016-04-07" },
    { name: "Nguyễn Xuân Phúc", from: "2016-04-07", to: "2021-04-05" },
    { name: "Phạm Minh Chính", from: "2021-04-05", to: null },
  ],
  "chu tich nuoc": [
    { name: "Nguyễn Minh Triết", from: "2006-06-27", to: "2011-07-25" },
    { name: "Trương Tấn Sang", from: "2011-07-25", to: "2016-04-02" },
    { name: "Trần Đại Quang", from: "2016-04-02", to: "2018-09-21" },
    { name: "Nguyễn Phú Trọng", from: "2018-10-23", to: "2021-04-05" },
    { name: "Nguyễn Xuân Phúc", from: "2021-04-05", to: "2023-01-18" },
    { name: "Võ Văn Thưởng", from: "2023-03-02", to: "2024-03-21" },
    { name: "Tô Lâm", from: "2024-05-22", to: "2024-10-21" },
    { name: "Lương Cường", from: "2024-10-21", to: null },
  ],
  "tong bi thu": [
    { name: "Nông Đức Mạnh", from: "2001-04-22", to: "2011-01-19" },
    { name: "Nguyễn Phú Trọng", from: "2011-01-19", to: "2024-07-19" },
    { name: "Tô Lâm", from: "2024-08-03", to: null },
  ],
  "chu tich quoc hoi": [
    { name: "Nguyễn Phú Trọng", from: "2006-06-26", to: "2011-07-23" },
    { name: "Nguyễn Sinh Hùng", from: "2011-07-23", to: "2016-03-31" },
    { name: "Nguyễn Thị Kim Ngân", from: "2016-03-31", to: "2021-03-31" },
    { name: "Vương Đình Huệ", from: "2021-03-31", to: "2024-05-02" },
    { name: "Trần Thanh Mẫn", from: "2024-05-20", to: null },
  ],
};

/** The forms an article uses for the offices, folded ("Thủ tướng Chính phủ", "Chủ tịch QH"). */
const FORMS: Record<string, string> = {
  "thu tuong": "thu tuong",
  "thu tuong chinh phu": "thu tuong",
  "chu tich nuoc": "chu tich nuoc",
  "tong bi thu": "tong bi thu",
  "chu tich quoc hoi": "chu tich quoc hoi",
  "chu tich qh": "chu tich quoc hoi",
};

/**
 * The holder of the Vietnamese office `phrase` names, on `date` (YYYY-MM-DD), or null: an office
 * this table does not hold, a date outside every term or after OFFICE_HOLDERS_KNOWN_UNTIL.
 */
export function officeHolder(phrase: string, date: string | undefined): string | null {
  if (!date || date > OFFICE_HOLDERS_KNOWN_UNTIL) return null;
  const office = FORMS[foldText(phrase).replace(/\s+/g, " ").trim()];
  const term = office
    ? TERMS[office]?.find((t) => t.from <= date && (t.to === null || date < t.to))
    : undefined;
  return term?.name ?? null;
}
