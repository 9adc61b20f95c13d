/**
 * The source-laundering alert before approval (lib/claims/laundering.ts): when a claim's sources
 * reduce to one line of reporting or to an unnamed origin, someone who may approve the claim
 * acknowledges the alert, and approval is refused until they have — for the sources as they are
 * at approval time (an acknowledgement of other sources is stale). Acknowledgements are stored
 * and audited; they are internal, so no public page changes.
 */

import { recordAudit, type DbWriter } from "../audit/record";
import { CHECKABLE_STATUSES } from "../checklists/service";
import { publicChangeTransaction, type PublicChange } from "../edge/outbox";
import { AppError } from "../errors";
import { assertRole, canDecideOnClaim, type Actor } from "../permissions";
import { analyseSourcing, type SourcingAnalysis } from "./laundering";
import type { SourcingAckInput } from "./laundering-validation";

/** The sources approval counts: live appearances in articles that are not deleted. */
export async function loadSourcing(db: DbWriter, claimId: string): Promise<SourcingAnalysis> {
  const rows = await db.appearance.findMany({
    where: { claimId, deletedAt: null, article: { deletedAt: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      article: { select: { outlet: { select: { id: true, name: true } } } },
      chain: {
        orderBy: { position: "asc" },
        select: { position: true, kind: true, label: true, outletId: true, speakerId: true },
      },
    },
  });
  return analyseSourcing(rows.map((r) => ({ id: r.id, outlet: r.article.outlet, chain: r.chain })));
}

/** The alert as stored with an acknowledgement and its audit event (what the reviewer saw). */
export function alertSummary(a: SourcingAnalysis) {
  return {
    appearances: a.appearances,
    outlets: a.outlets,
    chains: a.chains,
    origin: a.origin,
    reasons: a.reasons,
    origins: a.origins.map((o) => ({ kind: o.kind, label: o.label, appearances: o.appearances })),
  };
}

/** The latest acknowledgement of these sources (same fingerprint), if any. */
export async function currentAcknowledgement(db: DbWriter, claimId: string, fingerprint: string) {
  return db.sourcingAck.findFirst({
    where: { claimId, fingerprint },
    orderBy: [{ acknowledgedAt: "desc" }, { id: "desc" }],
    select: { id: true, acknowledgedAt: true, acknowledgedById: true },
  });
}

/**
 * Inside the approval's transaction (after the claim's row lock taken by assertApprovableInTx):
 * refuses (409, approval_needs_sourcing_ack) when the sources raise an alert nobody acknowledged.
 */
export async function assertSourcingAcknowledgedInTx(tx: DbWriter, claimId: string): Promise<void> {
  const analysis = await loadSourcing(tx, claimId);
  if (!analysis.alert) return;
  if (await currentAcknowledgement(tx, claimId, analysis.fingerprint)) return;
  const earlier = await tx.sourcingAck.count({ where: { claimId } });
  throw new AppError(
    "INVALID_STATE",
    `This claim cannot be approved: its sources raise a source-laundering alert (${analysis.outlets} outlet(s), ${analysis.chains} independent chain(s), origin: ${analysis.origin}) that has not been acknowledged${
      earlier ? " since the sources last changed" : ""
    }. Read the alert on the claim page and acknowledge it first.`,
    {
      sourcing: alertSummary(analysis),
      fingerprint: analysis.fingerprint,
      staleAcknowledgement: earlier > 0,
    },
    "approval_needs_sourcing_ack",
  );
}

/**
 * A reviewer acknowledges the alert they were shown (`fingerprint`): refused when the sources have
 * changed since (409 sourcing_changed), when there is no alert, when the claim is decided, or when
 * the reviewer wrote or last edited the claim (the two-person rule, as for approval).
 */
export async function acknowledgeSourcing(
  actor: Actor | null,
  claimId: string,
  input: SourcingAckInput,
): Promise<{ claimId: string; id: string; fingerprint: string; acknowledgedAt: Date } & PublicChange> {
  assertRole(actor, "claim.acknowledge_sourcing");
  return publicChangeTransaction(async (tx) => {
    // The approval takes the same lock: it never reads the acknowledgements half-written.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { status: true, deletedAt: true, createdById: true, lastEditedById: true },
    });
    if (!claim || claim.deletedAt) throw new AppError("NOT_FOUND", "Claim not found.");
    if (!canDecideOnClaim(actor, claim))
      throw new AppError(
        "FORBIDDEN",
        "You cannot acknowledge the sourcing alert of a claim you created or last edited: a second person must review it.",
        undefined,
        "self_review",
      );
    if (!CHECKABLE_STATUSES.includes(claim.status))
      throw new AppError(
        "INVALID_STATE",
        `The sourcing alert of a claim that is ${claim.status.toLowerCase().replace("_", " ")} cannot be acknowledged: only open claims are.`,
        { status: claim.status },
        "sourcing_ack_closed",
      );
    const analysis = await loadSourcing(tx, claimId);
    if (!analysis.alert)
      throw new AppError(
        "INVALID_STATE",
        "The sources of this claim raise no source-laundering alert: there is nothing to acknowledge.",
        { sourcing: alertSummary(analysis) },
        "sourcing_no_alert",
      );
    if (analysis.fingerprint !== input.fingerprint)
      throw new AppError(
        "CONFLICT",
        "The sources of this claim changed after you opened the alert. Reload the page and read it again.",
        { sourcing: alertSummary(analysis), fingerprint: analysis.fingerprint },
        "sourcing_changed",
      );
    const summary = alertSummary(analysis);
    const ack = await tx.sourcingAck.create({
      data: {
        claimId,
        fingerprint: analysis.fingerprint,
        summary,
        note: input.note,
        acknowledgedById: actor.id,
      },
      select: { id: true, acknowledgedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.acknowledge_sourcing",
      entityType: "Claim",
      entityId: claimId,
      after: { ackId: ack.id, fingerprint: analysis.fingerprint, note: input.note, ...summary },
    });
    return {
      claimId,
      id: ack.id,
      fingerprint: analysis.fingerprint,
      acknowledgedAt: ack.acknowledgedAt,
      publicTags: [],
    };
  });
}
