import { foldText } from "../text/normalize";

/**
 * The due date of a prediction or promise, read from its words ("trước cuối tuần", "đến năm 2030",
 * "trong 100 ngày", "trước ngày 31/12", "vào tháng tới", "cuối năm nay") relative to the day the
 * statement was made. Pure: no clock, no database; the dashboard's claim form and ingestion run it
 * to propose a date an editor confirms or clears.
 *
 * Precision over recall: only phrases that look forward give a date. A past reference ("từ năm
 * 2020", "100 ngày qua", "tháng trước", "năm ngoái"), a year or day before the statement, or a
 * vague "sắp tới" gives none. When a quote has several, the earliest date wins: the first moment
 * the statement can be checked.
 *
 * Matching runs on a folded copy (no diacritics, lower case, đ → d) built character by character,
 * so a quote typed without diacritics is read the same and each match maps back to the exact
 * words of the original (`phrase`, `start`, `end` in UTF-16 units of the text's NFC form, which
 * is how every stored quote is kept).
 */
export interface DeadlineSuggestion {
  /** The due day, YYYY-MM-DD (the last day the statement gave itself). */
  dueOn: string;
  /** The words that gave it, as written. */
  phrase: string;
  start: number;
  end: number;
}

/** Per-character fold of `text` with, for each folded unit, the offset of its source character. */
function foldWithOffsets(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch) || ch;
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
    i += ch.length;
  }
  at.push(text.length);
  return { folded, at };
}

type Day = { y: number; m: number; d: number }; // m: 1..12

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const toDay = (date: Date): Day => ({
  y: date.getUTCFullYear(),
  m: date.getUTCMonth() + 1,
  d: date.getUTCDate(),
});
const iso = (date: Date) => date.toISOString().slice(0, 10);
const lastOfMonth = (y: number, m: number) => utc(y, m + 1, 0);
const addDays = (date: Date, n: number) => new Date(date.getTime() + n * 86_400_000);
/** Sunday closing the ISO week (Monday–Sunday) of `date`. */
const endOfWeek = (date: Date) => addDays(date, (7 - date.getUTCDay()) % 7);
function addMonths(date: Date, n: number): Date {
  const { y, m, d } = toDay(date);
  const last = lastOfMonth(y, m + n).getUTCDate();
  return utc(y, m + n, Math.min(d, last));
}

const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  "muoi hai": 12,
  "hai muoi": 20,
  "ba muoi": 30,
  "mot tram": 100,
  tram: 100,
  nua: 0.5,
};

/** "100", "ba", "mười hai", "1.000" → a number; null when not one. */
function readNumber(words: string): number | null {
  const w = words.trim();
  if (/^\d{1,3}(\.\d{3})*$/.test(w)) return Number(w.replace(/\./g, ""));
  return NUMBER_WORDS[w] ?? null;
}

const NUM = String.raw`(\d{1,3}(?:\.\d{3})*|mot tram|muoi hai|hai muoi|ba muoi|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nua)`;
const UNIT = "(ngay|tuan|thang|nam|quy)";
// Words after a period that turn it into the past ("100 ngày qua", "tuần trước", "năm ngoái").
const NOT_PAST = String.raw`(?!\s*(?:vua\s+qua|qua|truoc\b|ngoai|roi|lien\s+tiep|lam\s+viec\s+qua))`;
// Words before a date that look forward to it.
const FORWARD = String.raw`(?:truoc|den(?:\s+het)?|toi|vao|trong|cham\s+nhat(?:\s+(?:la|vao|den))?|han(?:\s+chot)?|kip|ket\s+thuc|hoan\s+thanh(?:\s+(?:vao|trong|truoc))?|tu\s+nay\s+den(?:\s+het)?)(?:\s+la)?`;
const B = String.raw`(?<![\p{L}\p{N}])`; // word start
const E = String.raw`(?![\p{L}\p{N}])`; // word end

interface Rule {
  re: RegExp;
  due: (m: RegExpExecArray, said: Date, tense: Tense) => Date | null;
}

/** Whether the sentence around a match tells of the past ("đã", "vừa") and not of the future ("sẽ"). */
type Tense = () => "past" | "future" | "unknown";

const PAST_MARK = /(?<![\p{L}\p{N}])(?:da|vua|hoi)(?![\p{L}\p{N}])/u;
const FUTURE_MARK =
  /(?<![\p{L}\p{N}])(?:se|phai(?!\s+doan)|cam\s+ket|hua|du\s+kien|ke\s+hoach|muc\s+tieu|cham\s+nhat|quyet\s+tam|phan\s+dau)(?![\p{L}\p{N}])/u;

function tenseAt(folded: string, from: number, to: number): Tense {
  return () => {
    const before = folded.slice(0, from);
    const start = Math.max(before.search(/[^.!?;\n]*$/), 0);
    const endRel = folded.slice(to).search(/[.!?;\n]/);
    const sentence = folded.slice(start, endRel < 0 ? folded.length : to + endRel);
    if (FUTURE_MARK.test(sentence)) return "future";
    return PAST_MARK.test(sentence) ? "past" : "unknown";
  };
}

function periodEnd(unit: string, n: number, said: Date): Date | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  switch (unit) {
    case "ngay":
      return Number.isInteger(n) ? addDays(said, n) : null;
    case "tuan":
      return addDays(said, Math.round(n * 7));
    case "thang":
      return n < 1 ? addDays(said, 15) : addMonths(said, n);
    case "nam":
      return n < 1 ? addMonths(said, 6) : addMonths(said, Math.round(n * 12));
    case "quy":
      return addMonths(said, Math.round(n * 3));
    default:
      return null;
  }
}

/** The month named by number, in the statement's year or (when already past) the year given. */
function monthEnd(m: number, year: number | null, said: Date): Date | null {
  if (m < 1 || m > 12) return null;
  const s = toDay(said);
  const y = year ?? (m >= s.m ? s.y : s.y + 1);
  return lastOfMonth(y, m);
}

function dayOf(d: number, m: number, year: number | null, said: Date): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const s = toDay(said);
  let y = year ?? s.y;
  if (year !== null && year < 100) y = 2000 + year;
  const date = utc(y, m, d);
  if (date.getUTCMonth() !== m - 1) return null; // 31/2
  // Without a year, a day already past this year means next year's ("trước 31/1" said in March).
  if (year === null && date < said) return utc(y + 1, m, d);
  return date;
}

const year4 = (s: string | undefined) => (s ? Number(s) : null);

/** "vào", "trong" look neither forward nor back: a day or month without a year is not rolled over. */
const ambiguousLead = (phrase: string) => /^(vao|trong)\s/.test(phrase);

/** Each rule reads one kind of phrase from the folded text. */
const RULES: Rule[] = [
  // "trong 100 ngày (tới)", "trong vòng 3 tháng", "sau 2 năm nữa", "100 ngày tới", "chậm nhất 6 tháng"
  {
    re: new RegExp(
      String.raw`${B}(?:(trong(?:\s+vong)?|sau|cham\s+nhat|chi|mat|khoang|tu\s+nay\s+den)\s+)?${NUM}\s+${UNIT}(?:\s+(toi|nua|sau|sap\s+toi|ke\s+tu\s+nay|tiep\s+theo))?${E}${NOT_PAST}`,
      "gu",
    ),
    due: (m, said, tense) => {
      // A bare "3 tháng" is a length, not a deadline ("nhiệm kỳ 5 năm").
      if (!m[1] && !m[4]) return null;
      // "trong 3 ngày làm việc, phái đoàn đã …": a length of time in the past.
      const firm = m[4] || /^(cham|tu nay)/.test(m[1] ?? "");
      if (!firm && tense() === "past") return null;
      const n = readNumber(m[2]!);
      if (n === null) return null;
      return periodEnd(m[3]!, n, said);
    },
  },
  // "trước ngày 31/12", "đến 30/6/2027", "vào ngày 1-7 tới", "trước ngày 15 tháng 9 năm 2027"
  {
    re: new RegExp(
      String.raw`${B}${FORWARD}\s+(?:(?:het\s+)?ngay\s+)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?|\s+thang\s+(\d{1,2})(?:\s+(?:nam\s+)?(\d{4}))?)${E}(?![/.-]\d)${NOT_PAST}`,
      "gu",
    ),
    due: (m, said, tense) => {
      const d = Number(m[1]);
      const month = Number(m[2] ?? m[4]);
      const yearText = m[3] ?? m[5];
      const date = dayOf(d, month, yearText ? Number(yearText) : null, said);
      if (!date) return null;
      if (ambiguousLead(m[0]) && tense() === "past") return null;
      if (!yearText && toDay(date).y > toDay(said).y) {
        // "vào ngày 20/5" said in June tells of the past, not of next May; so does a day a few
        // weeks back ("từ 19/12 đến 21/12" said on the 22nd).
        if (ambiguousLead(m[0])) return null;
        const back = utc(toDay(date).y - 1, month, d);
        if (said.getTime() - back.getTime() < 62 * 86_400_000) return null;
      }
      return date;
    },
  },
  // "cuối tuần", "trước cuối tuần này", "trong tuần tới", "tuần sau", "cuối tuần sau"
  {
    re: new RegExp(
      String.raw`${B}(?:(cuoi|het|trong|vao|truoc|den)\s+)?(?:(cuoi|het)\s+)?tuan(?:\s+(nay|toi|sau|sap\s+toi))?${E}${NOT_PAST}`,
      "gu",
    ),
    due: (m, said) => {
      const lead = m[1] ?? m[2];
      const which = m[3];
      if (which === "toi" || which === "sau" || which === "sap toi")
        return endOfWeek(addDays(endOfWeek(said), 1));
      if (which === "nay" || lead === "cuoi" || lead === "het" || m[2]) return endOfWeek(said);
      return null; // "trong tuần" alone: no week named
    },
  },
  // "vào tháng tới", "cuối tháng này", "trong tháng sau", "hết tháng"
  {
    re: new RegExp(
      String.raw`${B}(?:(cuoi|het|trong|vao|truoc|den|dau)\s+)?(?:(cuoi|het|dau)\s+)?thang\s+(nay|toi|sau|sap\s+toi)${E}`,
      "gu",
    ),
    due: (m, said) => {
      const s = toDay(said);
      const next = m[3] !== "nay";
      if (m[1] === "dau" || m[2] === "dau") {
        const start = next ? utc(s.y, s.m + 1, 1) : utc(s.y, s.m, 1);
        return addDays(start, 9); // "đầu tháng": its first ten days
      }
      return next ? lastOfMonth(s.y, s.m + 1) : lastOfMonth(s.y, s.m);
    },
  },
  // "cuối tháng", "hết tháng" (this month) — alone, without nay/tới/sau or a number
  {
    re: new RegExp(
      String.raw`${B}(?:truoc\s+|den\s+|vao\s+)?(cuoi|het)\s+thang${E}(?!\s*(?:\d|nay|toi|sau|sap|truoc|qua|roi))`,
      "gu",
    ),
    due: (_m, said) => {
      const s = toDay(said);
      return lastOfMonth(s.y, s.m);
    },
  },
  // "trước tháng 10", "vào tháng 9", "đến cuối tháng 6/2027", "trong tháng 12 năm 2026"
  {
    re: new RegExp(
      String.raw`${B}${FORWARD}\s+(?:(cuoi|het|dau|giua)\s+)?thang\s+(\d{1,2})(?:\s*(?:[/-]|\s+nam\s+|\s+)(\d{4}))?${E}(?![/.-]\d)(?!\s+(?:nam\s+)?(?:ngoai|truoc|qua))`,
      "gu",
    ),
    due: (m, said) => {
      const month = Number(m[2]);
      const year = year4(m[3]);
      const lead = m[0].split(/\s+/)[0];
      const end = monthEnd(month, year, said);
      if (!end) return null;
      if (year !== null && end < said) return null;
      if (year === null && ambiguousLead(m[0]) && end.getUTCFullYear() > toDay(said).y) return null;
      // "trước tháng 10" (without cuối/hết): by the end of September.
      if (lead === "truoc" && !m[1]) return addDays(utc(end.getUTCFullYear(), month, 1), -1);
      if (m[1] === "dau") return utc(end.getUTCFullYear(), month, 10);
      if (m[1] === "giua") return utc(end.getUTCFullYear(), month, 15);
      return end;
    },
  },
  // "cuối năm nay", "trong năm nay", "hết năm", "năm sau", "sang năm", "cuối năm tới", "nửa đầu năm nay"
  {
    re: new RegExp(
      String.raw`${B}(?:(cuoi|het|trong|vao|truoc|den|dau|giua|nua\s+dau|nua\s+cuoi|sang)\s+)?(?:(cuoi|het|dau|giua|nua\s+dau)\s+)?nam(?:\s+(nay|toi|sau|sap\s+toi))?${E}${NOT_PAST}(?!\s*(?:\d|hoc|tai\s+chinh))`,
      "gu",
    ),
    due: (m, said) => {
      const s = toDay(said);
      const first = m[1];
      const second = m[2];
      const which = m[3];
      // "năm nay" alone is this year's news, not a deadline; "trong/cuối năm nay" and "năm tới" are.
      if (
        which === "nay"
          ? !first && !second
          : !which && first !== "sang" && first !== "cuoi" && first !== "het" && !second
      )
        return null;
      const y = which === "toi" || which === "sau" || which === "sap toi" || first === "sang" ? s.y + 1 : s.y;
      const part = second ?? first;
      if (part === "nua dau") return utc(y, 6, 30);
      if (part === "dau") return utc(y, 3, 31);
      if (part === "giua") return utc(y, 6, 30);
      // A bare "cuối năm"/"hết năm" said in the statement's year means that year.
      return utc(y, 12, 31);
    },
  },
  // "đến năm 2030", "trước năm 2027", "vào năm 2028", "tới 2030", "đến cuối năm 2026", "trong năm 2027"
  {
    re: new RegExp(
      String.raw`${B}${FORWARD}\s+(?:(cuoi|het|dau|giua|nua\s+dau)\s+)?(?:nam\s+)?((?:19|20|21)\d{2})${E}(?![/.-]\d)`,
      "gu",
    ),
    due: (m, said) => {
      const y = Number(m[2]);
      const s = toDay(said);
      if (y < s.y) return null;
      const lead = m[0].split(/\s+/)[0];
      // "trước năm 2030" (without cuối/hết): by the end of 2029.
      if (lead === "truoc" && !m[1]) return y > s.y ? utc(y - 1, 12, 31) : null;
      if (m[1] === "dau") return utc(y, 3, 31);
      if (m[1] === "giua" || m[1] === "nua dau") return utc(y, 6, 30);
      return utc(y, 12, 31);
    },
  },
  // "quý 3", "trong quý III năm 2027", "cuối quý này", "quý tới"
  {
    re: new RegExp(
      String.raw`${B}(?:${FORWARD}\s+)(?:(cuoi|het)\s+)?quy\s+(1|2|3|4|i|ii|iii|iv|nay|toi|sau)(?:\s*(?:[/-]|\s+nam\s+|\s+)(\d{4}))?${E}`,
      "gu",
    ),
    due: (m, said) => {
      const s = toDay(said);
      const q0 = Math.floor((s.m - 1) / 3) + 1;
      const named: Record<string, number> = { "1": 1, "2": 2, "3": 3, "4": 4, i: 1, ii: 2, iii: 3, iv: 4 };
      const which = m[2]!;
      let y = year4(m[3]) ?? s.y;
      let q = named[which] ?? (which === "nay" ? q0 : q0 + 1);
      if (q > 4) {
        q = 1;
        y += 1;
      }
      const end = lastOfMonth(y, q * 3);
      if (end < said) return m[3] ? null : lastOfMonth(y + 1, q * 3);
      return end;
    },
  },
  // "ngày mai", "ngày kia"
  {
    re: new RegExp(String.raw`${B}(?:ngay\s+)?(mai|ngay\s+kia)${E}`, "gu"),
    due: (m, said) => (m[1] === "mai" && !/^ngay/.test(m[0]) ? null : addDays(said, m[1] === "mai" ? 1 : 2)),
  },
  // English renderings (a translation): "within 100 days", "by 2030", "by the end of the year",
  // "next month", "by December 31"
  {
    re: /(?<![a-z])(?:within|in(?: the next)?)\s+(\d{1,4}|one|two|three|four|five|six|ten)\s+(day|week|month|year)s?(?![a-z])(?!\s+ago)/gu,
    due: (m, said) => {
      const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };
      const n = words[m[1]!] ?? Number(m[1]);
      const unit = { day: "ngay", week: "tuan", month: "thang", year: "nam" }[m[2] as "day"];
      return periodEnd(unit, n, said);
    },
  },
  {
    re: /(?<![a-z])(?:by|before|until|in)\s+(?:the end of\s+)?((?:19|20|21)\d{2})(?![\d/])/gu,
    due: (m, said) => {
      const y = Number(m[1]);
      if (y < toDay(said).y) return null;
      return /^before/.test(m[0]) && !/end of/.test(m[0]) ? utc(y - 1, 12, 31) : utc(y, 12, 31);
    },
  },
  {
    re: /(?<![a-z])(?:(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+(week|month|year)|(?:next|by next)\s+(week|month|year))(?![a-z])/gu,
    due: (m, said) => {
      const s = toDay(said);
      const next = !!m[2];
      const unit = m[1] ?? m[2];
      if (unit === "week") return next ? endOfWeek(addDays(endOfWeek(said), 1)) : endOfWeek(said);
      if (unit === "month") return lastOfMonth(s.y, s.m + (next ? 1 : 0));
      return utc(s.y + (next ? 1 : 0), 12, 31);
    },
  },
];

/**
 * The due date the statement gives itself, or null. `saidOn`: the day it was made (YYYY-MM-DD or
 * a Date); without one, nothing is proposed (a relative phrase means nothing without its day).
 */
export function extractDeadline(text: string, saidOn: string | Date | null): DeadlineSuggestion | null {
  if (!saidOn || !text) return null;
  const said = typeof saidOn === "string" ? new Date(`${saidOn.slice(0, 10)}T00:00:00.000Z`) : saidOn;
  if (Number.isNaN(said.getTime())) return null;
  const day = utc(said.getUTCFullYear(), said.getUTCMonth() + 1, said.getUTCDate());
  const source = text.normalize("NFC");
  const { folded, at } = foldWithOffsets(source);
  let best: DeadlineSuggestion | null = null;
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const from = m.index;
      const to = m.index + m[0].length;
      // A phrase already read by an earlier (more specific) rule is not read again in part.
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      // The end of a range ("từ 19/12 đến 21/12") is no deadline.
      if (
        /(?:^|\s)tu\s+(?:ngay\s+)?\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s+$/.test(
          folded.slice(Math.max(0, from - 24), from),
        )
      )
        continue;
      const due = rule.due(m, day, tenseAt(folded, from, to));
      if (!due || Number.isNaN(due.getTime()) || due < day) continue;
      taken.push([from, to]);
      const start = at[from]!;
      const end = at[to]!;
      const found = { dueOn: iso(due), phrase: source.slice(start, end), start, end };
      if (!best || found.dueOn < best.dueOn) best = found;
    }
  }
  return best;
}
