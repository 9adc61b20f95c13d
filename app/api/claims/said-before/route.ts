import { queryRoute } from "@/lib/api/route";
import { findSaidBefore } from "@/lib/ingest/said-before";
import { saidBeforeSchema } from "@/lib/ingest/validation";

/**
 * Staff read: existing claims like the one being typed in the claim form (GET ?quote=&translation=
 * &speakerId=&excludeId=), same speaker first — "has this been said before?".
 */
export const GET = queryRoute({
  action: "claim.read_internal",
  query: saidBeforeSchema,
  run: async ({ actor, query }) => ({ matches: await findSaidBefore(actor, query) }),
});
