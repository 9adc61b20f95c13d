import { z } from "zod";
import { idField, urlField, versionField } from "../validation/common";
import { normalizeLine } from "../text/normalize";
import { WEBHOOK_EVENTS } from "./events";

/** Input of the webhook admin routes (app/api/admin/webhooks). */
const eventsField = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `Events must be among ${WEBHOOK_EVENTS.join(", ")}.` }), {
    error: "events must be a list.",
  })
  .min(1, { error: "Choose at least one event." })
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => WEBHOOK_EVENTS.filter((e) => events.includes(e)));

const descriptionField = z
  .string({ error: "Description must be text." })
  .max(400, { error: "Description is too long (at most 200 characters)." })
  .refine((s) => s.isWellFormed() && !/[\u0000-\u001F\u007F]/.test(s), {
    error: "Description contains invalid characters.",
    params: { kind: "invalid_text" },
  })
  .transform(normalizeLine)
  .pipe(z.string().max(200, { error: "Description is too long (at most 200 characters)." }));

export const createEndpointSchema = z.strictObject({
  url: urlField,
  description: descriptionField.default(""),
  events: eventsField,
});
export type CreateEndpointInput = z.output<typeof createEndpointSchema>;

export const updateEndpointSchema = z.strictObject({
  version: versionField,
  url: urlField.optional(),
  description: descriptionField.optional(),
  events: eventsField.optional(),
  active: z.boolean({ error: "active must be true or false." }).optional(),
  /** true: a new secret replaces the old one (answered once). */
  rotateSecret: z.literal(true, { error: "rotateSecret can only be true." }).optional(),
});
export type UpdateEndpointInput = z.output<typeof updateEndpointSchema>;

export const deleteEndpointSchema = z.strictObject({ version: versionField });

/** Replay a delivery, or send a test event: nothing else to say. */
export const emptySchema = z.strictObject({});

export const deliveryParams = z.object({ id: idField, deliveryId: idField });
