import { idMutationRoute } from "@/lib/api/route";
import { undeleteClaim } from "@/lib/claims/service";
import { versionOnlySchema } from "@/lib/claims/validation";

export const POST = idMutationRoute({
  action: "claim.undelete",
  input: versionOnlySchema,
  run: undeleteClaim,
});
