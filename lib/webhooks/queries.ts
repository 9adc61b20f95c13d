import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "../permissions";

/** What the webhook admin page shows: endpoints (never their secrets) and each one's delivery log. */
export const DELIVERY_LOG_SIZE = 50;

/** An endpoint as admins see it and the audit records it: never its secret. */
export const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  active: true,
  version: true,
} satisfies Prisma.WebhookEndpointSelect;

export async function listWebhookEndpoints(actor: Actor | null) {
  assertRole(actor, "webhook.manage");
  const endpoints = await prisma.webhookEndpoint.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      ...endpointSelect,
      createdAt: true,
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: DELIVERY_LOG_SIZE,
        select: {
          id: true,
          event: true,
          status: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          durationMs: true,
          nextAttemptAt: true,
          deliveredAt: true,
          createdAt: true,
        },
      },
    },
  });
  return endpoints;
}
export type WebhookEndpointView = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];
export type WebhookDeliveryView = WebhookEndpointView["deliveries"][number];
