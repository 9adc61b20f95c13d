import { SHARE_CARD_SIZE, claimShareCard, shareCardAlt } from "@/lib/og/share-card";

// The same share card for twitter:image (summary_large_image), keyed like the page (claim:<slug>).
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = shareCardAlt("vi");

export default async function TwitterImage({ params }: { params: Promise<{ slug: string }> }) {
  return claimShareCard((await params).slug, "vi");
}
