import { mutationRoute } from "@/lib/api/route";
import { transitionClaim } from "@/lib/claims/service";
import { claimIdParams, transitionSchema } from "@/lib/claims/validation";
import { transitions, type Transition } from "@/lib/claims/workflow";

/** Each transition is guarded by its own action (approve needs a reviewer, submit an editor, …). */
export const POST = mutationRoute({
  action: (input) => transitions[input.transition as Transition].action,
  input: transitionSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => transitionClaim(actor, params.id, input),
});
