import Link from "next/link";
import { CorrectionNotice } from "@/components/claims/CorrectionNotice";
import { localePath, publicTranslator } from "@/i18n/public";
import { findClaimCorrections } from "@/lib/corrections/queries";

/**
 * What changed on this page since it was published: each correction and the retraction, newest
 * first, with the public reason (cached under the claim's own tag, which every change expires).
 */
export async function ClaimChangeHistory({ slug }: { slug: string }) {
  const corrections = await findClaimCorrections(slug);
  if (corrections.length === 0) return null;
  const t = publicTranslator("publicCorrections");
  return (
    <section className="mt-8" aria-labelledby="change-history-heading" data-testid="change-history">
      <h2 id="change-history-heading" className="text-xl font-bold">
        {t("historyHeading")}
      </h2>
      <ol className="mt-4 space-y-3 text-sm">
        {corrections.map((c) => (
          <li key={c.version} className="rounded-lg border border-slate-200 bg-white p-4">
            <CorrectionNotice correction={c} />
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs">
        <Link href={localePath("/corrections")} className="underline hover:text-accent">
          {t("historyAll")}
        </Link>
      </p>
    </section>
  );
}
