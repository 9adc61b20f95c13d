import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { SuggestionClaim, SuggestionView } from "@/lib/suggestions/queries";
import { HighlightedQuote } from "./HighlightedQuote";
import { SuggestionActions } from "./SuggestionActions";

/** One suggested link: both statements with their differing words marked, why, and the decision. */
export async function SuggestionCard({
  suggestion: s,
  currentClaimId,
  canDecide,
}: {
  suggestion: SuggestionView;
  /** On a claim's page: that claim is named "this claim" rather than linked. */
  currentClaimId?: string;
  canDecide: boolean;
}) {
  const t = await getTranslations("linkSuggestions");
  const reasons = s.reasons
    .filter((r): r is "polarity" | "opposite" | "number" | "date" | "party" =>
      ["polarity", "opposite", "number", "date", "party"].includes(r),
    )
    .map((r) => t(`reason.${r}`))
    .join("; ");
  const side = (label: string, c: SuggestionClaim) => (
    <div className="rounded-md border border-slate-200 p-3">
      <p className="text-xs font-medium text-muted">
        {label} — <span lang="vi">{c.speaker}</span>
        {" · "}
        {c.id === currentClaimId ? (
          t("thisClaim")
        ) : (
          <Link href={`/dashboard/claims/${c.id}`} className="text-accent underline">
            {t("openClaim")}
          </Link>
        )}
      </p>
      <div className="mt-1">
        <HighlightedQuote quote={c.quote} highlights={c.highlights} />
      </div>
    </div>
  );
  return (
    <article
      aria-label={t(`type.${s.type}`)}
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="link-suggestion"
    >
      <h3 className="font-semibold">{t(`type.${s.type}`)}</h3>
      {reasons && <p className="mt-1 text-xs text-muted">{t("why", { reasons })}</p>}
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {side(t("earlier"), s.earlier)}
        {side(t("later"), s.later)}
      </div>
      <p className="mt-2 text-xs text-muted">{t("differs")}</p>
      {canDecide ? (
        <SuggestionActions id={s.id} type={s.type} />
      ) : (
        <p className="mt-2 text-xs text-muted">{t("reviewerOnly")}</p>
      )}
    </article>
  );
}
