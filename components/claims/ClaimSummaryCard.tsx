import Link from "next/link";
import { StatusBadge, VerificationBadge } from "@/components/claims/StatusBadges";
import { claimKindLabel } from "@/lib/claims/labels";
import type { PublicClaimSummary } from "@/lib/claims/public-queries";
import { formatSaidAt, isoDay } from "@/lib/format/dates";

export function ClaimSummaryCard({ claim }: { claim: PublicClaimSummary }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-accent/50">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <span className="font-semibold text-ink">{claim.speaker.name}</span>
        {claim.roleHeld && <span>· {claim.roleHeld}</span>}
      </div>
      <h2 className="mt-2 font-serif text-lg leading-snug">
        <Link href={`/claims/${claim.slug}`} className="hover:text-accent hover:underline" lang="vi">
          “{claim.quote}”
        </Link>
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-xs text-muted">
        {claim.saidAt ? <time dateTime={isoDay(claim.saidAt)}>{formatSaidAt(claim.saidAt, claim.saidAtPrecision)}</time> : null}
        <span>· {claimKindLabel[claim.kind]}</span>
        <StatusBadge status={claim.status} />
        <VerificationBadge verification={claim.verification} />
      </div>
    </article>
  );
}
