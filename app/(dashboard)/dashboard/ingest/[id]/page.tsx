import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReviewBoard } from "@/components/ingest/ReviewBoard";
import { Alert } from "@/components/ui/Alert";
import { requirePageAction } from "@/lib/auth/actor";
import { claimFormOptions } from "@/lib/claims/dashboard-queries";
import { reviewArticle } from "@/lib/ingest/service";
import { isId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Review suggested statements", robots: { index: false } };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isId(id)) notFound();
  const actor = await requirePageAction("claim.read_internal");
  const review = await reviewArticle(actor, id);
  if (!review) notFound();
  const [{ topics }, t] = await Promise.all([claimFormOptions(actor), getTranslations("ingest")]);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm text-muted">{review.article.outlet.name}</p>
        <h1 className="text-2xl font-bold tracking-tight" lang="vi">
          {review.article.title}
        </h1>
      </div>
      {!review.extraction.complete && (
        // The extractor stopped early (time limit, busy, or failed): say so, so nobody takes the
        // suggestions shown for the whole article.
        <Alert tone="warn" title={t("extractionIncomplete")}>
          {review.extraction.message}
        </Alert>
      )}
      <ReviewBoard
        article={{ id: review.article.id, title: review.article.title, text: review.article.text }}
        candidates={review.candidates}
        speakers={review.speakers}
        topics={topics}
      />
    </div>
  );
}
