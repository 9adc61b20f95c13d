import { mutationRoute } from "@/lib/api/route";
import { updateUser } from "@/lib/users/service";
import { updateUserSchema, userIdParams } from "@/lib/users/validation";

export const PATCH = mutationRoute({
  action: "user.manage",
  input: updateUserSchema,
  params: userIdParams,
  run: ({ actor, input, params }) => updateUser(actor, params.id, input),
});
