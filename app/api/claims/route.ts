import { mutationRoute } from "@/lib/api/route";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "claim.create",
  input: createClaimSchema,
  status: 201,
  run: ({ actor, input }) => createClaim(actor, input),
});
