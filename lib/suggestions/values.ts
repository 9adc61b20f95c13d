import { normalizeText } from "../text/normalize";

/**
 * Numbers and dates in a Vietnamese statement, as values that can be compared however they were
 * written: "100.000 tỷ" and "100 nghìn tỷ" are one amount, "30%" and "30 phần trăm" one share,
 * "5/5" and "ngày 5 tháng 5" one day. Vietnamese writes "." between thousands and "," before
 * decimals ("1.541 km", "7,5 triệu tấn"). Offsets are code points of the NFC text.
 */
export type Value =
  | { family: "number"; amount: number; percent: boolean; start: number; end: number; text: string }
  | {
      family: "date";
      day?: number;
      month?: number;
      quarter?: number;
      year?: number;
      start: number;
      end: number;
      text: string;
    };

const MULTIPLIERS: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** "100.000" → 100000, "7,5" → 7.5, "4,25" → 4.25, "1.541" → 1541. */
export function parseVietnameseNumber(text: string): number {
  const thousands = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text);
  const normal = thousands ? text.replace(/\./g, "").replace(",", ".") : text.replace(",", ".");
  return Number(normal);
}

const DATE_PATTERNS: {
  re: RegExp;
  build: (m: RegExpExecArray) => Omit<Value & { family: "date" }, "start" | "end" | "text" | "family">;
}[] = [
  {
    // "ngày 5 tháng 5 (năm 2025)"
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    build: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : undefined }),
  },
  {
    // "quý 1/2025", "quý 3 năm 2025", "quý 4"
    re: /quý\s+(\d)(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?/giu,
    build: (m) => ({ quarter: Number(m[1]), year: m[2] || m[3] ? Number(m[2] || m[3]) : undefined }),
  },
  {
    // "tháng 6/2026", "tháng 12 năm 2027", "tháng 9"
    re: /tháng\s+(\d{1,2})(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?/giu,
    build: (m) => ({ month: Number(m[1]), year: m[2] || m[3] ? Number(m[2] || m[3]) : undefined }),
  },
  {
    // "20/12", "20/12/2025", "6/2026" (month and year: the second number is a year)
    re: /(?<![\p{L}\d.,])(\d{1,2})\/(\d{1,4})(?:\/(\d{4}))?(?![\d%])/gu,
    build: (m) => {
      const second = Number(m[2]);
      if (second > 12) return { month: Number(m[1]), year: second };
      return { day: Number(m[1]), month: second, year: m[3] ? Number(m[3]) : undefined };
    },
  },
  {
    // "năm 2026", or a bare year
    re: /(?:năm\s+)?(?<![\p{L}\d.,]|\p{L}-)((?:19|20)\d{2})(?![\p{L}\d%]|[.,]\d)(?!\s*(?:người|tấn|km|ha|căn|ca|tỷ|triệu|nghìn|ngàn))/giu,
    build: (m) => ({ year: Number(m[1]) }),
  },
];

// A number written onto letters is part of a name, not an amount: F-35, G20, COVID-19, Su-30.
const NUMBER =
  /(?<![\p{L}\d.,]|\p{L}-)(\d+(?:[.,]\d+)*)(?![\p{L}\d]|[.,]\d)(\s*(?:%|phần trăm))?((?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))*)/giu;

/** Every number and date in the statement, in text order. */
export function extractValues(raw: string): Value[] {
  const text = normalizeText(raw);
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const found: (Value & { unitStart: number; unitEnd: number })[] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      if (overlaps(s, e)) continue;
      taken.push([s, e]);
      found.push({
        family: "date",
        ...pattern.build(m as RegExpExecArray),
        start: 0,
        end: 0,
        text: m[0],
        unitStart: s,
        unitEnd: e,
      });
    }
  }
  for (const m of text.matchAll(NUMBER)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    let amount = parseVietnameseNumber(m[1] ?? "");
    for (const word of (m[3] ?? "").trim().split(/\s+/).filter(Boolean))
      amount *= MULTIPLIERS[word.toLowerCase()] ?? 1;
    found.push({
      family: "number",
      amount,
      percent: Boolean(m[2]),
      start: 0,
      end: 0,
      text: m[0],
      unitStart: s,
      unitEnd: e,
    });
  }
  found.sort((a, b) => a.unitStart - b.unitStart);
  // UTF-16 index → code point index, in one pass over the sorted offsets.
  const wanted = [...new Set(found.flatMap((v) => [v.unitStart, v.unitEnd]))].sort((a, b) => a - b);
  const points = new Map<number, number>();
  let unit = 0;
  let cp = 0;
  for (const target of wanted) {
    while (unit < target) {
      unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
      cp++;
    }
    points.set(target, cp);
  }
  const point = (u: number) => points.get(u) ?? 0;
  return found.map(({ unitStart, unitEnd, ...v }) => ({
    ...v,
    start: point(unitStart),
    end: point(unitEnd),
  }));
}

/** The same value (or, for dates, no part that both give differs: "tháng 6" and "6/2026"). */
export function compatible(a: Value, b: Value): boolean {
  if (a.family !== b.family) return false;
  if (a.family === "number" && b.family === "number")
    return a.percent === b.percent && Math.abs(a.amount - b.amount) < 1e-9 * Math.max(1, Math.abs(a.amount));
  if (a.family === "date" && b.family === "date") {
    let shared = 0;
    for (const part of ["day", "month", "quarter", "year"] as const) {
      const x = a[part];
      const y = b[part];
      if (x === undefined || y === undefined) continue;
      if (x !== y) return false;
      shared++;
    }
    // "tháng 6" against "quý 3" have no part in common: not the same, not comparable.
    return shared > 0;
  }
  return false;
}

/** Two values of one kind that say different things (30% vs 45%, tháng 6 vs tháng 12). */
export function conflicting(a: Value, b: Value): boolean {
  if (a.family !== b.family || compatible(a, b)) return false;
  if (a.family === "number" && b.family === "number") return a.percent === b.percent;
  if (a.family === "date" && b.family === "date") {
    return (["day", "month", "quarter", "year"] as const).some(
      (part) => a[part] !== undefined && b[part] !== undefined && a[part] !== b[part],
    );
  }
  return false;
}
