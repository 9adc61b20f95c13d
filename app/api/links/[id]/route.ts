import { z } from "zod";
import { idMutationRoute } from "@/lib/api/route";
import { deleteLink } from "@/lib/links/service";

export const DELETE = idMutationRoute({
  action: "link.manage",
  input: z.strictObject({}),
  run: deleteLink,
});
