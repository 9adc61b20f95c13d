import type { Metadata } from "next";
import Link from "next/link";
import {
  inPublicLocale,
  languageAlternates,
  localePath,
  publicLocale,
  publicTranslator,
} from "@/i18n/public";
import { listPublicSpeakersAndTopics } from "@/lib/claims/public-queries";

export function generateMetadata(): Metadata {
  return { title: publicTranslator("public.topics")("title"), alternates: languageAlternates("/topics") };
}
// Rendered per request from cached data (tag "claims-list": a claim published, retracted or
// re-tagged changes a count), so `next build` never needs the database; the edge keeps the
// response under the same key (lib/edge/public-paths.mjs).
export const dynamic = "force-dynamic";

export default async function TopicsIndexPage() {
  const { topics } = await listPublicSpeakersAndTopics();
  const t = publicTranslator("public.topics");
  const common = publicTranslator("public.common");
  const collator = new Intl.Collator(publicLocale());
  const byCount = [...topics].sort(
    (a, b) =>
      b.count - a.count ||
      collator.compare(inPublicLocale(a.nameVi, a.nameEn), inPublicLocale(b.nameVi, b.nameEn)),
  );
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro", { count: topics.length })}</p>
      {byCount.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center text-muted">
          {t("empty")}
        </p>
      ) : (
        <ul className="mt-8 grid gap-3 sm:grid-cols-2">
          {byCount.map((topic) => (
            <li key={topic.slug}>
              <Link
                href={localePath(`/topics/${topic.slug}`)}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 hover:border-accent"
              >
                <span className="flex items-baseline justify-between gap-3">
                  <span className="font-semibold text-ink">{inPublicLocale(topic.nameVi, topic.nameEn)}</span>
                  <span className="shrink-0 text-sm text-muted">
                    {common("claimCount", { count: topic.count })}
                  </span>
                </span>
                <span className="mt-0.5 block text-xs text-muted" lang={inPublicLocale("en", "vi")}>
                  {inPublicLocale(topic.nameEn, topic.nameVi)}
                </span>
                {topic.description && (
                  <span className="mt-2 block text-sm text-slate-700" lang="vi">
                    {topic.description}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
