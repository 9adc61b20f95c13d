import { mutationRoute } from "@/lib/api/route";
import { createOutlet } from "@/lib/outlets/service";
import { outletInputSchema } from "@/lib/outlets/validation";

export const POST = mutationRoute({
  action: "article.manage",
  input: outletInputSchema,
  status: 201,
  run: ({ actor, input }) => createOutlet(actor, input),
});
