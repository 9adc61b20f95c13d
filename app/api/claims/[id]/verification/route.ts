import { mutationRoute } from "@/lib/api/route";
import { setClaimVerification } from "@/lib/claims/service";
import { claimIdParams, verificationSchema } from "@/lib/claims/validation";

export const PUT = mutationRoute({
  action: "claim.verify",
  input: verificationSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => setClaimVerification(actor, params.id, input),
});
