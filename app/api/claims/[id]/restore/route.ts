import { idMutationRoute } from "@/lib/api/route";
import { restoreClaimVersion } from "@/lib/claims/service";
import { restoreSchema } from "@/lib/claims/validation";

export const POST = idMutationRoute({
  action: "claim.restore_version",
  input: restoreSchema,
  run: restoreClaimVersion,
});
