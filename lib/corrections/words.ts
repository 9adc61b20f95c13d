import { publicLocale, publicTranslator } from "../../i18n/public";
import type { PublicCorrection } from "./queries";

/** The public site's words for a correction: "trích dẫn và thời điểm phát ngôn", "Lý do: …". */
// In the language of the page being rendered (the corrections feed: Vietnamese).
const t = () => publicTranslator("publicCorrections");
const lists = new Map<string, Intl.ListFormat>();
function listFormat(): Intl.ListFormat {
  const locale = publicLocale();
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    lists.set(locale, list);
  }
  return list;
}

export function correctedFieldsText(c: Pick<PublicCorrection, "fields">): string {
  const words = t();
  return listFormat().format(c.fields.map((f) => words(`field.${f}`)));
}

/** Which sentence tells the entry: a retraction (with any fields corrected with it) or a correction. */
export function correctionSentenceKey(
  c: Pick<PublicCorrection, "kind" | "fields">,
): "correction" | "retraction" | "retractionWithFields" {
  if (c.kind === "correction") return "correction";
  return c.fields.length ? "retractionWithFields" : "retraction";
}

/** The reason line, or null when none was recorded (changes written before reasons were asked for). */
export function correctionReasonText(c: Pick<PublicCorrection, "reason" | "cause">): string | null {
  if (c.reason) return t()("reason", { reason: c.reason });
  if (c.cause === "speaker_merge") return t()("speakerMerge");
  return null;
}
