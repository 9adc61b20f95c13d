import type { DatePrecision } from "../generated/prisma/enums";

export type Locale = "vi" | "en";

const tz = "UTC"; // said-at dates are calendar dates; never shift them by the server's zone

/** A said-at date as precisely as it is known: "20/12/2025", "tháng 12/2025", "khoảng 20/12/2025". */
type DateLike = Date | string;
const toDate = (d: DateLike): Date =>
  typeof d === "string" ? new Date(d.length === 10 ? `${d}T00:00:00.000Z` : d) : d;

export function formatSaidAt(
  value: DateLike | null,
  precision: DatePrecision,
  locale: Locale = "vi",
): string {
  if (!value) return locale === "vi" ? "Chưa rõ ngày" : "Date unknown";
  const date = toDate(value);
  const intl = locale === "vi" ? "vi-VN" : "en-GB";
  switch (precision) {
    case "YEAR":
      return String(date.getUTCFullYear());
    case "MONTH":
      return new Intl.DateTimeFormat(intl, { month: "long", year: "numeric", timeZone: tz }).format(date);
    case "APPROXIMATE":
      return `${locale === "vi" ? "khoảng" : "around"} ${formatDay(date, locale)}`;
    case "DAY":
      return formatDay(date, locale);
  }
}

export function formatDay(value: DateLike, locale: Locale = "vi"): string {
  const date = toDate(value);
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: tz,
  }).format(date);
}

/** ISO date (YYYY-MM-DD) for <time dateTime> and JSON. */
export function isoDay(value: DateLike): string {
  return toDate(value).toISOString().slice(0, 10);
}
