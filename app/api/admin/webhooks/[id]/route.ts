import { mutationRoute } from "@/lib/api/route";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/service";
import { deleteEndpointSchema, endpointIdParams, updateEndpointSchema } from "@/lib/webhooks/validation";

/** Change URL, events or description, enable or disable, rotate the secret (answered once). */
export const PATCH = mutationRoute({
  action: "webhook.manage",
  input: updateEndpointSchema,
  params: endpointIdParams,
  run: ({ actor, input, params }) => updateWebhookEndpoint(actor, params.id, input),
});

export const DELETE = mutationRoute({
  action: "webhook.manage",
  input: deleteEndpointSchema,
  params: endpointIdParams,
  run: ({ actor, input, params }) => deleteWebhookEndpoint(actor, params.id, input),
});
