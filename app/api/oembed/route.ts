import { publicRead } from "@/lib/api/public-read";
import { validationError } from "@/lib/api/route";
import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { claimSlugForOembed, fitEmbedSize, oembedAnswer } from "@/lib/embed/oembed";
import { embedTitles } from "@/lib/embed/titles";
import { oembedQuerySchema } from "@/lib/embed/validation";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// oEmbed 1.0 for claim pages: public and the same for every reader, so shared caches keep it,
// keyed by the claim its `url` names (lib/edge/public-paths.mjs): a change to that claim purges it.
// Only approved claims are embeddable (like app/embed/claims/[slug]): any other URL is a 404.
export const dynamic = "force-dynamic";

export const GET = publicRead(async (request) => {
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = oembedQuerySchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "Query", raw);
  const query = parsed.data;
  // The spec's answer for a format this provider does not offer.
  if (query.format !== "json")
    return Response.json(
      { error: { code: "NOT_IMPLEMENTED", message: "Only format=json is offered." } },
      { status: 501 },
    );
  const slug = claimSlugForOembed(query.url, env.SITE_URL);
  const claim = slug ? await findPublishedClaimBySlug(slug) : null;
  if (claim?.status !== "APPROVED")
    throw new AppError("NOT_FOUND", "The url is not the page of a published claim on this site.");
  const { title, frameTitle } = embedTitles(claim);
  return Response.json(
    oembedAnswer(claim, title, frameTitle, env.SITE_URL, fitEmbedSize(query.maxwidth, query.maxheight)),
  );
});
