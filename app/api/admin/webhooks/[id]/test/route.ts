import { idMutationRoute } from "@/lib/api/route";
import { sendWebhookTest } from "@/lib/webhooks/service";
import { emptySchema } from "@/lib/webhooks/validation";

/** Sends a "ping" delivery to the endpoint now (and retries it like any other). */
export const POST = idMutationRoute({
  action: "webhook.manage",
  input: emptySchema,
  status: 201,
  run: sendWebhookTest,
});
