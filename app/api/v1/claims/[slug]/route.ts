import { corsPreflight, publicRead } from "@/lib/api/public-read";
import { findPublishedClaimBySlug } from "@/lib/claims/public-queries";
import { AppError } from "@/lib/errors";
import { isSlug } from "@/lib/validation/ids";

export const GET = publicRead(async (_request, params) => {
  const slug = params.slug ?? "";
  const claim = isSlug(slug) ? await findPublishedClaimBySlug(slug) : null;
  if (!claim) throw new AppError("NOT_FOUND", "No published claim with this slug.");
  return Response.json({ data: claim }, { headers: { "Cache-Control": "public, max-age=10" } });
});

export const OPTIONS = corsPreflight;
