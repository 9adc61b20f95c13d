import { mutationRoute } from "@/lib/api/route";
import { revalidatePublicClaim } from "@/lib/claims/revalidate";
import { deleteClaim, updateClaim } from "@/lib/claims/service";
import { claimIdParams, updateClaimSchema, versionOnlySchema } from "@/lib/claims/validation";

export const PATCH = mutationRoute({
  action: "claim.update",
  input: updateClaimSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => updateClaim(actor, params.id, input),
  after: (claim) => revalidatePublicClaim(claim.slug),
});

export const DELETE = mutationRoute({
  action: "claim.delete",
  input: versionOnlySchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => deleteClaim(actor, params.id, input),
  after: (claim) => revalidatePublicClaim(claim.slug),
});
