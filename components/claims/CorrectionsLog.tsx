import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimQuoteLink } from "@/components/claims/ClaimQuoteLink";
import { CorrectionNotice } from "@/components/claims/CorrectionNotice";
import { Pager } from "@/components/ui/Pager";
import { localePath, publicTranslator } from "@/i18n/public";
import { listCorrections } from "@/lib/corrections/queries";

export const CORRECTIONS_FEED_PATH = "/corrections/feed.xml";
const pageHref = (n: number) => localePath(n === 1 ? "/corrections" : `/corrections/page/${n}`);

/** One page of the public corrections log, newest first; pages are plain paths so each is cached. */
export async function CorrectionsLog({ page }: { page: number }) {
  const { items, total, pages } = await listCorrections(page);
  if (page > pages) notFound();
  const t = publicTranslator("publicCorrections");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <p className="mt-2 text-sm text-muted">
        {t("count", { count: total })}{" "}
        {t.rich("feed", {
          link: (label) => (
            <a
              href={CORRECTIONS_FEED_PATH}
              type="application/atom+xml"
              className="underline hover:text-accent"
            >
              {label}
            </a>
          ),
        })}
      </p>
      {items.length === 0 ? (
        <p className="mt-10 rounded-lg border border-dashed border-slate-300 p-8 text-center text-muted">
          {t("empty")}
        </p>
      ) : (
        <ol className="mt-8 space-y-4" data-testid="corrections-log">
          {items.map((c) => (
            <li
              key={`${c.claim.slug}-${c.version}`}
              className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
            >
              <p className="text-xs text-muted">
                {t.rich("claimOf", {
                  speaker: c.claim.speakerName,
                  link: (name) => (
                    <Link
                      href={localePath(`/speakers/${c.claim.speakerSlug}`)}
                      className="hover:text-accent hover:underline"
                    >
                      {name}
                    </Link>
                  ),
                })}
              </p>
              <p className="mt-1 font-medium">
                <ClaimQuoteLink claim={c.claim} />
              </p>
              <div className="mt-2">
                <CorrectionNotice correction={c} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pager page={page} pages={pages} href={pageHref} />
    </>
  );
}
