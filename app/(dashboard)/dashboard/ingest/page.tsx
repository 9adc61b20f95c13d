import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IngestForm } from "@/components/ingest/IngestForm";
import { requirePageAction } from "@/lib/auth/actor";
import { listOutletsAndArticles } from "@/lib/articles/queries";

export const metadata: Metadata = { title: "Ingest an article", robots: { index: false } };

export default async function IngestPage() {
  const actor = await requirePageAction("article.manage");
  const t = await getTranslations("ingest");
  const { outlets } = await listOutletsAndArticles(actor);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <IngestForm outlets={outlets.map((o) => ({ id: o.id, name: o.name }))} />
      </div>
    </div>
  );
}
