import { mutationRoute } from "@/lib/api/route";
import { replayWebhookDelivery } from "@/lib/webhooks/service";
import { deliveryParams, emptySchema } from "@/lib/webhooks/validation";

/** Sends a delivered or failed delivery again (same id and body, new signature). */
export const POST = mutationRoute({
  action: "webhook.manage",
  input: emptySchema,
  params: deliveryParams,
  run: ({ actor, params }) => replayWebhookDelivery(actor, params.id, params.deliveryId),
});
