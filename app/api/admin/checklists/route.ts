import { mutationRoute, queryRoute } from "@/lib/api/route";
import { listChecklistItems } from "@/lib/checklists/queries";
import { createChecklistItem } from "@/lib/checklists/service";
import { createChecklistItemSchema } from "@/lib/checklists/validation";

export const POST = mutationRoute({
  action: "checklist.manage",
  input: createChecklistItemSchema,
  status: 201,
  run: ({ actor, input }) => createChecklistItem(actor, input),
});

/** Every checklist item of every kind, in order, with how many claims it is checked on. */
export const GET = queryRoute({
  action: "checklist.manage",
  run: async ({ actor }) => ({ items: await listChecklistItems(actor) }),
});
