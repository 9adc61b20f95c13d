import Link from "next/link";
import { localePath, publicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicClaim } from "@/lib/claims/public-dto";
import { quotedText } from "@/lib/claims/quote-text";
import { formatDay } from "@/lib/format/dates";

/** The top of a public claim page: where it sits, a retraction first if there is one, then who said what. */
export function ClaimHeading({ claim }: { claim: PublicClaim }) {
  const { claimKindLabel, speakerKindLabel } = publicLabels();
  const t = publicTranslator("public.claim");
  return (
    <>
      <nav aria-label={publicTranslator("public.common")("breadcrumb")} className="text-sm text-muted">
        <Link href={localePath("/claims")} className="hover:text-accent">
          {t("breadcrumbClaims")}
        </Link>{" "}
        /{" "}
        <Link href={localePath(`/speakers/${claim.speaker.slug}`)} className="hover:text-accent">
          {claim.speaker.name}
        </Link>
      </nav>

      {claim.retraction && (
        <div
          role="note"
          aria-label={t("retractionLabel")}
          className="mt-4 rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-900"
        >
          <p className="font-semibold">
            {claim.retraction.retractedAt
              ? t("retractedOn", { date: formatDay(claim.retraction.retractedAt, publicLocale()) })
              : t("retracted")}
          </p>
          {claim.retraction.reason && (
            <p className="mt-1">{t("retractionReason", { reason: claim.retraction.reason })}</p>
          )}
        </div>
      )}

      <header className="mt-4">
        <p className="text-sm font-medium text-muted">
          <Link
            href={localePath(`/speakers/${claim.speaker.slug}`)}
            className="text-base font-semibold text-ink hover:text-accent"
          >
            {claim.speaker.name}
          </Link>
          {claim.speaker.roleHeld ? ` — ${claim.speaker.roleHeld}` : ""}
          <span className="ml-2 text-xs">({speakerKindLabel[claim.speaker.kind]})</span>
        </p>
        <h1 className="mt-3 font-serif text-2xl leading-relaxed sm:text-3xl" lang={claim.language}>
          {quotedText(claim.kind, claim.quote)}
        </h1>
        {claim.kind !== "DIRECT" && (
          <p className="mt-2 text-sm text-muted" data-testid="claim-kind-note">
            {t(`kindNote.${claim.kind}`, { kind: claimKindLabel[claim.kind] })}
          </p>
        )}
        {claim.translation && (
          <p className="mt-3 border-l-4 border-slate-300 pl-4 italic text-muted" lang="en">
            {claim.translation}
          </p>
        )}
      </header>
    </>
  );
}
