import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { inPublicLocale, localePath, publicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicClaim } from "@/lib/claims/public-dto";
import { formatSaidAt } from "@/lib/format/dates";

/** When and where it was said, in what form, and under which topics. */
export function ClaimFacts({ claim }: { claim: PublicClaim }) {
  const { claimKindLabel, publicStatusLabel } = publicLabels();
  const t = publicTranslator("public.claim.facts");
  const unknown = publicTranslator("public.common")("unknown");
  return (
    <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-muted">{t("saidAt")}</dt>
        <dd className="font-medium">
          {claim.saidAt ? (
            <time dateTime={claim.saidAt}>
              {formatSaidAt(claim.saidAt, claim.saidAtPrecision, publicLocale())}
            </time>
          ) : (
            unknown
          )}
        </dd>
      </div>
      <div>
        <dt className="text-muted">{t("venue")}</dt>
        <dd className="font-medium">{claim.venue ?? unknown}</dd>
      </div>
      <div>
        <dt className="text-muted">{t("kind")}</dt>
        <dd className="font-medium">{claimKindLabel[claim.kind]}</dd>
      </div>
      {claim.retraction && (
        <div>
          <dt className="text-muted">{t("status")}</dt>
          <dd className="mt-0.5">
            <Badge tone="bad">{publicStatusLabel.RETRACTED}</Badge>
          </dd>
        </div>
      )}
      {claim.topics.length > 0 && (
        <div className="sm:col-span-2">
          <dt className="text-muted">{t("topics")}</dt>
          <dd className="mt-1 flex flex-wrap gap-2">
            {claim.topics.map((topic) => (
              <Link
                key={topic.slug}
                href={localePath(`/topics/${topic.slug}`)}
                className="rounded bg-slate-100 px-2 py-0.5 text-xs hover:bg-sky-100"
              >
                {inPublicLocale(topic.nameVi, topic.nameEn)}
              </Link>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}
