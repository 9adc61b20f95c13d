import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { removeAppearance } from "@/lib/appearances/service";
import { appearanceIdParams } from "@/lib/appearances/validation";

export const DELETE = mutationRoute({
  action: "appearance.manage",
  input: z.strictObject({}),
  params: appearanceIdParams,
  run: ({ actor, params }) => removeAppearance(actor, params.id),
});
