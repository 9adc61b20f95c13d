import { mutationRoute } from "@/lib/api/route";
import { decidePendingChange, decisionSchema, pendingIdParams } from "@/lib/pending/service";

export const POST = mutationRoute({
  action: "pending.decide",
  input: decisionSchema,
  params: pendingIdParams,
  run: ({ actor, input, params }) => decidePendingChange(actor, params.id, input),
});
