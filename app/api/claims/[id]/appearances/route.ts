import { mutationRoute } from "@/lib/api/route";
import { addAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { claimIdParams } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "appearance.manage",
  input: appearanceInputSchema,
  params: claimIdParams,
  status: 201,
  run: ({ actor, input, params }) => addAppearance(actor, params.id, input),
});
