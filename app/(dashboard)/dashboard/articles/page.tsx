import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { OutletForm } from "@/components/dashboard/forms/OutletForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { RowList } from "@/components/ui/RowList";
import { Section } from "@/components/ui/Section";
import { listOutletsAndArticles } from "@/lib/articles/queries";
import { requireActor } from "@/lib/auth/actor";
import { formatDay } from "@/lib/format/dates";
import { roleAllows } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("articles"), robots: { index: false } };
}

export default async function ArticlesPage() {
  const actor = await requireActor();
  const { outlets, articles } = await listOutletsAndArticles(actor);
  const canManage = roleAllows(actor.role, "article.manage");
  const [locale, t, tUx] = await Promise.all([
    getLocale(),
    getTranslations("articles"),
    getTranslations("articlesUx.list"),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        actions={
          // One way to store an article: ingestion (it also suggests the statements in it).
          canManage && (
            <Link
              href="/dashboard/ingest"
              className="rounded-md bg-accent px-3 py-2 text-sm font-medium text-white hover:bg-accent-strong"
            >
              {tUx("ingest")}
            </Link>
          )
        }
      />
      <Section
        id="articles-heading"
        heading="medium"
        title={t("articlesHeading", { count: articles.length })}
      >
        <RowList items={articles} rowKey={(a) => a.id} className="mt-3">
          {(a) => (
            <>
              <Link
                href={`/dashboard/articles/${a.id}`}
                className="font-medium text-accent hover:underline"
                lang={a.language}
              >
                {a.title}
              </Link>
              <p className="text-xs text-muted">
                {a.outlet.name}
                {a.publishedAt ? ` · ${formatDay(a.publishedAt, locale)}` : ""}
                {a.byline ? ` · ${a.byline}` : ""} · {t("citedAsSource", { count: a._count.appearances })}
              </p>
            </>
          )}
        </RowList>
      </Section>
      <Section id="outlets-heading" heading="medium" title={t("outletsHeading", { count: outlets.length })}>
        <ul className="mt-3 flex flex-wrap gap-2">
          {outlets.map((o) => (
            <li key={o.id} className="rounded-full border border-slate-200 bg-white px-3 py-1 text-sm">
              <Link href={`/dashboard/outlets/${o.id}`} className="text-accent hover:underline">
                {o.name}
              </Link>{" "}
              <span className="text-muted">({o._count.articles})</span>
            </li>
          ))}
        </ul>
      </Section>
      {canManage && (
        <Panel id="new-outlet" title={t("newOutletHeading")}>
          <OutletForm />
        </Panel>
      )}
    </div>
  );
}
