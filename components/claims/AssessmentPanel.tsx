import Link from "next/link";
import { inPublicLocale, localePath, publicTranslator } from "@/i18n/public";
import { publicLabels, sentenceCase } from "@/lib/claims/labels";
import type { PublicClaimSummary } from "@/lib/claims/public-dto";
import { env } from "@/lib/env";

/**
 * The claim page's answer to the two questions readers ask, each under its own question so
 * neither is read as the other: was it really said (the quote's verification against its
 * source), and is it true (the rating, given only for factual assertions).
 */
export function AssessmentPanel({ claim }: { claim: Pick<PublicClaimSummary, "verification" | "rating"> }) {
  const { publicVerificationLabel, publicVerificationMeaning } = publicLabels();
  const rating = claim.rating;
  const t = publicTranslator("public.claim.assessment");
  return (
    <section
      aria-labelledby="assessment-heading"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="assessment-heading" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div data-testid="verification-answer" className="rounded-md bg-slate-50 p-3">
          <dt className="text-muted">{t("verificationQuestion")}</dt>
          <dd className="mt-1">
            <p className="font-semibold">{sentenceCase(publicVerificationLabel[claim.verification])}</p>
            <p className="mt-1 text-muted">{publicVerificationMeaning[claim.verification]}</p>
          </dd>
        </div>
        <div
          data-testid="rating-answer"
          className={`rounded-md p-3 ${rating ? "bg-violet-50 text-violet-950" : "bg-slate-50"}`}
        >
          <dt className={rating ? "" : "text-muted"}>{t("ratingQuestion")}</dt>
          <dd className="mt-1">
            {rating ? (
              <>
                <p className="font-semibold">
                  {t("rating", { label: inPublicLocale(rating.label, rating.labelEn), site: env.SITE_NAME })}
                  {rating.value !== null && <span className="ml-2 font-normal">({rating.value}/5)</span>}
                </p>
                {rating.explanation && <p className="mt-1">{rating.explanation}</p>}
              </>
            ) : (
              <p className="text-muted">{t("notRated")}</p>
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-4 text-xs text-muted">
        {t.rich("independent", {
          link: (words) => (
            <Link href={localePath("/about#danh-gia")} className="underline hover:text-accent">
              {words}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
