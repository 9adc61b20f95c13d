import { idMutationRoute } from "@/lib/api/route";
import { decidePendingChange } from "@/lib/pending/service";
import { decisionSchema } from "@/lib/pending/validation";

export const POST = idMutationRoute({
  action: "pending.decide",
  input: decisionSchema,
  run: decidePendingChange,
});
