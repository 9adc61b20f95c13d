import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { deleteLink, linkIdParams } from "@/lib/links/service";

export const DELETE = mutationRoute({
  action: "link.manage",
  input: z.strictObject({}),
  params: linkIdParams,
  run: ({ actor, params }) => deleteLink(actor, params.id),
});
