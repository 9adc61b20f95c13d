/** The outbox kind of webhook deliveries (lib/edge/outbox.ts dispatches it to lib/webhooks/deliver.ts). */
export const WEBHOOK_OUTBOX_KIND = "webhook";
