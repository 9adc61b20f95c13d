import { notFound } from "next/navigation";
import { AssessmentLegend } from "@/components/claims/AssessmentLegend";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { Pager } from "@/components/ui/Pager";
import { localePath, publicTranslator } from "@/i18n/public";
import { listPublishedClaims } from "@/lib/claims/public-queries";

const pageHref = (n: number) => localePath(n === 1 ? "/claims" : `/claims/page/${n}`);

/** One page of published claims; pages are plain paths (/claims/page/2) so each is cached. */
export async function PublishedClaimList({ page }: { page: number }) {
  const { claims, total, pages } = await listPublishedClaims(page);
  if (page > pages) notFound();
  const t = publicTranslator("public.claimList");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro", { count: total })}</p>
      <AssessmentLegend className="mt-2" />
      {claims.length === 0 ? (
        <p className="mt-10 rounded-lg border border-dashed border-slate-300 p-8 text-center text-muted">
          {t("empty")}
        </p>
      ) : (
        <ul className="mt-8 space-y-4">
          {claims.map((claim) => (
            <li key={claim.slug}>
              <ClaimSummaryCard claim={claim} />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pages={pages} href={pageHref} />
    </>
  );
}
