import { Badge } from "@/components/ui/Badge";
import { inPublicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicClaimSummary } from "@/lib/claims/public-dto";
import { verificationTone } from "./StatusBadges";

/**
 * What a reader is told about a claim on a card: retracted or not, whether the words were
 * checked against their source ("Lời nói: …"), and the rating of what was said ("Nội dung: …").
 * Each badge names its question, so "Nội dung: Đúng" beside "Lời nói: chưa đối chiếu với nguồn"
 * reads as two answers, not a contradiction. Never the newsroom's workflow state.
 */
export function AssessmentBadges({
  claim,
}: {
  claim: Pick<PublicClaimSummary, "status" | "verification" | "rating">;
}) {
  const { RATING_AXIS, VERIFICATION_AXIS, publicStatusLabel, publicVerificationLabel } = publicLabels();
  const t = publicTranslator("public.labels");
  return (
    <>
      {claim.status === "RETRACTED" && <Badge tone="bad">{publicStatusLabel.RETRACTED}</Badge>}
      <Badge tone={verificationTone[claim.verification]}>
        {t("axisAnswer", { axis: VERIFICATION_AXIS, answer: publicVerificationLabel[claim.verification] })}
      </Badge>
      {claim.rating && (
        <span className="inline-flex items-center rounded-full bg-violet-50 px-2.5 py-0.5 text-xs font-medium text-violet-900 ring-1 ring-inset ring-violet-300">
          {t("axisAnswer", {
            axis: RATING_AXIS,
            answer: inPublicLocale(claim.rating.label, claim.rating.labelEn),
          })}
        </span>
      )}
    </>
  );
}
