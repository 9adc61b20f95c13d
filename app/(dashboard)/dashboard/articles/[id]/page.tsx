import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { StatusBadge, VerificationBadge } from "@/components/claims/StatusBadges";
import { ArticleArchive } from "@/components/ingest/ArticleArchive";
import { ArticleTextCorrector } from "@/components/ingest/ArticleTextCorrector";
import { RowList } from "@/components/ui/RowList";
import { Section } from "@/components/ui/Section";
import { findArticleDetailForStaff } from "@/lib/articles/queries";
import { requirePageAction } from "@/lib/auth/actor";
import { formatDay } from "@/lib/format/dates";
import { formatDateTime } from "@/lib/format/date-time";
import { roleAllows } from "@/lib/permissions";
import { isId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articlesUx.detail");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** One stored article: where it came from, its ingestion review, and the claims that cite it. */
export default async function ArticleDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageAction("claim.read_internal");
  if (!isId(id)) notFound();
  const found = await findArticleDetailForStaff(actor, id);
  if (!found) notFound();
  const { article, claims } = found;
  const [locale, t, tEnum, tUrl] = await Promise.all([
    getLocale(),
    getTranslations("articlesUx.detail"),
    getTranslations("enums"),
    getTranslations("ingestUrl"),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/dashboard/articles" className="text-sm text-accent hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-bold tracking-tight" lang={article.language}>
          {article.title}
        </h1>
        <Link
          href={`/dashboard/ingest/${article.id}`}
          className="inline-block rounded-md border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-sky-50"
        >
          {t("review")}
        </Link>
      </div>

      <Section id="article-meta" heading="hidden" title={t("metaHeading")}>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
          <MetaRow label={t("outlet")}>{article.outlet.name}</MetaRow>
          <MetaRow label={t("publishedOn")}>
            {article.publishedAt ? (
              <time dateTime={article.publishedAt.toISOString().slice(0, 10)}>
                {formatDay(article.publishedAt, locale)}
              </time>
            ) : (
              t("unknown")
            )}
          </MetaRow>
          <MetaRow label={t("byline")}>{article.byline ?? t("unknown")}</MetaRow>
          <MetaRow label={t("url")}>
            {article.url ? (
              <a
                href={article.url}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="break-all text-accent underline"
              >
                {article.url}
              </a>
            ) : (
              t("unknown")
            )}
          </MetaRow>
          <MetaRow label={t("language")}>{article.language}</MetaRow>
          <MetaRow label={t("stored")}>
            {t("storedBy", {
              when: formatDateTime(article.createdAt, locale),
              name: article.createdBy?.name ?? "—",
            })}
          </MetaRow>
        </dl>
      </Section>

      <Section id="citing-claims" heading="medium" title={t("citingHeading", { count: claims.length })}>
        {claims.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t("noClaims")}</p>
        ) : (
          <RowList
            items={claims}
            rowKey={(c) => c.id}
            className="mt-3"
            rowClassName="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between"
          >
            {(c) => (
              <>
                <div className="min-w-0">
                  <p className="font-medium">{c.speaker.name}</p>
                  <Link
                    href={`/dashboard/claims/${c.id}`}
                    className="line-clamp-2 text-accent hover:underline"
                    lang={c.language}
                  >
                    {c.quote}
                  </Link>
                  <p className="text-xs text-muted">{t("passages", { count: c._count.appearances })}</p>
                </div>
                <div className="flex shrink-0 flex-wrap gap-1 sm:flex-col sm:items-end">
                  <StatusBadge status={c.status} label={tEnum(`editorialStatus.${c.status}`)} />
                  <VerificationBadge
                    verification={c.verification}
                    label={tEnum(`verificationStatus.${c.verification}`)}
                  />
                </div>
              </>
            )}
          </RowList>
        )}
      </Section>

      {article.appearances.length > 0 && (
        <section
          aria-labelledby="sources-lost"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
        >
          <h2 id="sources-lost" className="font-semibold text-amber-900">
            {tUrl("lostHeading", { count: article.appearances.length })}
          </h2>
          <p className="mt-1 text-amber-900">{tUrl("lostIntro")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {article.appearances.map((a) => (
              <li key={a.id}>
                <Link href={`/dashboard/claims/${a.claim.id}`} className="text-accent underline" lang="vi">
                  {tUrl("lostItem", { speaker: a.claim.speaker.name, exact: a.exact })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ArticleArchive snapshots={article.snapshots} locale={locale} />

      {roleAllows(actor.role, "article.manage") && (
        <ArticleTextCorrector
          articleId={article.id}
          text={article.text}
          contentHash={article.contentHash}
          // Where the page was last fetched from (the canonical address it names may not answer).
          url={article.snapshots[0]?.requestedUrl ?? article.url}
        />
      )}

      <section aria-labelledby="article-text">
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-semibold">
            <h2 id="article-text" className="inline">
              {t("textHeading", { count: [...article.text].length })}
            </h2>
          </summary>
          <div className="mt-3 whitespace-pre-wrap text-sm leading-relaxed" lang={article.language}>
            {article.text}
          </div>
        </details>
      </section>
    </div>
  );
}

function MetaRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-medium text-muted">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
