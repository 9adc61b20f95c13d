import { idMutationRoute, queryRoute } from "@/lib/api/route";
import { findClaimForStaff, toClaimSnapshot } from "@/lib/claims/dashboard-queries";
import { deleteClaim, updateClaim } from "@/lib/claims/service";
import { updateClaimSchema, versionOnlySchema } from "@/lib/claims/validation";
import { idParams } from "@/lib/validation/common";

export const PATCH = idMutationRoute({
  action: "claim.update",
  input: updateClaimSchema,
  run: updateClaim,
});

export const DELETE = idMutationRoute({
  action: "claim.delete",
  input: versionOnlySchema,
  run: deleteClaim,
});

/** Staff read of one claim (any status) with its current version: what an edit must be based on. */
export const GET = queryRoute({
  action: "claim.read_internal",
  params: idParams,
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
