import { mutationRoute } from "@/lib/api/route";
import { createOutlet } from "@/lib/articles/service";
import { outletInputSchema } from "@/lib/articles/validation";

export const POST = mutationRoute({
  action: "article.manage",
  input: outletInputSchema,
  status: 201,
  run: ({ actor, input }) => createOutlet(actor, input),
});
