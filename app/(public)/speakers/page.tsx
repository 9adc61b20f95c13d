import type { Metadata } from "next";
import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { inPublicLocale, languageAlternates, localePath, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import { listPublicSpeakersAndTopics } from "@/lib/claims/public-queries";

export function generateMetadata(): Metadata {
  return { title: publicTranslator("public.speakers")("title"), alternates: languageAlternates("/speakers") };
}
// Rendered per request from cached data (tag "claims-list"), so `next build` never needs the database.
export const dynamic = "force-dynamic";

export default async function SpeakersIndexPage() {
  const { speakerKindLabel } = publicLabels();
  const { speakers, topics } = await listPublicSpeakersAndTopics();
  const t = publicTranslator("public.speakers");
  const common = publicTranslator("public.common");
  return (
    <div className="grid gap-10 md:grid-cols-3">
      <Section
        id="speakers-heading"
        heading="pageTitle"
        level="h1"
        title={t("heading")}
        className="md:col-span-2"
      >
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {speakers.map((s) => (
            <li key={s.slug} className="flex items-center justify-between gap-4 px-4 py-3">
              <div>
                <Link href={localePath(`/speakers/${s.slug}`)} className="font-medium hover:text-accent">
                  {s.name}
                </Link>
                <p className="text-xs text-muted">
                  {speakerKindLabel[s.kind]}
                  {s.affiliation ? ` · ${s.affiliation}` : ""}
                </p>
              </div>
              <span className="text-sm text-muted">{common("claimCount", { count: s.count })}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="topics-heading" heading="large" title={t("topicsHeading")}>
        <ul className="mt-6 space-y-2">
          {topics.map((t) => (
            <li key={t.slug}>
              <Link
                href={localePath(`/topics/${t.slug}`)}
                className="flex justify-between rounded-md border border-slate-200 bg-white px-3 py-2 text-sm hover:border-accent"
              >
                <span>{inPublicLocale(t.nameVi, t.nameEn)}</span>
                <span className="text-muted">{t.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
