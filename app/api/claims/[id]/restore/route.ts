import { mutationRoute } from "@/lib/api/route";
import { revalidatePublicTags } from "@/lib/claims/revalidate";
import { restoreClaimVersion } from "@/lib/claims/service";
import { claimIdParams, restoreSchema } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "claim.restore_version",
  input: restoreSchema,
  params: claimIdParams,
  run: ({ actor, input, params }) => restoreClaimVersion(actor, params.id, input),
  after: (change) => revalidatePublicTags(change.publicTags),
});
