import { SHARE_CARD_SIZE, claimShareCard, shareCardAlt } from "@/lib/og/share-card";

// The English claim page's share card: the Vietnamese page's with its words in English, keyed
// like the page (claim:<slug>).
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = shareCardAlt("en");

export default async function EnglishOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  return claimShareCard((await params).slug, "en");
}
