import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TimelineWithTopicFilter } from "@/components/claims/TimelineWithTopicFilter";
import { speakerKindLabel } from "@/lib/claims/labels";
import { getSpeakerTimeline } from "@/lib/claims/public-queries";
import type { SpeakerKind } from "@/lib/generated/prisma/enums";
import { isSlug } from "@/lib/validation/common";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };
const load = cache(async (slug: string) => (isSlug(slug) ? getSpeakerTimeline(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await load((await params).slug);
  if (!t) return { title: "Không tìm thấy" };
  return { title: `${t.speaker.name}: dòng thời gian phát ngôn`, alternates: { canonical: `/speakers/${t.speaker.slug}` } };
}

export default async function SpeakerPage({ params }: Props) {
  const timeline = await load((await params).slug);
  if (!timeline) notFound();
  const { speaker, claims, topics } = timeline;
  const contradictions = claims.reduce((n, c) => n + c.links.filter((l) => l.type === "CONTRADICTS").length, 0);
  return (
    <>
      <p className="text-sm text-muted">{speakerKindLabel[speaker.kind as SpeakerKind]}</p>
      <h1 className="text-3xl font-bold tracking-tight">{speaker.name}</h1>
      {(speaker.affiliation || speaker.variants.length > 0) && (
        <p className="mt-2 text-sm text-muted">
          {speaker.affiliation}
          {speaker.affiliation && speaker.variants.length > 0 ? " · " : ""}
          {speaker.variants.length > 0 && <>Còn được viết: {speaker.variants.join(", ")}</>}
        </p>
      )}
      <p className="mt-4 text-muted">
        {claims.length} phát ngôn đã kiểm chứng theo thời gian{contradictions > 0 ? `, ${contradictions} mâu thuẫn với phát ngôn khác` : ""}.
      </p>
      <div className="mt-6">
        <TimelineWithTopicFilter claims={claims} topics={topics} />
      </div>
    </>
  );
}
