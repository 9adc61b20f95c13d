import { mutationRoute } from "@/lib/api/route";
import { acknowledgeSourcing } from "@/lib/claims/laundering-service";
import { sourcingAckParams, sourcingAckSchema } from "@/lib/claims/laundering-validation";

/** Acknowledges the claim's source-laundering alert ({ fingerprint, note? }) before approval. */
export const POST = mutationRoute({
  action: "claim.acknowledge_sourcing",
  input: sourcingAckSchema,
  params: sourcingAckParams,
  status: 201,
  run: ({ actor, input, params }) => acknowledgeSourcing(actor, params.id, input),
});
