import { publicLocale, publicTranslator } from "@/i18n/public";
import { correctedFieldsText, correctionReasonText, correctionSentenceKey } from "@/lib/corrections/words";
import type { PublicCorrection } from "@/lib/corrections/queries";
import { formatDay } from "@/lib/format/dates";

/** One public change to a claim: what was corrected (or that it was retracted), when, and why. */
export function CorrectionNotice({ correction }: { correction: PublicCorrection }) {
  const t = publicTranslator("publicCorrections");
  const reason = correctionReasonText(correction);
  return (
    <>
      <p>
        {t.rich(correctionSentenceKey(correction), {
          date: formatDay(correction.at, publicLocale()),
          fields: correctedFieldsText(correction),
          time: (day) => <time dateTime={correction.at}>{day}</time>,
        })}
      </p>
      {reason && <p className="mt-1 text-muted">{reason}</p>}
    </>
  );
}
