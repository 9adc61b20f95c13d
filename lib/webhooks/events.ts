import type { DbWriter } from "../audit/record";
import { publicClaimWhere } from "../claims/public-tags";
import { publicSummarySelect, toPublicClaimSummary } from "../claims/public-queries";
import type { ClaimSnapshot } from "../claims/snapshot";
import type { PublicClaimSummary } from "../claims/public-dto";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { publishLiveInTx } from "../live/publish";
import { WEBHOOK_OUTBOX_KIND, WEBHOOKS_LIVE_TOPIC } from "./kind";

/**
 * What partners are told, and when. Every event is written in the transaction of the change it
 * tells of — one WebhookDelivery per active endpoint that chose it, and one outbox row per
 * delivery (lib/edge/outbox.ts, kind "webhook") — so a committed change always has its deliveries
 * queued and a rolled-back one never has. Payloads carry ids, the slug, the public URL and public
 * fields only (the public API's claim summary): never drafts, internal notes or staff names.
 */
import type { WebhookEvent } from "./event-names";
import { publicChangesBetween } from "../corrections/public-diff";

export { WEBHOOK_EVENTS, type WebhookEvent } from "./event-names";
/** Sent only by "send test event", to every endpoint that asks, whatever it chose. */
export const PING_EVENT = "ping";

export interface WebhookClaim extends PublicClaimSummary {
  id: string;
  /** Absolute URL of the public page. */
  publicUrl: string;
}

/** Queues `event` for every active endpoint that chose it (or for one endpoint, for pings). */
export async function queueWebhookEventInTx(
  tx: DbWriter,
  event: WebhookEvent | typeof PING_EVENT,
  data: Record<string, unknown>,
  only?: { endpointId: string },
): Promise<string[]> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: only ? { id: only.endpointId } : { active: true, events: { has: event } },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: endpoint.id, event, payload: {} },
      select: { id: true, createdAt: true },
    });
    // The body names its own delivery id, so a receiver can drop a delivery it already had.
    const payload = {
      id: delivery.id,
      event,
      createdAt: delivery.createdAt.toISOString(),
      data,
    } as Prisma.InputJsonValue;
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { payload } });
    await queueDeliveryInTx(tx, delivery.id);
    ids.push(delivery.id);
  }
  return ids;
}

/** The outbox row that sends (and retries) one delivery. */
export async function queueDeliveryInTx(tx: DbWriter, deliveryId: string): Promise<string> {
  const row = await tx.outboxEvent.create({
    data: { kind: WEBHOOK_OUTBOX_KIND, payload: { deliveryId } },
    select: { id: true },
  });
  await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { nextAttemptAt: new Date() } });
  await publishLiveInTx(tx, [WEBHOOKS_LIVE_TOPIC], { type: "webhook" });
  return String(row.id);
}

/** A claim as partners see it, or null when readers cannot see it (draft, deleted, …). */
export async function webhookClaim(tx: DbWriter, claimId: string): Promise<WebhookClaim | null> {
  const row = await tx.claim.findFirst({
    where: { id: claimId, ...publicClaimWhere },
    select: { id: true, ...publicSummarySelect },
  });
  if (!row) return null;
  const summary = toPublicClaimSummary(row);
  return { id: row.id, ...summary, publicUrl: `${env.SITE_URL}${summary.url}` };
}

/** Where a claim stood for readers before a change: its status, whether deleted, its public fields. */
export interface ClaimPublicState {
  status: string;
  deleted: boolean;
  snapshot: ClaimSnapshot | null;
}

/**
 * The public fields that differ between two versions, in the groups the corrections log names
 * (lib/corrections/public-diff.ts: "quote", "saidAt", "speaker"…): one definition of what readers
 * see, for partners and readers alike.
 */
export function changedPublicFields(before: ClaimSnapshot | null, after: ClaimSnapshot | null): string[] {
  if (!before || !after) return [];
  return publicChangesBetween(before, after);
}

/**
 * Which event, if any, a change to one claim is for partners: it became published (approved,
 * or an approved claim restored from deletion), it was retracted (or a public claim deleted:
 * `removed`), or a published claim's public fields changed.
 */
export function claimEventFor(
  before: ClaimPublicState,
  after: ClaimPublicState,
): { event: WebhookEvent; changed?: string[]; removed?: boolean } | null {
  const wasVisible = !before.deleted && (before.status === "APPROVED" || before.status === "RETRACTED");
  const isVisible = !after.deleted && (after.status === "APPROVED" || after.status === "RETRACTED");
  const wasPublished = !before.deleted && before.status === "APPROVED";
  if (!after.deleted && after.status === "APPROVED" && !wasPublished) return { event: "claim.published" };
  if (wasPublished && after.status === "RETRACTED" && !after.deleted) return { event: "claim.retracted" };
  if (wasVisible && !isVisible) return { event: "claim.retracted", removed: true };
  if (wasVisible && isVisible) {
    const changed = changedPublicFields(before.snapshot, after.snapshot);
    if (changed.length) return { event: "claim.updated", changed };
  }
  return null;
}

/**
 * The one hook of claim changes (lib/claims/service.ts calls it wherever a claim gets a new
 * version, after the revision is written): queues the event the change means for partners.
 */
export async function queueClaimChangeInTx(
  tx: DbWriter,
  claimId: string,
  before: ClaimPublicState,
  after: ClaimPublicState,
): Promise<void> {
  const found = claimEventFor(before, after);
  if (!found) return;
  // Cheap when nobody listens: no endpoint chose the event, no payload is built.
  const listening = await tx.webhookEndpoint.count({ where: { active: true, events: { has: found.event } } });
  if (listening === 0) return;
  if (found.removed) {
    const row = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { id: true, slug: true },
    });
    await queueWebhookEventInTx(tx, found.event, {
      claim: { id: row.id, slug: row.slug, publicUrl: `${env.SITE_URL}/claims/${row.slug}` },
      removed: true,
    });
    return;
  }
  const claim = await webhookClaim(tx, claimId);
  if (!claim) return;
  const extra: Record<string, unknown> =
    found.event === "claim.retracted"
      ? { retraction: { reason: after.snapshot?.retractionReason ?? null } }
      : found.changed
        ? { changed: found.changed }
        : {};
  await queueWebhookEventInTx(tx, found.event, { claim, ...extra });
}

/** A link written between two claims: claim.linked when readers see both. */
export async function queueLinkCreatedInTx(
  tx: DbWriter,
  link: { id: string; type: string; note: string | null; fromClaimId: string; toClaimId: string },
): Promise<void> {
  const listening = await tx.webhookEndpoint.count({
    where: { active: true, events: { has: "claim.linked" } },
  });
  if (listening === 0) return;
  const from = await webhookClaim(tx, link.fromClaimId);
  const to = await webhookClaim(tx, link.toClaimId);
  if (!from || !to) return;
  await queueWebhookEventInTx(tx, "claim.linked", {
    link: { id: link.id, type: link.type, note: link.note },
    from,
    to,
  });
}
