import { idMutationRoute } from "@/lib/api/route";
import { setClaimVerification } from "@/lib/claims/service";
import { verificationSchema } from "@/lib/claims/validation";

export const PUT = idMutationRoute({
  action: "claim.verify",
  input: verificationSchema,
  run: setClaimVerification,
});
