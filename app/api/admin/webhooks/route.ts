import { mutationRoute, queryRoute } from "@/lib/api/route";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { createWebhookEndpoint } from "@/lib/webhooks/service";
import { createEndpointSchema } from "@/lib/webhooks/validation";

/** Registers a partner endpoint; the answer holds its signing secret, shown this once. */
export const POST = mutationRoute({
  action: "webhook.manage",
  input: createEndpointSchema,
  status: 201,
  run: ({ actor, input }) => createWebhookEndpoint(actor, input),
});

/** Every endpoint (without its secret) and its latest deliveries. */
export const GET = queryRoute({
  action: "webhook.manage",
  run: async ({ actor }) => ({ endpoints: await listWebhookEndpoints(actor) }),
});
