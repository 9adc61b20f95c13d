import { idMutationRoute } from "@/lib/api/route";
import { updateUser } from "@/lib/users/service";
import { updateUserSchema } from "@/lib/users/validation";

export const PATCH = idMutationRoute({
  action: "user.manage",
  input: updateUserSchema,
  run: updateUser,
});
