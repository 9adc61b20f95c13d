import { mutationRoute } from "@/lib/api/route";
import { setClaimCheck } from "@/lib/checklists/service";
import { checkItemSchema, claimCheckParams } from "@/lib/checklists/validation";

/** Checks ({ checked: true, note?, evidenceUrl? }) or unchecks ({ checked: false }) one item. */
export const PUT = mutationRoute({
  action: "checklist.check",
  input: checkItemSchema,
  params: claimCheckParams,
  run: ({ actor, input, params }) => setClaimCheck(actor, params.id, params.itemId, input),
});
