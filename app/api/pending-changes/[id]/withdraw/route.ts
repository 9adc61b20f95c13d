import { z } from "zod";
import { idMutationRoute } from "@/lib/api/route";
import { withdrawPendingChange } from "@/lib/pending/service";

export const POST = idMutationRoute({
  action: "pending.withdraw",
  input: z.strictObject({}),
  run: withdrawPendingChange,
});
