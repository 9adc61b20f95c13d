import { mutationRoute } from "@/lib/api/route";
import { claimIdParams } from "@/lib/claims/validation";
import { confirmQuoteDrift } from "@/lib/drift/service";
import { confirmDriftSchema } from "@/lib/drift/validation";

export const POST = mutationRoute({
  action: "drift.confirm",
  input: confirmDriftSchema,
  params: claimIdParams,
  status: 201,
  run: ({ actor, input, params }) => confirmQuoteDrift(actor, params.id, input),
});
