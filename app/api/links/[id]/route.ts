import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { deleteLink } from "@/lib/links/service";
import { linkIdParams } from "@/lib/links/validation";

export const DELETE = mutationRoute({
  action: "link.manage",
  input: z.strictObject({}),
  params: linkIdParams,
  run: ({ actor, params }) => deleteLink(actor, params.id),
});
