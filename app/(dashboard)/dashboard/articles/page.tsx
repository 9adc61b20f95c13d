import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleForm, OutletForm } from "@/components/dashboard/ManageForms";
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
  const [locale, t] = await Promise.all([getLocale(), getTranslations("articles")]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="text-lg font-semibold">
          {t("articlesHeading", { count: articles.length })}
        </h2>
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {articles.map((a) => (
            <li key={a.id} className="px-4 py-3 text-sm">
              <p className="font-medium" lang={a.language}>
                {a.title}
              </p>
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
              {o.name} <span className="text-muted">({o._count.articles})</span>
            </li>
          ))}
        </ul>
      </section>
      {canManage && (
        <>
          <section aria-labelledby="new-article" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="new-article" className="text-lg font-semibold">
              {t("storeHeading")}
            </h2>
            <div className="mt-4">
              <ArticleForm outlets={outlets.map((o) => ({ id: o.id, name: o.name }))} />
            </div>
          </section>
          <section aria-labelledby="new-outlet" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="new-outlet" className="text-lg font-semibold">
              {t("newOutletHeading")}
            </h2>
            <div className="mt-4">
              <OutletForm />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
