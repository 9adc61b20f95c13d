import { errorResponse, mutationRoute } from "@/lib/api/route";
import { getActor } from "@/lib/auth/actor";
import { findClaimForStaff, toClaimSnapshot } from "@/lib/claims/dashboard-queries";
import { AppError } from "@/lib/errors";
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
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const parsed = claimIdParams.safeParse(await context.params);
    if (!parsed.success) throw new AppError("NOT_FOUND", "Claim not found.");
    const claim = await findClaimForStaff(await getActor(), parsed.data.id);
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
    return Response.json({ id: claim.id, slug: claim.slug, version: claim.version, deleted: claim.deletedAt !== null, ...toClaimSnapshot(claim) });
  } catch (error) {
    return errorResponse(error);
  }
}
