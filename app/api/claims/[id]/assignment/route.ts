import { idMutationRoute } from "@/lib/api/route";
import { setAssignment } from "@/lib/assignments/service";
import { assignmentInputSchema } from "@/lib/assignments/validation";

/** Sets the claim's editor, reviewer and due date ({ editorId, reviewerId, dueAt, expected? }). */
export const PUT = idMutationRoute({
  action: "claim.assign",
  input: assignmentInputSchema,
  run: setAssignment,
});
