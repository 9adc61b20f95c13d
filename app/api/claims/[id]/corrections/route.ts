import { idMutationRoute } from "@/lib/api/route";
import { proposeClaimCorrection } from "@/lib/claims/service";
import { claimCorrectionSchema } from "@/lib/claims/validation";

/** Proposes a correction of a published claim's content: 202, it waits for a reviewer (lib/pending/). */
export const POST = idMutationRoute({
  action: "claim.correct",
  input: claimCorrectionSchema,
  run: proposeClaimCorrection,
});
