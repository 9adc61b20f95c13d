import { mutationRoute } from "@/lib/api/route";
import { restoreClaimVersion } from "@/lib/claims/service";
import { claimIdParams, restoreSchema } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "claim.restore_version",
  input: restoreSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => restoreClaimVersion(actor, params.id, input),
});
