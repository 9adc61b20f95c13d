import { mutationRoute } from "@/lib/api/route";
import { changeOwnPassword } from "@/lib/users/service";
import { changePasswordSchema } from "@/lib/users/validation";

export const POST = mutationRoute({
  action: "account.change_password",
  input: changePasswordSchema,
  run: ({ actor, input }) => changeOwnPassword(actor, input),
});
