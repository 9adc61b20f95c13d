import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { appearanceIdParams, removeAppearance } from "@/lib/appearances/service";

export const DELETE = mutationRoute({
  action: "appearance.manage",
  input: z.strictObject({}),
  params: appearanceIdParams,
  run: ({ actor, params }) => removeAppearance(actor, params.id),
});
