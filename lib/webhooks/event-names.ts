/** The events partners may choose (lib/webhooks/events.ts emits them); importable by client components. */
export const WEBHOOK_EVENTS = [
  "claim.published",
  "claim.updated",
  "claim.retracted",
  "claim.linked",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
