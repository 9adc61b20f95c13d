import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { pendingIdParams, withdrawPendingChange } from "@/lib/pending/service";

export const POST = mutationRoute({
  action: "pending.withdraw",
  input: z.strictObject({}),
  params: pendingIdParams,
  run: ({ actor, params }) => withdrawPendingChange(actor, params.id),
});
