import { idMutationRoute } from "@/lib/api/route";
import { announcePresence } from "@/lib/live/presence";
import { presenceSchema } from "@/lib/live/validation";

/** The claim page's heartbeat: who has it open, and whether with unsaved edits. */
export const POST = idMutationRoute({
  action: "claim.presence",
  input: presenceSchema,
  run: announcePresence,
});
