import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { getTopicClaims } from "@/lib/claims/public-queries";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };
const load = cache(async (slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getTopicClaims(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await load((await params).slug);
  if (!t) return { title: "Không tìm thấy" };
  return { title: `Chủ đề: ${t.topic.nameVi}`, alternates: { canonical: `/topics/${t.topic.slug}` } };
}

export default async function TopicPage({ params }: Props) {
  const data = await load((await params).slug);
  if (!data) notFound();
  const speakers = new Set(data.claims.map((c) => c.speaker.slug)).size;
  return (
    <>
      <p className="text-sm text-muted">Chủ đề · {data.topic.nameEn}</p>
      <h1 className="text-3xl font-bold tracking-tight">{data.topic.nameVi}</h1>
      <p className="mt-2 text-muted">
        {data.claims.length} phát ngôn của {speakers} người/tổ chức, theo thứ tự thời gian.
      </p>
      {data.claims.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center text-muted">Chưa có phát ngôn nào được công bố về chủ đề này.</p>
      ) : (
        <ol className="mt-8 space-y-4">
          {data.claims.map((c) => (
            <li key={c.slug}>
              <ClaimSummaryCard claim={c} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
