import { notFound } from "next/navigation";
import { publicTranslator } from "@/i18n/public";
import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { SITE_NAME } from "@/lib/embed/oembed";
import { SHARE_CARD_SIZE, shareCardImage } from "@/lib/og/share-card";
import { isSlug } from "@/lib/validation/common";

// The same share card for twitter:image (summary_large_image), keyed like the page (claim:<slug>).
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = publicTranslator("publicEmbed")("shareCardAlt", { site: SITE_NAME });

export default async function TwitterImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const claim = isSlug(slug) ? await findPublishedClaimBySlug(slug) : null;
  if (!claim) notFound();
  return shareCardImage(claim);
}
