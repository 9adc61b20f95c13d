import { mutationRoute } from "@/lib/api/route";
import { transitionClaim } from "@/lib/claims/service";
import { claimIdParams, transitionSchema } from "@/lib/claims/validation";

// Role per transition is checked by the service (approve needs a reviewer, submit an editor…);
// "claim.read_internal" here only keeps anonymous callers out before the body is read.
export const POST = mutationRoute({
  action: "claim.read_internal",
  input: transitionSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => transitionClaim(actor, params.id, input),
});
