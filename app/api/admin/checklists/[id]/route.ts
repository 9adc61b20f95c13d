import { idMutationRoute } from "@/lib/api/route";
import { updateChecklistItem } from "@/lib/checklists/service";
import { updateChecklistItemSchema } from "@/lib/checklists/validation";

/** Relabel, make required or optional, retire or bring back, move up or down. */
export const PATCH = idMutationRoute({
  action: "checklist.manage",
  input: updateChecklistItemSchema,
  run: updateChecklistItem,
});
