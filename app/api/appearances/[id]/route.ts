import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { appearanceIdParams, removeAppearance } from "@/lib/appearances/service";
import { revalidatePublicTags } from "@/lib/claims/revalidate";

export const DELETE = mutationRoute({
  action: "appearance.manage",
  input: z.strictObject({}),
  params: appearanceIdParams,
  run: ({ actor, params }) => removeAppearance(actor, params.id),
  after: (r) => revalidatePublicTags(r.publicTags),
});
