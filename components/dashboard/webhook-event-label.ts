/** The catalogue key (messages `webhooks.event.*`) of an event name: "claim.published" → "published". */
export function webhookEventKey(event: string): "published" | "updated" | "retracted" | "linked" | "ping" {
  const key = event.replace(/^claim\./, "");
  return key === "published" || key === "updated" || key === "retracted" || key === "linked" ? key : "ping";
}
