import { z } from "zod";
import { idMutationRoute } from "@/lib/api/route";
import { removeAppearance } from "@/lib/appearances/service";

export const DELETE = idMutationRoute({
  action: "appearance.manage",
  input: z.strictObject({}),
  run: removeAppearance,
});
