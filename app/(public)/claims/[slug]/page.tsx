import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { AttributionChain } from "@/components/claims/AttributionChain";
import { StatusBadge, VerificationBadge } from "@/components/claims/StatusBadges";
import { claimKindLabel, linkLabel, speakerKindLabel } from "@/lib/claims/labels";
import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { formatDay, formatSaidAt, isoDay } from "@/lib/format/dates";

type Props = { params: Promise<{ slug: string }> };

// One query per request even though metadata and the page both need the claim.
const loadClaim = cache(async (slug: string) => {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return findPublishedClaimBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const claim = await loadClaim((await params).slug);
  if (!claim) return { title: "Không tìm thấy" };
  const title = `${claim.speaker.name}: “${claim.quote.slice(0, 90)}${claim.quote.length > 90 ? "…" : ""}”`;
  return {
    title,
    description: claim.translation ?? claim.quote,
    alternates: { canonical: `/claims/${claim.slug}` },
    openGraph: { title, description: claim.translation ?? claim.quote, type: "article" },
  };
}

export default async function ClaimPage({ params }: Props) {
  await connection();
  const claim = await loadClaim((await params).slug);
  if (!claim) notFound();

  return (
    <article>
      <nav aria-label="Đường dẫn" className="text-sm text-muted">
        <Link href="/claims" className="hover:text-accent">
          Phát ngôn
        </Link>{" "}
        / <span>{claim.speaker.name}</span>
      </nav>

      {claim.status === "RETRACTED" && (
        <div role="note" aria-label="Thông báo rút lại" className="mt-4 rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-900">
          <p className="font-semibold">Phát ngôn này đã bị rút lại{claim.retractedAt ? ` ngày ${formatDay(claim.retractedAt)}` : ""}.</p>
          {claim.retractionReason && <p className="mt-1">Lý do: {claim.retractionReason}</p>}
        </div>
      )}

      <header className="mt-4">
        <p className="text-sm font-medium text-muted">
          <span className="text-base font-semibold text-ink">{claim.speaker.name}</span>
          {claim.roleHeld ? ` — ${claim.roleHeld}` : ""}
          <span className="ml-2 text-xs">({speakerKindLabel[claim.speaker.kind]})</span>
        </p>
        <h1 className="mt-3 font-serif text-2xl leading-relaxed sm:text-3xl" lang="vi">
          “{claim.quote}”
        </h1>
        {claim.translation && (
          <p className="mt-3 border-l-4 border-slate-300 pl-4 italic text-muted" lang="en">
            {claim.translation}
          </p>
        )}
      </header>

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted">Thời điểm phát ngôn</dt>
          <dd className="font-medium">
            {claim.saidAt ? <time dateTime={isoDay(claim.saidAt)}>{formatSaidAt(claim.saidAt, claim.saidAtPrecision)}</time> : "Chưa rõ"}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Nơi / kênh phát ngôn</dt>
          <dd className="font-medium">{claim.venue ?? "Chưa rõ"}</dd>
        </div>
        <div>
          <dt className="text-muted">Hình thức</dt>
          <dd className="font-medium">{claimKindLabel[claim.kind]}</dd>
        </div>
        <div>
          <dt className="text-muted">Trạng thái</dt>
          <dd className="mt-0.5 flex flex-wrap gap-2">
            <StatusBadge status={claim.status} />
            <VerificationBadge verification={claim.verification} />
          </dd>
        </div>
        {claim.topics.length > 0 && (
          <div className="sm:col-span-2">
            <dt className="text-muted">Chủ đề</dt>
            <dd className="mt-1 flex flex-wrap gap-2">
              {claim.topics.map(({ topic }) => (
                <span key={topic.slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs">
                  {topic.nameVi}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>

      <section className="mt-8" aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-bold">
          Nguồn ({claim.appearances.length})
        </h2>
        <p className="mt-1 text-sm text-muted">
          {claim.corroboration} chuỗi dẫn nguồn độc lập — các bài cùng dẫn một nguồn gốc chỉ được tính một lần.
        </p>
        <ul className="mt-4 space-y-4">
          {claim.appearances.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="text-sm">
                <span className="font-semibold">{a.article.outlet.name}</span>
                {a.article.publishedAt && (
                  <>
                    {" · "}
                    <time dateTime={isoDay(a.article.publishedAt)}>{formatDay(a.article.publishedAt)}</time>
                  </>
                )}
              </p>
              <p className="mt-1 font-medium">
                {a.article.url ? (
                  <a href={a.article.url} className="text-accent hover:underline" rel="noopener noreferrer">
                    {a.article.title}
                  </a>
                ) : (
                  a.article.title
                )}
                {a.article.byline && <span className="text-sm font-normal text-muted"> — {a.article.byline}</span>}
              </p>
              <blockquote className="mt-3 rounded bg-slate-50 p-3 text-sm leading-relaxed text-slate-700" lang={a.article.language}>
                {a.prefix && <span>…{a.prefix}</span>}
                <mark className="bg-yellow-100 px-0.5 text-ink">{a.exact}</mark>
                {a.suffix && <span>{a.suffix}…</span>}
              </blockquote>
              <div className="mt-3">
                <p className="mb-1 text-xs uppercase tracking-wide text-muted">Chuỗi dẫn nguồn</p>
                <AttributionChain chain={a.chain} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      {claim.related.length > 0 && (
        <section className="mt-8" aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-xl font-bold">
            Phát ngôn liên quan
          </h2>
          <ul className="mt-4 space-y-3">
            {claim.related.map((r) => (
              <li key={`${r.direction}-${r.type}-${r.claim.slug}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="font-semibold text-accent">{linkLabel[r.type][r.direction]}</p>
                <p className="mt-1">
                  <span className="font-medium">{r.claim.speakerName}:</span>{" "}
                  <Link href={`/claims/${r.claim.slug}`} className="hover:text-accent hover:underline" lang="vi">
                    “{r.claim.quote}”
                  </Link>
                </p>
                {r.note && <p className="mt-1 text-muted">{r.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="mt-10 text-xs text-muted">
        Cập nhật lần cuối: <time dateTime={claim.updatedAt.toISOString()}>{formatDay(claim.updatedAt)}</time>
      </p>
    </article>
  );
}
