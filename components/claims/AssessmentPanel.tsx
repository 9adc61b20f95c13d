import Link from "next/link";
import { publicVerificationLabel, publicVerificationMeaning, sentenceCase } from "@/lib/claims/labels";
import type { PublicClaimSummary } from "@/lib/claims/public-dto";

/**
 * The claim page's answer to the two questions readers ask, each under its own question so
 * neither is read as the other: was it really said (the quote's verification against its
 * source), and is it true (the rating, given only for factual assertions).
 */
export function AssessmentPanel({ claim }: { claim: Pick<PublicClaimSummary, "verification" | "rating"> }) {
  const rating = claim.rating;
  return (
    <section
      aria-labelledby="assessment-heading"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="assessment-heading" className="sr-only">
        Kiểm chứng và đánh giá
      </h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div data-testid="verification-answer" className="rounded-md bg-slate-50 p-3">
          <dt className="text-muted">Lời nói có đúng như được trích?</dt>
          <dd className="mt-1">
            <p className="font-semibold">{sentenceCase(publicVerificationLabel[claim.verification])}</p>
            <p className="mt-1 text-muted">{publicVerificationMeaning[claim.verification]}</p>
          </dd>
        </div>
        <div
          data-testid="rating-answer"
          className={`rounded-md p-3 ${rating ? "bg-violet-50 text-violet-950" : "bg-slate-50"}`}
        >
          <dt className={rating ? "" : "text-muted"}>Điều được nói có đúng không?</dt>
          <dd className="mt-1">
            {rating ? (
              <>
                <p className="font-semibold">
                  Đánh giá của ClaimLedger: {rating.label}
                  {rating.value !== null && <span className="ml-2 font-normal">({rating.value}/5)</span>}
                </p>
                {rating.explanation && <p className="mt-1">{rating.explanation}</p>}
              </>
            ) : (
              <p className="text-muted">
                Không đánh giá: chỉ những nhận định về sự việc mới được chấm đúng/sai.
              </p>
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-4 text-xs text-muted">
        Hai câu hỏi độc lập: một nhận định có thể được đánh giá là đúng trong khi lời trích chưa được đối
        chiếu với bản gốc, và ngược lại.{" "}
        <Link href="/about#danh-gia" className="underline hover:text-accent">
          Phương pháp
        </Link>
      </p>
    </section>
  );
}
