import { mutationRoute } from "@/lib/api/route";
import { createLink, linkInputSchema } from "@/lib/links/service";

export const POST = mutationRoute({
  action: "link.manage",
  input: linkInputSchema,
  status: 201,
  run: ({ actor, input }) => createLink(actor, input),
});
