import { mutationRoute } from "@/lib/api/route";
import { createLink } from "@/lib/links/service";
import { linkInputSchema } from "@/lib/links/validation";

export const POST = mutationRoute({
  action: "link.manage",
  input: linkInputSchema,
  status: 201,
  run: ({ actor, input }) => createLink(actor, input),
});
