import { queryRoute } from "@/lib/api/route";
import { openSuggestions, suggestionsForClaim } from "@/lib/suggestions/queries";
import { suggestionListQuery } from "@/lib/suggestions/validation";

/** Open suggested links (staff only): one claim's (`?claimId=`), or a page of the queue. */
export const GET = queryRoute({
  action: "claim.read_internal",
  query: suggestionListQuery,
  run: async ({ actor, query }) =>
    query.claimId
      ? { suggestions: await suggestionsForClaim(actor, query.claimId) }
      : await openSuggestions(actor, query.page ?? 1).then((r) => ({ suggestions: r.rows, total: r.total })),
});
