import { idMutationRoute } from "@/lib/api/route";
import { addAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";

export const POST = idMutationRoute({
  action: "appearance.manage",
  input: appearanceInputSchema,
  status: 201,
  run: addAppearance,
});
