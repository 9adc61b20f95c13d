import { mutationRoute } from "@/lib/api/route";
import { decidePendingChange } from "@/lib/pending/service";
import { decisionSchema, pendingIdParams } from "@/lib/pending/validation";

export const POST = mutationRoute({
  action: "pending.decide",
  input: decisionSchema,
  params: pendingIdParams,
  run: ({ actor, input, params }) => decidePendingChange(actor, params.id, input),
});
