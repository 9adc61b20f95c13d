import { idMutationRoute } from "@/lib/api/route";
import { acknowledgeSourcing } from "@/lib/claims/laundering-service";
import { sourcingAckSchema } from "@/lib/claims/laundering-validation";

/** Acknowledges the claim's source-laundering alert ({ fingerprint, note? }) before approval. */
export const POST = idMutationRoute({
  action: "claim.acknowledge_sourcing",
  input: sourcingAckSchema,
  status: 201,
  run: acknowledgeSourcing,
});
