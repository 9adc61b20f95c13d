import { mutationRoute } from "@/lib/api/route";
import { updateChecklistItem } from "@/lib/checklists/service";
import { checklistItemIdParams, updateChecklistItemSchema } from "@/lib/checklists/validation";

/** Relabel, make required or optional, retire or bring back, move up or down. */
export const PATCH = mutationRoute({
  action: "checklist.manage",
  input: updateChecklistItemSchema,
  params: checklistItemIdParams,
  run: ({ actor, input, params }) => updateChecklistItem(actor, params.id, input),
});
