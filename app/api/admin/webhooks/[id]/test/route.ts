import { mutationRoute } from "@/lib/api/route";
import { sendWebhookTest } from "@/lib/webhooks/service";
import { emptySchema, endpointIdParams } from "@/lib/webhooks/validation";

/** Sends a "ping" delivery to the endpoint now (and retries it like any other). */
export const POST = mutationRoute({
  action: "webhook.manage",
  input: emptySchema,
  params: endpointIdParams,
  status: 201,
  run: ({ actor, params }) => sendWebhookTest(actor, params.id),
});
