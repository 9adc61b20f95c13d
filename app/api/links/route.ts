import { mutationRoute } from "@/lib/api/route";
import { revalidatePublicTags } from "@/lib/claims/revalidate";
import { createLink, linkInputSchema } from "@/lib/links/service";

export const POST = mutationRoute({
  action: "link.manage",
  input: linkInputSchema,
  status: 201,
  run: ({ actor, input }) => createLink(actor, input),
  after: (r) => revalidatePublicTags(r.publicTags),
});
