import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { OutletForm } from "@/components/dashboard/forms/OutletForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
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
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="text-lg font-semibold">
          {t("articlesHeading", { count: articles.length })}
        </h2>
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {articles.map((a) => (
            <li key={a.id} className="px-4 py-3 text-sm">
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
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="outlets-heading">
        <h2 id="outlets-heading" className="text-lg font-semibold">
          {t("outletsHeading", { count: outlets.length })}
        </h2>
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
      </section>
      {canManage && (
        <Panel id="new-outlet" title={t("newOutletHeading")}>
          <OutletForm />
        </Panel>
      )}
    </div>
  );
}
