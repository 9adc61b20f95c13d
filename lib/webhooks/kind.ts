/** The outbox kind of webhook deliveries (lib/edge/outbox.ts dispatches it to lib/webhooks/deliver.ts). */
export const WEBHOOK_OUTBOX_KIND = "webhook";

/** The live topic (lib/live/) of delivery changes: the admin page's log refreshes on it (ids only). */
export const WEBHOOKS_LIVE_TOPIC = "webhooks";
