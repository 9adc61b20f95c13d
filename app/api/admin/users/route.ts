import { mutationRoute } from "@/lib/api/route";
import { createUser } from "@/lib/users/service";
import { createUserSchema } from "@/lib/users/validation";

export const POST = mutationRoute({
  action: "user.manage",
  input: createUserSchema,
  status: 201,
  run: ({ actor, input }) => createUser(actor, input),
});
