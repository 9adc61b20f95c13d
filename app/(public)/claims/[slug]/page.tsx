import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AttributionChain } from "@/components/claims/AttributionChain";
import { MarkdownBody } from "@/components/claims/MarkdownBody";
import { SourceExcerpt } from "@/components/claims/SourceExcerpt";
import { AssessmentPanel } from "@/components/claims/AssessmentPanel";
import { Badge } from "@/components/ui/Badge";
import { claimJsonLd, serializeJsonLd } from "@/lib/claims/json-ld";
import { claimKindLabel, linkLabel, speakerKindLabel } from "@/lib/claims/labels";
import type { PublicRelatedClaim } from "@/lib/claims/public-dto";
import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { quotedExcerpt, quotedText } from "@/lib/claims/quote-text";
import { env } from "@/lib/env";
import { formatDay, formatSaidAt, isoDay } from "@/lib/format/dates";
import type { LinkType } from "@/lib/generated/prisma/enums";
import { isSlug } from "@/lib/validation/common";

type Props = { params: Promise<{ slug: string }> };

// Incremental static regeneration: rendered on first visit, then served from the cache until a
// change to the claim expires its tag (or the safety-net interval passes).
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const loadClaim = cache(async (slug: string) => (isSlug(slug) ? findPublishedClaimBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).slug);
  if (!claim) return { title: "Không tìm thấy phát ngôn" };
  const title = `${claim.speaker.name}: ${quotedExcerpt(claim.kind, claim.quote, 90)}`;
  const description = claim.retraction ? `Đã rút lại. ${claim.retraction.reason ?? ""}` : (claim.translation ?? claim.quote);
  return {
    title,
    description,
    alternates: { canonical: claim.url },
    openGraph: { title, description, type: "article", url: claim.url, locale: "vi_VN", siteName: "ClaimLedger", ...(claim.publishedAt ? { publishedTime: claim.publishedAt } : {}), modifiedTime: claim.updatedAt },
    twitter: { card: "summary", title, description },
  };
}

const linkOrder: LinkType[] = ["CONTRADICTS", "UPDATES", "SUPPORTS", "SAME_STATEMENT", "RESPONDS_TO"];

function groupRelated(related: PublicRelatedClaim[]) {
  const groups = new Map<string, { label: string; items: PublicRelatedClaim[] }>();
  for (const type of linkOrder) {
    for (const direction of ["outgoing", "incoming"] as const) {
      const items = related.filter((r) => r.type === type && r.direction === direction);
      const label = linkLabel[type][direction];
      if (items.length) groups.set(label, { label, items: [...(groups.get(label)?.items ?? []), ...items] });
    }
  }
  return [...groups.values()];
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).slug);
  if (!claim) notFound();
  const related = groupRelated(claim.related);

  return (
    <article>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is a script body, not markup; serializeJsonLd escapes "<" so no text can close the tag */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(claimJsonLd(claim, env.SITE_URL)) }} />
      <nav aria-label="Đường dẫn" className="text-sm text-muted">
        <Link href="/claims" className="hover:text-accent">
          Phát ngôn
        </Link>{" "}
        /{" "}
        <Link href={`/speakers/${claim.speaker.slug}`} className="hover:text-accent">
          {claim.speaker.name}
        </Link>
      </nav>

      {claim.retraction && (
        <div role="note" aria-label="Thông báo rút lại" className="mt-4 rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-900">
          <p className="font-semibold">Phát ngôn này đã bị rút lại{claim.retraction.retractedAt ? ` ngày ${formatDay(claim.retraction.retractedAt)}` : ""}.</p>
          {claim.retraction.reason && <p className="mt-1">Lý do: {claim.retraction.reason}</p>}
        </div>
      )}

      <header className="mt-4">
        <p className="text-sm font-medium text-muted">
          <Link href={`/speakers/${claim.speaker.slug}`} className="text-base font-semibold text-ink hover:text-accent">
            {claim.speaker.name}
          </Link>
          {claim.speaker.roleHeld ? ` — ${claim.speaker.roleHeld}` : ""}
          <span className="ml-2 text-xs">({speakerKindLabel[claim.speaker.kind]})</span>
        </p>
        <h1 className="mt-3 font-serif text-2xl leading-relaxed sm:text-3xl" lang={claim.language}>
          {quotedText(claim.kind, claim.quote)}
        </h1>
        {claim.kind !== "DIRECT" && (
          <p className="mt-2 text-sm text-muted" data-testid="claim-kind-note">
            {claimKindLabel[claim.kind]}: {claim.kind === "INDIRECT" ? "lời thuật lại ý của người nói, không phải nguyên văn." : "lời dẫn lại qua trung gian, không phải nguyên văn."}
          </p>
        )}
        {claim.translation && (
          <p className="mt-3 border-l-4 border-slate-300 pl-4 italic text-muted" lang="en">
            {claim.translation}
          </p>
        )}
      </header>

      <AssessmentPanel claim={claim} />

      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted">Thời điểm phát ngôn</dt>
          <dd className="font-medium">{claim.saidAt ? <time dateTime={claim.saidAt}>{formatSaidAt(claim.saidAt, claim.saidAtPrecision)}</time> : "Chưa rõ"}</dd>
        </div>
        <div>
          <dt className="text-muted">Nơi / kênh phát ngôn</dt>
          <dd className="font-medium">{claim.venue ?? "Chưa rõ"}</dd>
        </div>
        <div>
          <dt className="text-muted">Hình thức</dt>
          <dd className="font-medium">{claimKindLabel[claim.kind]}</dd>
        </div>
        {claim.retraction && (
          <div>
            <dt className="text-muted">Trạng thái</dt>
            <dd className="mt-0.5">
              <Badge tone="bad">Đã rút lại</Badge>
            </dd>
          </div>
        )}
        {claim.topics.length > 0 && (
          <div className="sm:col-span-2">
            <dt className="text-muted">Chủ đề</dt>
            <dd className="mt-1 flex flex-wrap gap-2">
              {claim.topics.map((topic) => (
                <Link key={topic.slug} href={`/topics/${topic.slug}`} className="rounded bg-slate-100 px-2 py-0.5 text-xs hover:bg-sky-100">
                  {topic.nameVi}
                </Link>
              ))}
            </dd>
          </div>
        )}
      </dl>

      <section className="mt-8" aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-bold">
          Nguồn ({claim.appearances.length})
        </h2>
        <p className="mt-1 text-sm text-muted" data-testid="corroboration">
          {claim.corroboration} chuỗi dẫn nguồn độc lập — các bài cùng dẫn một nguồn gốc chỉ được tính một lần.
        </p>
        <ul className="mt-4 space-y-4">
          {claim.appearances.map((a, i) => (
            <li key={`${a.article.slug}-${i}`} className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="text-sm">
                <span className="font-semibold">{a.outlet.name}</span>
                {a.article.publishedAt && (
                  <>
                    {" · "}
                    <time dateTime={isoDay(a.article.publishedAt)}>{formatDay(a.article.publishedAt)}</time>
                  </>
                )}
              </p>
              <p className="mt-1 font-medium">
                {a.article.url ? (
                  <a href={a.article.url} className="text-accent hover:underline" rel="noopener noreferrer nofollow">
                    {a.article.title}
                  </a>
                ) : (
                  a.article.title
                )}
                {a.article.byline && <span className="text-sm font-normal text-muted"> — {a.article.byline}</span>}
              </p>
              <SourceExcerpt excerpt={a.excerpt} language={a.article.language} />
              <div className="mt-3">
                <p className="mb-1 text-xs uppercase tracking-wide text-muted">Chuỗi dẫn nguồn</p>
                <AttributionChain chain={a.chain} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      {related.length > 0 && (
        <section className="mt-8" aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-xl font-bold">
            Phát ngôn liên quan
          </h2>
          {related.map((group) => (
            <div key={group.label} className="mt-4">
              <h3 className="text-sm font-semibold uppercase tracking-wide text-accent">{group.label}</h3>
              <ul className="mt-2 space-y-3">
                {group.items.map((r) => (
                  <li key={`${r.direction}-${r.type}-${r.claim.slug}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                    <p>
                      <Link href={`/speakers/${r.claim.speakerSlug}`} className="font-medium hover:text-accent">
                        {r.claim.speakerName}
                      </Link>
                      {r.claim.saidAt && <span className="text-muted"> · {formatSaidAt(r.claim.saidAt, "DAY")}</span>}
                      {r.claim.status === "RETRACTED" && <span className="ml-2 text-xs text-rose-800">(đã rút lại)</span>}
                    </p>
                    <p className="mt-1">
                      <Link href={`/claims/${r.claim.slug}`} className="hover:text-accent hover:underline" lang="vi">
                        {quotedText(r.claim.kind, r.claim.quote)}
                      </Link>
                    </p>
                    {r.note && <p className="mt-1 text-muted">{r.note}</p>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {claim.annotations.length > 0 && (
        <section className="mt-8" aria-labelledby="notes-heading">
          <h2 id="notes-heading" className="text-xl font-bold">
            Ghi chú của ban biên tập
          </h2>
          <ul className="mt-4 space-y-3">
            {claim.annotations.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                {a.anchor && (
                  <p className="mb-2 text-xs text-muted">
                    Về đoạn: <mark className="bg-yellow-100">{a.anchor.exact}</mark>
                  </p>
                )}
                <MarkdownBody markdown={a.body} />
                <p className="mt-2 text-xs text-muted">
                  <time dateTime={a.createdAt}>{formatDay(a.createdAt)}</time>
                </p>
                {a.replies.length > 0 && (
                  <ul className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
                    {a.replies.map((r) => (
                      <li key={r.id}>
                        <MarkdownBody markdown={r.body} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="mt-10 text-xs text-muted">
        Cập nhật lần cuối: <time dateTime={claim.updatedAt}>{formatDay(claim.updatedAt)}</time>
      </p>
    </article>
  );
}
