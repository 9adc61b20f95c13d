import { publicTranslator } from "../../i18n/public";
import { PUBLIC_LOCALE } from "../../i18n/public";
import type { PublicCorrection } from "./queries";

/** The public site's words for a correction: "trích dẫn và thời điểm phát ngôn", "Lý do: …". */
const t = publicTranslator("publicCorrections");
const list = new Intl.ListFormat(PUBLIC_LOCALE, { style: "long", type: "conjunction" });

export function correctedFieldsText(c: Pick<PublicCorrection, "fields">): string {
  return list.format(c.fields.map((f) => t(`field.${f}`)));
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
  if (c.reason) return t("reason", { reason: c.reason });
  if (c.cause === "speaker_merge") return t("speakerMerge");
  return null;
}
