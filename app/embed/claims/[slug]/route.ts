import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { embedCardHtml, embedNotAvailableHtml } from "@/lib/embed/card-html";
import { env } from "@/lib/env";
import { isSlug } from "@/lib/validation/ids";

// The embed card other sites frame (oEmbed's iframe). A route answering plain HTML, not a page: no
// site chrome, and no script at all (a page would ship Next.js's runtime). Served from the
// claim's cached data (tag claim:<slug>); dynamic so `next build` never needs the database. Only
// approved claims are shown: a retracted, unpublished or unknown one is a small 404 card.
export const dynamic = "force-dynamic";

const HTML = { "Content-Type": "text/html; charset=utf-8" };

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const claim = isSlug(slug) ? await findPublishedClaimBySlug(slug) : null;
  if (claim?.status !== "APPROVED")
    return new Response(embedNotAvailableHtml(env.SITE_URL), { status: 404, headers: HTML });
  return new Response(embedCardHtml(claim, env.SITE_URL), { headers: HTML });
}
