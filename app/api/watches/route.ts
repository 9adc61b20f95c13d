import { mutationRoute } from "@/lib/api/route";
import { unwatch, watch } from "@/lib/watches/service";
import { watchTargetSchema } from "@/lib/watches/validation";

/** Watch ({ claimId } | { speakerId } | { topicId }); idempotent. */
export const PUT = mutationRoute({
  action: "watch.manage",
  input: watchTargetSchema,
  run: ({ actor, input }) => watch(actor, input),
});

/** Stop watching (same body); idempotent. */
export const DELETE = mutationRoute({
  action: "watch.manage",
  input: watchTargetSchema,
  run: ({ actor, input }) => unwatch(actor, input),
});
