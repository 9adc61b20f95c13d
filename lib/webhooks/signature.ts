import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Webhook signatures: `ClaimLedger-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` where the
 * HMAC (keyed with the endpoint's secret) covers `<t>.<raw body>`. The timestamp is inside what
 * is signed, so a receiver that refuses old timestamps also refuses a delivery captured and
 * replayed later; several `v1=` values may appear while a secret is being rotated. The README
 * shows the receiver's side.
 */
export const SIGNATURE_HEADER = "ClaimLedger-Signature";
export const EVENT_HEADER = "ClaimLedger-Event";
export const DELIVERY_HEADER = "ClaimLedger-Delivery";

/** A new endpoint secret: 32 random bytes, prefixed so people recognise it in a config file. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function signatureDigest(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value for this body, signed at `timestamp` (unix seconds). */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${signatureDigest(secret, timestamp, body)}`;
}

/**
 * The receiver's check: a well-formed header, a timestamp within `toleranceSeconds` of `now`
 * and a v1 signature equal (in constant time) to the one computed over the raw body.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  if (!header) return false;
  const parts = header.split(",").map((p) => p.trim().split("="));
  const t = parts.find(([k]) => k === "t")?.[1];
  const signatures = parts.filter(([k, v]) => k === "v1" && v).map(([, v]) => v!);
  if (!t || !/^\d+$/.test(t) || signatures.length === 0) return false;
  const timestamp = Number(t);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signatureDigest(secret, timestamp, body), "hex");
  return signatures.some((s) => {
    if (!/^[0-9a-f]{64}$/i.test(s)) return false;
    return timingSafeEqual(Buffer.from(s, "hex"), expected);
  });
}
