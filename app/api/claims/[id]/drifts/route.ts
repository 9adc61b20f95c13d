import { idMutationRoute } from "@/lib/api/route";
import { confirmQuoteDrift } from "@/lib/drift/service";
import { confirmDriftSchema } from "@/lib/drift/validation";

export const POST = idMutationRoute({
  action: "drift.confirm",
  input: confirmDriftSchema,
  status: 201,
  run: confirmQuoteDrift,
});
