import { queryRoute } from "@/lib/api/route";
import { findSimilarClaimsForSpan } from "@/lib/ingest/service";
import { similarForSpanSchema } from "@/lib/ingest/validation";

/**
 * Staff read: claims similar to one suggested statement of a stored article, named by its
 * code-point offsets (GET ?articleId=&start=&end=). The review page checks only its first
 * candidates while rendering; a card past those asks here when someone works on it.
 */
export const GET = queryRoute({
  action: "claim.read_internal",
  query: similarForSpanSchema,
  notFound: "Article not found.",
  run: async ({ actor, query }) => {
    const matches = await findSimilarClaimsForSpan(actor, query);
    return matches && { matches };
  },
});
