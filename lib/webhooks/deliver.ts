import http from "node:http";
import https from "node:https";
import { z } from "zod";
import { prisma } from "../db";
import type { OutboxAttempt, OutboxKind } from "../edge/outbox";
import { env, envVariableFrom } from "../env";
import { publishLiveInTx } from "../live/publish";
import type { Prisma } from "../generated/prisma/client";
import { assertPublicUrl, publicLookup, type AddressPolicy } from "../net/public-address";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook } from "./signature";

import { WEBHOOKS_LIVE_TOPIC } from "./kind";

export { WEBHOOK_OUTBOX_KIND } from "./kind";

/**
 * Sending one webhook delivery: a signed JSON POST, 10 seconds at most, a 2xx answer is success.
 * The outbox worker calls this for each "webhook" row and retries a failure on the schedule
 * below; every attempt is recorded on the delivery (the endpoint's log), and after the last one
 * the delivery is marked failed (an admin may replay it).
 */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Waits after the 1st, 2nd, … failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h; then failed. */
export const WEBHOOK_RETRY_DELAYS_MS = [
  60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000,
] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

export function webhookBackoffMs(failedAttempts: number): number {
  const index = Math.min(Math.max(failedAttempts, 1), WEBHOOK_RETRY_DELAYS_MS.length) - 1;
  return WEBHOOK_RETRY_DELAYS_MS[index]!;
}

/** The address policy from WEBHOOK_ALLOW_PRIVATE (lib/env.ts), read when used (tests set it late). */
export function webhookAddressPolicy(): AddressPolicy {
  const allow = envVariableFrom("WEBHOOK_ALLOW_PRIVATE", process.env);
  if (allow === "1" && env.NODE_ENV === "production") return { allowPrivate: false };
  return { allowPrivate: allow === "1" || allow === "always" };
}

export interface PostResult {
  ok: boolean;
  status: number | null;
  /** The error, or the start of the answer (for the log). */
  excerpt: string | null;
  durationMs: number;
}

const EXCERPT_CHARS = 500;

/** POSTs `body` to `rawUrl`, connecting only to checked public addresses; never throws. */
export async function postWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs?: number; policy?: AddressPolicy } = {},
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const policy = options.policy ?? webhookAddressPolicy();
  let url: URL;
  try {
    // At delivery time too: the name may point elsewhere now than when it was registered.
    url = await assertPublicUrl(rawUrl, policy);
  } catch (error) {
    return { ok: false, status: null, excerpt: (error as Error).message, durationMs: elapsed() };
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise<PostResult>((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Content-Length": String(Buffer.byteLength(body)),
          "User-Agent": "ClaimLedger-Webhooks/1",
          ...headers,
        },
        // A new connection per delivery (no pooled socket to an address checked earlier), and
        // it connects only to an address that passed the check (DNS rebinding).
        agent: false,
        lookup: publicLookup(policy) as unknown as http.RequestOptions["lookup"],
        timeout: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          // Only the start of the answer is kept; the rest is read and dropped.
          if (size < EXCERPT_CHARS * 4) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS);
          resolve({
            ok: status >= 200 && status < 300,
            status,
            excerpt: text || null,
            durationMs: elapsed(),
          });
        });
        response.on("error", (error) =>
          resolve({
            ok: false,
            status: response.statusCode ?? null,
            excerpt: error.message,
            durationMs: elapsed(),
          }),
        );
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`No answer within ${(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000} s.`)),
    );
    request.on("error", (error) =>
      resolve({
        ok: false,
        status: null,
        excerpt: error.message.slice(0, EXCERPT_CHARS),
        durationMs: elapsed(),
      }),
    );
    request.end(body);
  });
}

const payloadSchema = z.object({ deliveryId: z.string() });

/** The outbox's work for a "webhook" row: throws while the receiver does not take it (so it is retried). */
export async function deliverWebhookEvent(
  rawPayload: Prisma.JsonValue,
  attempt: OutboxAttempt,
): Promise<void> {
  const { deliveryId } = payloadSchema.parse(rawPayload);
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      event: true,
      payload: true,
      status: true,
      endpoint: { select: { url: true, secret: true, active: true } },
    },
  });
  // Deleted with its endpoint, or already delivered: nothing left to do.
  if (!delivery || delivery.status === "DELIVERED") return;
  if (!delivery.endpoint.active && delivery.event !== "ping") {
    await prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "FAILED", lastError: "The endpoint is disabled.", nextAttemptAt: null },
    });
    return;
  }
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const result = await postWebhook(delivery.endpoint.url, body, {
    [EVENT_HEADER]: delivery.event,
    [DELIVERY_HEADER]: delivery.id,
    [SIGNATURE_HEADER]: signWebhook(delivery.endpoint.secret, body, timestamp),
  });
  const failedFor = result.ok ? null : attempt.final ? "FAILED" : "PENDING";
  await prisma.webhookDelivery.update({
    where: { id: deliveryId },
    data: {
      attempts: { increment: 1 },
      lastStatusCode: result.status,
      lastError: result.excerpt,
      durationMs: result.durationMs,
      status: failedFor ?? "DELIVERED",
      deliveredAt: result.ok ? new Date() : undefined,
      nextAttemptAt: failedFor === "PENDING" ? new Date(Date.now() + webhookBackoffMs(attempt.number)) : null,
    },
  });
  await publishLiveInTx(prisma, [WEBHOOKS_LIVE_TOPIC], { type: "webhook" }).catch(() => {});
  if (!result.ok) {
    throw new Error(
      result.status ? `The receiver answered ${result.status}.` : (result.excerpt ?? "No answer."),
    );
  }
}

export const webhookOutboxKind: OutboxKind = {
  run: deliverWebhookEvent,
  // A delivery is not sent twice at once (a slow receiver: 10 s, well within the lease).
  exclusiveMs: 60_000,
  retry: { backoffMs: webhookBackoffMs, maxAttempts: WEBHOOK_MAX_ATTEMPTS },
};
