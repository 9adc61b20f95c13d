import { idMutationRoute } from "@/lib/api/route";
import { transitionClaim } from "@/lib/claims/service";
import { transitionSchema } from "@/lib/claims/validation";
import { transitions, type Transition } from "@/lib/claims/workflow";

/** Each transition is guarded by its own action (approve needs a reviewer, submit an editor, …). */
export const POST = idMutationRoute({
  action: (input) => transitions[input.transition as Transition].action,
  input: transitionSchema,
  run: transitionClaim,
});
