import { mutationRoute } from "@/lib/api/route";
import { undeleteClaim } from "@/lib/claims/service";
import { claimIdParams, versionOnlySchema } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "claim.undelete",
  input: versionOnlySchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => undeleteClaim(actor, params.id, input),
});
