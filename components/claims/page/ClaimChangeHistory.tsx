import Link from "next/link";
import { CorrectionNotice } from "@/components/claims/CorrectionNotice";
import { PublicHistoryHash } from "@/components/claims/page/PublicHistoryHash";
import { Section } from "@/components/ui/Section";
import { localePath, publicLocale, publicTranslator } from "@/i18n/public";
import { findPublicHistory } from "@/lib/audit/public-history";
import { findClaimCorrections } from "@/lib/corrections/queries";
import { formatDay } from "@/lib/format/dates";

/**
 * What changed on this page since it was published: each correction and the retraction, newest
 * first, with the public reason, down to the publication itself; every entry with its hash in the
 * claim's public hash chain (lib/audit/public-history.ts) and the audit event that recorded it,
 * so a reader can check that nothing was changed quietly (cached under the claim's own tag,
 * which every change expires).
 */
export async function ClaimChangeHistory({ slug }: { slug: string }) {
  const [corrections, history] = await Promise.all([findClaimCorrections(slug), findPublicHistory(slug)]);
  const entries = [...(history ?? [])].reverse();
  if (entries.length === 0 && corrections.length === 0) return null;
  const t = publicTranslator("publicCorrections");
  const tc = publicTranslator("auditChain");
  const publication = entries.find((e) => e.event === "publication");
  const byVersion = new Map(entries.map((e) => [e.version, e]));
  return (
    <Section
      id="change-history-heading"
      heading="large"
      title={t("historyHeading")}
      className="mt-8"
      testId="change-history"
    >
      <ol className="mt-4 space-y-3 text-sm">
        {corrections.map((c) => {
          const entry = byVersion.get(c.version);
          return (
            <li key={c.version} className="rounded-lg border border-slate-200 bg-white p-4">
              <CorrectionNotice correction={c} />
              {entry && <PublicHistoryHash entry={entry} />}
            </li>
          );
        })}
        {publication && (
          <li key="publication" className="rounded-lg border border-slate-200 bg-white p-4">
            <p>
              {tc.rich("published", {
                date: formatDay(publication.at, publicLocale()),
                time: (day) => <time dateTime={publication.at}>{day}</time>,
              })}
            </p>
            <PublicHistoryHash entry={publication} />
          </li>
        )}
      </ol>
      <p className="mt-3 text-xs text-muted" data-testid="change-history-verify">
        {tc.rich("verifyNote", {
          link: (text) => (
            <a href={`/api/v1/claims/${slug}/history`} className="underline hover:text-accent">
              {text}
            </a>
          ),
          api: (text) => (
            <a href="/api/v1/audit/head" className="underline hover:text-accent">
              <code>{text}</code>
            </a>
          ),
        })}
      </p>
      {corrections.length > 0 && (
        <p className="mt-3 text-xs">
          <Link href={localePath("/corrections")} className="underline hover:text-accent">
            {t("historyAll")}
          </Link>
        </p>
      )}
    </Section>
  );
}
