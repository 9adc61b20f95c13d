import { idMutationRoute } from "@/lib/api/route";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/service";
import { deleteEndpointSchema, updateEndpointSchema } from "@/lib/webhooks/validation";

/** Change URL, events or description, enable or disable, rotate the secret (answered once). */
export const PATCH = idMutationRoute({
  action: "webhook.manage",
  input: updateEndpointSchema,
  run: updateWebhookEndpoint,
});

export const DELETE = idMutationRoute({
  action: "webhook.manage",
  input: deleteEndpointSchema,
  run: deleteWebhookEndpoint,
});
