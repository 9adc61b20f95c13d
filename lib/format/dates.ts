import type { DatePrecision } from "../generated/prisma/enums";

export type Locale = "vi" | "en";

const tz = "UTC"; // said-at dates are calendar dates; never shift them by the server's zone

/** A said-at date as precisely as it is known: "20/12/2025", "tháng 12/2025", "khoảng 20/12/2025". */
export function formatSaidAt(date: Date | null, precision: DatePrecision, locale: Locale = "vi"): string {
  if (!date) return locale === "vi" ? "Chưa rõ ngày" : "Date unknown";
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

export function formatDay(date: Date, locale: Locale = "vi"): string {
  return new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: tz,
  }).format(date);
}

/** ISO date (YYYY-MM-DD) for <time dateTime> and JSON. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
