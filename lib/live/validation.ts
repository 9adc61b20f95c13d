import { z } from "zod";
import { ID_PATTERN } from "../validation/ids";

/**
 * Topics a page may follow: `queue`, `me` (the signed-in person), `claim:<id>`, `user:<own id>`,
 * `webhooks` (the webhook delivery log: lib/webhooks/kind.ts).
 */
const TOPIC = new RegExp(
  `^(queue|me|webhooks|claim:${ID_PATTERN.source.slice(1, -1)}|user:${ID_PATTERN.source.slice(1, -1)})$`,
);
export const MAX_LIVE_TOPICS = 10;

export const liveQuerySchema = z.strictObject({
  topics: z
    .string({ error: "Name the topics to follow (topics=queue,me,claim:<id>)." })
    .transform((s) => [...new Set(s.split(",").map((t) => t.trim()))])
    .pipe(
      z
        .array(z.string().regex(TOPIC, { error: "Unknown topic." }))
        .min(1, { error: "Name at least one topic." })
        .max(MAX_LIVE_TOPICS, { error: `At most ${MAX_LIVE_TOPICS} topics.` }),
    ),
});

/**
 * A presence heartbeat: the claim page is open (`editing`: with unsaved edits), or it is being
 * left (`leaving`), so the others drop the person at once instead of after the expiry.
 * `arriving`: the page has just started listening, so the others answer at once with their own
 * presence instead of at their next beat.
 */
export const presenceSchema = z.strictObject({
  editing: z.boolean({ error: "Say whether you are editing (true or false)." }),
  leaving: z.boolean({ error: "leaving must be true or false." }).optional(),
  arriving: z.boolean({ error: "arriving must be true or false." }).optional(),
});
export type PresenceInput = z.output<typeof presenceSchema>;
