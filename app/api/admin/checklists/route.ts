import { mutationRoute } from "@/lib/api/route";
import { createChecklistItem } from "@/lib/checklists/service";
import { createChecklistItemSchema } from "@/lib/checklists/validation";

export const POST = mutationRoute({
  action: "checklist.manage",
  input: createChecklistItemSchema,
  status: 201,
  run: ({ actor, input }) => createChecklistItem(actor, input),
});
