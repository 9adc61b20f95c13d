import { corsPreflight, publicRead } from "@/lib/api/public-read";
import { findPublicHistory } from "@/lib/audit/public-history";
import { AppError } from "@/lib/errors";
import { isSlug } from "@/lib/validation/ids";

/**
 * A published claim's public history with its hash chain (lib/audit/public-history.ts says what
 * is hashed), oldest first. Keyed at the edge by the claim's own key (claim:<slug>), which every
 * change to the claim purges, like the claim's page and GET /api/v1/claims/<slug>.
 */
export const GET = publicRead(async (_request, params) => {
  const slug = params.slug ?? "";
  const entries = isSlug(slug) ? await findPublicHistory(slug) : null;
  if (!entries) throw new AppError("NOT_FOUND", "No published claim with this slug.");
  return Response.json(
    {
      claim: slug,
      hashing:
        "hash = sha256(canonical JSON of the entry without hash and audit: no whitespace, keys sorted " +
        "by code point, numbers as plain decimals); prevHash = the previous entry's hash (64 zeros first).",
      head: entries.at(-1)?.hash ?? null,
      entries,
    },
    { headers: { "Cache-Control": "public, max-age=10" } },
  );
});

export const OPTIONS = corsPreflight;
