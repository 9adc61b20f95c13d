import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { TopicForm } from "@/components/dashboard/forms/TopicForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requirePageAction } from "@/lib/auth/actor";
import { WatchButton } from "@/components/dashboard/WatchButton";
import { watchedIds } from "@/lib/watches/queries";
import { roleAllows } from "@/lib/permissions";
import { listTopicsForStaff } from "@/lib/topics/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("topics"), robots: { index: false } };
}

export default async function TopicsPage() {
  const actor = await requirePageAction("claim.read_internal");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("topics")]);
  const name = (topic: { nameVi: string; nameEn: string }) => (locale === "vi" ? topic.nameVi : topic.nameEn);
  const collator = new Intl.Collator(locale);
  const topics = (await listTopicsForStaff(actor)).sort((a, b) => collator.compare(name(a), name(b)));
  const watched = await watchedIds(
    actor,
    "topicId",
    topics.map((tp) => tp.id),
  );
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {topics.map((topic) => (
          <li key={topic.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <p className="font-medium" lang={locale}>
              {name(topic)}
            </p>
            <p className="text-muted" lang={locale === "vi" ? "en" : "vi"}>
              {locale === "vi" ? topic.nameEn : topic.nameVi}
            </p>
            <p className="mt-2 text-xs text-muted">
              {t("claimCount", { count: topic._count.claims })} ·{" "}
              <Link href={`/topics/${topic.slug}`} className="text-accent underline" hrefLang="vi">
                {t("publicPage")}
              </Link>
            </p>
            <div className="mt-2">
              <WatchButton
                target={{ topicId: topic.id }}
                watching={watched.has(topic.id)}
                label={name(topic)}
              />
            </div>
          </li>
        ))}
      </ul>
      {roleAllows(actor.role, "topic.manage") && (
        <Panel id="new-topic" title={t("newHeading")}>
          <TopicForm />
        </Panel>
      )}
    </div>
  );
}
