import Link from "next/link";
import { localePath, publicLocale } from "@/i18n/public";
import type { ReactNode } from "react";
import { AssessmentBadges } from "@/components/claims/AssessmentBadges";
import { ClaimQuoteLink } from "@/components/claims/ClaimQuoteLink";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicClaimSummary } from "@/lib/claims/public-dto";
import { formatSaidAt, isoDay } from "@/lib/format/dates";

export function ClaimSummaryCard({
  claim,
  showSpeaker = true,
  children,
}: {
  claim: PublicClaimSummary;
  showSpeaker?: boolean;
  children?: ReactNode;
}) {
  const { claimKindLabel } = publicLabels();
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-accent/50">
      {showSpeaker && (
        <div className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
          <Link
            href={localePath(`/speakers/${claim.speaker.slug}`)}
            className="font-semibold text-ink hover:text-accent"
          >
            {claim.speaker.name}
          </Link>
          {claim.speaker.roleHeld && <span>· {claim.speaker.roleHeld}</span>}
        </div>
      )}
      <h2 className="mt-2 font-serif text-lg leading-snug">
        <ClaimQuoteLink claim={claim} />
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-xs text-muted">
        {claim.saidAt ? (
          <time dateTime={isoDay(claim.saidAt)}>
            {formatSaidAt(claim.saidAt, claim.saidAtPrecision, publicLocale())}
          </time>
        ) : null}
        <span>· {claimKindLabel[claim.kind]}</span>
        <AssessmentBadges claim={claim} />
      </div>
      {children}
    </article>
  );
}
