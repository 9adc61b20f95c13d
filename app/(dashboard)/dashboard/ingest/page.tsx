import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IngestForm } from "@/components/ingest/IngestForm";
import { requireActor } from "@/lib/auth/actor";
import { listOutletsAndArticles } from "@/lib/articles/queries";
import { roleAllows } from "@/lib/permissions";
import { Alert } from "@/components/ui/Alert";

export const metadata: Metadata = { title: "Ingest an article", robots: { index: false } };

export default async function IngestPage() {
  const actor = await requireActor();
  const t = await getTranslations("ingest");
  if (!roleAllows(actor.role, "article.manage")) return <Alert tone="warn">{t("onlyEditors")}</Alert>;
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
