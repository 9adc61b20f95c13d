import { mutationRoute, queryRoute } from "@/lib/api/route";
import { findClaimForStaff, toClaimSnapshot } from "@/lib/claims/dashboard-queries";
import { deleteClaim, updateClaim } from "@/lib/claims/service";
import { claimIdParams, updateClaimSchema, versionOnlySchema } from "@/lib/claims/validation";

export const PATCH = mutationRoute({
  action: "claim.update",
  input: updateClaimSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => updateClaim(actor, params.id, input),
});

export const DELETE = mutationRoute({
  action: "claim.delete",
  input: versionOnlySchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => deleteClaim(actor, params.id, input),
});

/** Staff read of one claim (any status) with its current version: what an edit must be based on. */
export const GET = queryRoute({
  action: "claim.read_internal",
  params: claimIdParams,
  notFound: "Claim not found.",
  run: async ({ actor, params }) => {
    const claim = await findClaimForStaff(actor, params.id);
    return (
      claim && {
        id: claim.id,
        slug: claim.slug,
        version: claim.version,
        deleted: claim.deletedAt !== null,
        ...toClaimSnapshot(claim),
      }
    );
  },
});
