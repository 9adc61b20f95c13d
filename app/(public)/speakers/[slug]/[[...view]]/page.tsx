import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SpeakerTimeline, speakerTimelineHref } from "@/components/claims/SpeakerTimeline";
import { compareMetadata, isCompareView, SpeakerCompareView } from "@/components/speakers/SpeakerCompare";
import { SpeakerScorecardSlot } from "@/components/speakers/SpeakerScorecardSlot";
import { Pager, parsePageNumber } from "@/components/ui/Pager";
import { inPublicLocale, languageAlternates, publicTranslator, yesNo } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import { getSpeakerTimeline } from "@/lib/claims/public-queries";
import { feedAlternates } from "@/lib/feeds/scoped";
import type { SpeakerKind } from "@/lib/generated/prisma/enums";
import { isSlug } from "@/lib/validation/ids";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

// /speakers/x, /speakers/x/page/2, /speakers/x/topic/t, /speakers/x/topic/t/page/2: plain
// paths rather than a query string, so every view of a timeline is cached like any page.
// /speakers/x/compare and /speakers/x/compare/y: the scorecards of two speakers side by side.
type Props = { params: Promise<{ slug: string; view?: string[] }> };
type View = { slug: string; topic: string | null; page: number };

function parseView(slug: string, view: string[] = []): View | null {
  if (!isSlug(slug)) return null;
  let rest = view;
  let topic: string | null = null;
  if (rest[0] === "topic") {
    if (!rest[1] || !isSlug(rest[1])) return null;
    topic = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length === 0) return { slug, topic, page: 1 };
  const page = rest.length === 2 && rest[0] === "page" ? parsePageNumber(rest[1]) : null;
  // Page 1 lives at the shorter address only: one URL per view.
  return page && page > 1 ? { slug, topic, page } : null;
}

const load = cache(async (slug: string, view: string[] | undefined) => {
  const v = parseView(slug, view);
  const timeline = v ? await getSpeakerTimeline(v.slug, { topic: v.topic, page: v.page }) : null;
  return v && timeline ? { ...timeline, view: v } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, view } = await params;
  if (isCompareView(view)) return compareMetadata(slug, view);
  const t = await load(slug, view);
  if (!t) return { title: publicTranslator("public.notFound")("speaker.title") };
  const title = [
    publicTranslator("public.speaker")("title", { name: t.speaker.name }),
    t.topic && inPublicLocale(t.topic.nameVi, t.topic.nameEn),
    t.view.page > 1 ? publicTranslator("public.common")("pageN", { page: t.view.page }) : null,
  ]
    .filter(Boolean)
    .join(" — ");
  return {
    title,
    alternates: {
      ...languageAlternates(speakerTimelineHref(t.speaker.slug, t.view.topic, t.view.page)),
      types: feedAlternates("speakers", t.speaker.slug, t.speaker.name),
    },
  };
}

export default async function SpeakerPage({ params }: Props) {
  const { speakerKindLabel } = publicLabels();
  const { slug, view } = await params;
  if (isCompareView(view)) return <SpeakerCompareView a={slug} view={view} />;
  const timeline = await load(slug, view);
  if (!timeline) notFound();
  const { speaker, claims, topics, topic, total, contradictions } = timeline;
  const t = publicTranslator("public.speaker");
  return (
    <>
      <p className="text-sm text-muted">{speakerKindLabel[speaker.kind as SpeakerKind]}</p>
      <h1 className="text-3xl font-bold tracking-tight">{speaker.name}</h1>
      {(speaker.affiliation || speaker.variants.length > 0) && (
        <p className="mt-2 text-sm text-muted">
          {speaker.affiliation}
          {speaker.affiliation && speaker.variants.length > 0 ? " · " : ""}
          {speaker.variants.length > 0 && t("alsoWritten", { variants: speaker.variants.join(", ") })}
        </p>
      )}
      <p className="mt-4 text-muted">
        {t("summary", { total, contradictions, approximate: yesNo(timeline.totalApproximate) })}
        {topic
          ? ` ${t("viewingTopic", {
              count: claims.total,
              approximate: yesNo(claims.approximate),
              topic: inPublicLocale(topic.nameVi, topic.nameEn),
            })}`
          : ""}
      </p>
      {!topic && claims.page === 1 && <SpeakerScorecardSlot speaker={speaker} />}
      <div className="mt-6">
        <SpeakerTimeline
          speaker={speaker.slug}
          claims={claims.items}
          total={total}
          approximate={timeline.totalApproximate}
          topics={topics}
          topic={topic?.slug ?? null}
        />
      </div>
      <Pager
        page={claims.page}
        pages={claims.pages}
        href={(n) => speakerTimelineHref(speaker.slug, topic?.slug ?? null, n)}
      />
    </>
  );
}
