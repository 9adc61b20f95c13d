import { SHARE_CARD_SIZE, claimShareCard, shareCardAlt } from "@/lib/og/share-card";

// The claim page's share card (og:image). Public and keyed like the page (claim:<slug>), so a
// change to the claim purges it; drawn from the claim's cached data.
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = shareCardAlt("vi");

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  return claimShareCard((await params).slug, "vi");
}
