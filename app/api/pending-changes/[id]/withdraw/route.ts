import { z } from "zod";
import { mutationRoute } from "@/lib/api/route";
import { withdrawPendingChange } from "@/lib/pending/service";
import { pendingIdParams } from "@/lib/pending/validation";

export const POST = mutationRoute({
  action: "pending.withdraw",
  input: z.strictObject({}),
  params: pendingIdParams,
  run: ({ actor, params }) => withdrawPendingChange(actor, params.id),
});
