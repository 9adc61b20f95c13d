import { mutationRoute } from "@/lib/api/route";
import { setAssignment } from "@/lib/assignments/service";
import { assignmentInputSchema } from "@/lib/assignments/validation";
import { claimIdParams } from "@/lib/claims/validation";

/** Sets the claim's editor, reviewer and due date ({ editorId, reviewerId, dueAt, expected? }). */
export const PUT = mutationRoute({
  action: "claim.assign",
  input: assignmentInputSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => setAssignment(actor, params.id, input),
});
