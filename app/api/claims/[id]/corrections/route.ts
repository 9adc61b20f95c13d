import { mutationRoute } from "@/lib/api/route";
import { proposeClaimCorrection } from "@/lib/claims/service";
import { claimCorrectionSchema, claimIdParams } from "@/lib/claims/validation";

/** Proposes a correction of a published claim's content: 202, it waits for a reviewer (lib/pending/). */
export const POST = mutationRoute({
  action: "claim.correct",
  input: claimCorrectionSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => proposeClaimCorrection(actor, params.id, input),
});
