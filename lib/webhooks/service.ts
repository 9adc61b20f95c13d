/**
 * Admins manage partner endpoints here: register (the secret is answered once), change URL,
 * events, description, enable/disable, rotate the secret (answered once), delete; replay a
 * delivery; send a test event. Each change is versioned (optimistic locking) and audited in
 * its own transaction; the audit never holds a secret.
 */
import { recordAudit, type DbWriter } from "../audit/record";
import { deleteVersioned, updateVersioned } from "../audit/versioned";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPublicUrl, PublicAddressError } from "../net/public-address";
import { assertRole, type Actor } from "../permissions";
import { webhookAddressPolicy } from "./deliver";
import { PING_EVENT, queueDeliveryInTx, queueWebhookEventInTx } from "./events";
import { endpointSelect } from "./queries";
import { newWebhookSecret } from "./signature";
import type { CreateEndpointInput, UpdateEndpointInput } from "./validation";

/** The URL must be http(s), without credentials, and resolve to public addresses only. */
async function checkEndpointUrl(url: string): Promise<void> {
  try {
    await assertPublicUrl(url, webhookAddressPolicy());
  } catch (error) {
    if (!(error instanceof PublicAddressError)) throw error;
    const reason =
      error.problem === "private_address"
        ? "private_address"
        : error.problem === "unresolvable"
          ? "unresolvable_host"
          : "url_credentials";
    throw new AppError("VALIDATION", error.message, { fields: { url: [error.message] } }, reason);
  }
}

const ENDPOINT_GONE = "Webhook endpoint not found (it may have been deleted).";

async function findEndpoint(tx: DbWriter, id: string) {
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
  if (!endpoint) throw new AppError("NOT_FOUND", ENDPOINT_GONE);
  return endpoint;
}

/** An admin's change of one endpoint, based on `version`: read, compared, written and audited (lib/audit/versioned.ts). */
function endpointChange(tx: DbWriter, id: string, version: number) {
  return {
    entityType: "WebhookEndpoint",
    id,
    version,
    read: () => tx.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect }),
    notFound: ENDPOINT_GONE,
    stale: (current: { version: number }) =>
      new AppError(
        "CONFLICT",
        "Someone else changed this webhook endpoint after you opened it. Reload the page and try again.",
        { yourVersion: version, currentVersion: current.version },
        "stale_version",
      ),
  };
}

export async function createWebhookEndpoint(actor: Actor | null, input: CreateEndpointInput) {
  assertRole(actor, "webhook.manage");
  await checkEndpointUrl(input.url);
  return prisma.$transaction(async (tx) => {
    const secret = newWebhookSecret();
    const endpoint = await tx.webhookEndpoint.create({
      data: { ...input, secret, createdById: actor.id },
      select: endpointSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.create",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      after: endpoint,
    });
    // The only time the secret is answered (and rotation's): it is never shown again.
    return { id: endpoint.id, version: endpoint.version, secret };
  });
}

export async function updateWebhookEndpoint(actor: Actor | null, id: string, input: UpdateEndpointInput) {
  assertRole(actor, "webhook.manage");
  if (input.url !== undefined) await checkEndpointUrl(input.url);
  return prisma.$transaction(async (tx) => {
    const secret = input.rotateSecret ? newWebhookSecret() : undefined;
    const { after } = await updateVersioned(tx, actor.id, {
      ...endpointChange(tx, id, input.version),
      action: input.rotateSecret ? "webhook.rotate_secret" : "webhook.update",
      write: () =>
        tx.webhookEndpoint.updateMany({
          where: { id, version: input.version },
          data: {
            url: input.url,
            description: input.description,
            events: input.events,
            active: input.active,
            secret,
            version: { increment: 1 },
          },
        }),
      audited: (after) => ({ ...after, ...(secret ? { secretRotated: true } : {}) }),
    });
    return { id, version: after.version, ...(secret ? { secret } : {}) };
  });
}

export async function deleteWebhookEndpoint(actor: Actor | null, id: string, input: { version: number }) {
  assertRole(actor, "webhook.manage");
  return prisma.$transaction(async (tx) => {
    await deleteVersioned(tx, actor.id, {
      ...endpointChange(tx, id, input.version),
      action: "webhook.delete",
      // Its deliveries go with it (their queued outbox rows then find nothing to send).
      write: () => tx.webhookEndpoint.deleteMany({ where: { id, version: input.version } }),
    });
    return { id, deleted: true };
  });
}

/**
 * Sends a delivered or failed delivery again, with the same id and body (a receiver that had it
 * may drop it) and a fresh signature and retry schedule. One still queued is refused: it is
 * going out already.
 */
export async function replayWebhookDelivery(actor: Actor | null, endpointId: string, deliveryId: string) {
  assertRole(actor, "webhook.manage");
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, endpointId },
      select: { id: true, status: true, event: true, attempts: true, nextAttemptAt: true },
    });
    if (!delivery)
      throw new AppError("NOT_FOUND", "Delivery not found (its endpoint may have been deleted).");
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, status: { not: "PENDING" } },
      data: { status: "PENDING", deliveredAt: null },
    });
    if (count === 0)
      throw new AppError(
        "INVALID_STATE",
        "This delivery is still queued: it is being sent or will be retried on its schedule.",
        { nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null },
        "delivery_pending",
      );
    const outboxId = await queueDeliveryInTx(tx, deliveryId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.replay",
      entityType: "WebhookDelivery",
      entityId: deliveryId,
      before: { status: delivery.status, attempts: delivery.attempts },
      after: { status: "PENDING", event: delivery.event, endpointId },
    });
    // Sent right after the commit (mutationRoute settles the outbox row), else by the worker.
    return { id: deliveryId, outboxId };
  });
}

/** A "ping" delivery to one endpoint (enabled or not), to check the receiver and its signature check. */
export async function sendWebhookTest(actor: Actor | null, endpointId: string) {
  assertRole(actor, "webhook.manage");
  return prisma.$transaction(async (tx) => {
    const endpoint = await findEndpoint(tx, endpointId);
    const [deliveryId] = await queueWebhookEventInTx(
      tx,
      PING_EVENT,
      { endpoint: { id: endpoint.id, url: endpoint.url }, message: "Test event from ClaimLedger." },
      { endpointId },
    );
    const row = await tx.outboxEvent.findFirstOrThrow({
      where: { kind: "webhook", payload: { path: ["deliveryId"], equals: deliveryId! } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.test",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      after: { deliveryId },
    });
    return { id: deliveryId!, outboxId: String(row.id) };
  });
}
