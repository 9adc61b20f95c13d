import { z } from "zod";
import { idField } from "../validation/common";

/** What is watched: exactly one of a claim, a speaker or a topic (body of PUT/DELETE /api/watches). */
export const watchTargetSchema = z
  .strictObject({
    claimId: idField.optional(),
    speakerId: idField.optional(),
    topicId: idField.optional(),
  })
  .refine((t) => [t.claimId, t.speakerId, t.topicId].filter(Boolean).length === 1, {
    error: "Name exactly one of claimId, speakerId or topicId.",
    params: { kind: "watch_target_required" },
  });
export type WatchTarget = z.output<typeof watchTargetSchema>;
