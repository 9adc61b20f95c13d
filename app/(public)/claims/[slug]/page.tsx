import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AssessmentPanel } from "@/components/claims/AssessmentPanel";
import { ClaimFacts } from "@/components/claims/page/ClaimFacts";
import { ClaimHeading } from "@/components/claims/page/ClaimHeading";
import { ClaimChangeHistory } from "@/components/claims/page/ClaimChangeHistory";
import { ClaimSources } from "@/components/claims/page/ClaimSources";
import { EditorialNotes } from "@/components/claims/page/EditorialNotes";
import { EmbedCode } from "@/components/claims/page/EmbedCode";
import { RelatedClaims } from "@/components/claims/page/RelatedClaims";
import { PublicQuoteDrift } from "@/components/drift/PublicQuoteDrift";
import { OPEN_GRAPH_LOCALE, languageAlternates, publicLocale, publicTranslator } from "@/i18n/public";
import { claimJsonLd, serializeJsonLd } from "@/lib/claims/json-ld";
import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { quotedExcerpt } from "@/lib/claims/quote-text";
import { oembedDiscoveryUrl } from "@/lib/embed/oembed";
import { env } from "@/lib/env";
import { formatDay } from "@/lib/format/dates";
import { isSlug } from "@/lib/validation/ids";

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
  if (!claim) return { title: publicTranslator("public.notFound")("claim.title") };
  const title = `${claim.speaker.name}: ${quotedExcerpt(claim.kind, claim.quote, 90)}`;
  const description = claim.retraction
    ? publicTranslator("public.claim")("retractedDescription", { reason: claim.retraction.reason ?? "" })
    : (claim.translation ?? claim.quote);
  const alternates = languageAlternates(new URL(claim.url, env.SITE_URL).pathname);
  return {
    title,
    description,
    alternates: {
      ...alternates,
      // oEmbed discovery: only approved claims can be embedded (a retracted one's oEmbed is a 404).
      ...(claim.status === "APPROVED"
        ? {
            types: {
              "application/json+oembed": [{ url: oembedDiscoveryUrl(env.SITE_URL, claim.slug), title }],
            },
          }
        : {}),
    },
    openGraph: {
      title,
      description,
      type: "article",
      url: alternates.canonical,
      locale: OPEN_GRAPH_LOCALE[publicLocale()],
      siteName: env.SITE_NAME,
      ...(claim.publishedAt ? { publishedTime: claim.publishedAt } : {}),
      modifiedTime: claim.updatedAt,
    },
    // The images are the share card beside this page (opengraph-image.tsx, twitter-image.tsx).
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).slug);
  if (!claim) notFound();
  const t = publicTranslator("public.claim");

  return (
    <article>
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD is a script body, not markup; serializeJsonLd escapes "<" so no text can close the tag
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(claimJsonLd(claim, env.SITE_URL)) }}
      />
      <ClaimHeading claim={claim} />

      <AssessmentPanel claim={claim} />

      <ClaimFacts claim={claim} />

      <ClaimSources claim={claim} />

      <PublicQuoteDrift slug={claim.slug} />

      <RelatedClaims related={claim.related} />

      <EditorialNotes annotations={claim.annotations} />

      {claim.status === "APPROVED" && <EmbedCode claim={claim} />}

      <ClaimChangeHistory slug={claim.slug} />

      <p className="mt-10 text-xs text-muted">
        {t.rich("updated", {
          date: formatDay(claim.updatedAt, publicLocale()),
          time: (day) => <time dateTime={claim.updatedAt}>{day}</time>,
        })}
      </p>
    </article>
  );
}
