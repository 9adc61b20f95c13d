import Link from "next/link";
import { localePath, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";

/** One visible line (no tooltip: phones have no hover) saying what the two kinds of badge answer. */
export function AssessmentLegend({ className = "" }: { className?: string }) {
  const { RATING_AXIS, VERIFICATION_AXIS } = publicLabels();
  return (
    <p className={`text-xs text-muted ${className}`} data-testid="assessment-legend">
      {publicTranslator("public.legend").rich("text", {
        verification: VERIFICATION_AXIS,
        rating: RATING_AXIS,
        strong: (axis) => <strong className="font-semibold text-ink">{axis}</strong>,
        link: (words) => (
          <Link href={localePath("/about#danh-gia")} className="underline hover:text-accent">
            {words}
          </Link>
        ),
      })}
    </p>
  );
}
