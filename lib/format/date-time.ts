import type { Locale } from "./dates";

/**
 * When something happened in the newsroom (a save, a submission, a comment), to the minute. The
 * demo newsroom works in Vietnam: times are shown in its zone, the same for every reader of the
 * dashboard and on the server and in the browser (no hydration difference), with the zone named
 * where a page shows times at all (`NEWSROOM_ZONE_LABEL`). Said-at dates stay calendar days
 * (lib/format/dates.ts).
 */
export const NEWSROOM_TIME_ZONE = "Asia/Ho_Chi_Minh";
export const NEWSROOM_ZONE_LABEL = "GMT+7";

type DateLike = Date | string;

export function formatDateTime(value: DateLike, locale: Locale = "vi"): string {
  const date = typeof value === "string" ? new Date(value) : value;
  const intl = locale === "vi" ? "vi-VN" : "en-GB";
  const inNewsroom = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(intl, { ...options, timeZone: NEWSROOM_TIME_ZONE }).format(date);
  const day = inNewsroom({ day: "numeric", month: "short", year: "numeric" });
  const time = inNewsroom({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  // "14:03, 21 thg 12, 2025" reads naturally in Vietnamese; "21 Dec 2025, 14:03" in English.
  return locale === "vi" ? `${time}, ${day}` : `${day}, ${time}`;
}
