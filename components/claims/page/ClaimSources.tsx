import { AttributionChain } from "@/components/claims/AttributionChain";
import { SourceExcerpt } from "@/components/claims/SourceExcerpt";
import { PublicSourcingLine } from "@/components/laundering/PublicSourcingLine";
import { Section } from "@/components/ui/Section";
import { publicLocale, publicTranslator } from "@/i18n/public";
import type { PublicClaim } from "@/lib/claims/public-dto";
import { formatDay, isoDay } from "@/lib/format/dates";

/** Every article the claim was found in, with its words there and who passed them on to whom. */
export function ClaimSources({ claim }: { claim: PublicClaim }) {
  const t = publicTranslator("public.claim.sources");
  return (
    <Section
      id="sources-heading"
      heading="large"
      title={t("heading", { count: claim.appearances.length })}
      className="mt-8"
    >
      <p className="mt-1 text-sm text-muted" data-testid="corroboration">
        {t("corroboration", { count: claim.corroboration })}
      </p>
      <PublicSourcingLine sourcing={claim.sourcing} />
      <ul className="mt-4 space-y-4">
        {claim.appearances.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a claim may appear twice in one article; the list is fixed per render
          <li key={`${a.article.slug}-${i}`} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-sm">
              <span className="font-semibold">{a.outlet.name}</span>
              {a.article.publishedAt && (
                <>
                  {" · "}
                  <time dateTime={isoDay(a.article.publishedAt)}>
                    {formatDay(a.article.publishedAt, publicLocale())}
                  </time>
                </>
              )}
            </p>
            <p className="mt-1 font-medium">
              {a.article.url ? (
                <a
                  href={a.article.url}
                  className="text-accent hover:underline"
                  rel="noopener noreferrer nofollow"
                >
                  {a.article.title}
                </a>
              ) : (
                a.article.title
              )}
              {a.article.byline && (
                <span className="text-sm font-normal text-muted"> — {a.article.byline}</span>
              )}
            </p>
            <SourceExcerpt excerpt={a.excerpt} language={a.article.language} />
            <div className="mt-3">
              <p className="mb-1 text-xs uppercase tracking-wide text-muted">{t("chain")}</p>
              <AttributionChain chain={a.chain} />
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
