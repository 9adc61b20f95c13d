import { SHARE_CARD_SIZE, claimShareCard, shareCardAlt } from "@/lib/og/share-card";

// The English share card for twitter:image, keyed like the page (claim:<slug>).
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = shareCardAlt("en");

export default async function EnglishTwitterImage({ params }: { params: Promise<{ slug: string }> }) {
  return claimShareCard((await params).slug, "en");
}
