import { z } from "zod";
import { EmailFrequency } from "../generated/prisma/enums";
import { idField } from "../validation/common";

export const NOTIFICATION_PAGE_MAX = 100;

/** GET /api/notifications?cursor=<id of the last one seen>&limit=30 */
export const notificationListQuery = z.strictObject({
  cursor: idField.optional(),
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int({ error: "limit must be a whole number." })
    .min(1)
    .max(NOTIFICATION_PAGE_MAX)
    .default(30),
});
export type NotificationListQuery = z.output<typeof notificationListQuery>;

/** POST /api/notifications/read: these (one's own) or all of them. */
export const markReadSchema = z.union(
  [
    z.strictObject({ ids: z.array(idField).min(1).max(NOTIFICATION_PAGE_MAX) }),
    z.strictObject({ all: z.literal(true, { error: "all must be true." }) }),
  ],
  { error: "Send { ids: [...] } or { all: true }." },
);
export type MarkReadInput = z.output<typeof markReadSchema>;

export const emailPreferencesSchema = z.strictObject({
  emailFrequency: z.enum(EmailFrequency, { error: "emailFrequency must be IMMEDIATE, DAILY or OFF." }),
});
