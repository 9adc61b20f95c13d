import { mutationRoute } from "@/lib/api/route";
import { claimIdParams } from "@/lib/claims/validation";
import { announcePresence } from "@/lib/live/presence";
import { presenceSchema } from "@/lib/live/validation";

/** The claim page's heartbeat: who has it open, and whether with unsaved edits. */
export const POST = mutationRoute({
  action: "claim.presence",
  input: presenceSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => announcePresence(actor, params.id, input),
});
