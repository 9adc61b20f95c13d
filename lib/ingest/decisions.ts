import type { z } from "zod";
import { recordAudit, type DbWriter } from "../audit/record";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { IngestOutcome } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";
import type { decideCandidateSchema } from "./validation";

/**
 * What the review page did with each suggested statement of an article — accepted as a new claim,
 * added as a source of claim X, or rejected — kept in the database (IngestDecision, one row per
 * article and span), so a reload or another editor sees the same decisions and is not offered
 * "add as source" for a statement already attached.
 */
export interface SpanDecision {
  outcome: IngestOutcome;
  claimId: string | null;
  /** The source waits for a reviewer (a pending change), not yet on the claim. */
  waitsForReviewer: boolean;
}

type Span = { articleId: string; start: number; end: number };

const decisionSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  outcome: true,
  claimId: true,
  pendingChangeId: true,
  decidedById: true,
} as const;

function findDecision(tx: DbWriter, span: Span) {
  return tx.ingestDecision.findUnique({ where: { articleId_start_end: span }, select: decisionSelect });
}

function acceptedMessage(): string {
  return "This statement was already accepted (on another page or by someone else). Reload the page to see it.";
}

/**
 * Records that a suggestion was accepted (in the accepting transaction). A second new claim from a
 * statement already accepted as one is refused — a page opened before the first acceptance, or
 * another editor at the same moment (the unique (article, span) row makes the later one fail).
 * Adding it as a source of another claim is not (the same claim twice is refused by the appearance
 * service); the latest acceptance is the one shown. A rejection is replaced by an acceptance.
 */
export async function recordAcceptedInTx(
  tx: DbWriter,
  actorId: string,
  span: Span,
  result: { outcome: "NEW_CLAIM" | "ADDED_AS_SOURCE"; claimId: string; pendingChangeId: string | null },
) {
  const existing = await findDecision(tx, span);
  if (existing?.outcome === "NEW_CLAIM" && result.outcome === "NEW_CLAIM")
    throw new AppError("CONFLICT", acceptedMessage(), { claimId: existing.claimId });
  const data = {
    outcome: result.outcome,
    claimId: result.claimId,
    pendingChangeId: result.pendingChangeId,
    decidedById: actorId,
  };
  const decision = existing
    ? await tx.ingestDecision.update({ where: { id: existing.id }, data, select: decisionSelect })
    : await createDecision(tx, { ...span, ...data });
  await recordAudit(tx, {
    actorId,
    action: "ingest.accept",
    entityType: "IngestDecision",
    entityId: decision.id,
    before: existing,
    after: decision,
  });
  return decision;
}

/** Creates the decision row; a concurrent decision on the same span (unique violation) is a clear 409. */
async function createDecision(
  tx: DbWriter,
  data: Span & {
    outcome: IngestOutcome;
    claimId: string | null;
    pendingChangeId: string | null;
    decidedById: string;
  },
) {
  try {
    return await tx.ingestDecision.create({ data, select: decisionSelect });
  } catch (error) {
    if (error && typeof error === "object" && "code" in error && error.code === "P2002")
      throw new AppError(
        "CONFLICT",
        "Someone else decided on this statement at the same time. Reload the page to see it.",
      );
    throw error;
  }
}

/**
 * Rejects a suggestion (decision "rejected") or takes a rejection back (decision "open"). An
 * accepted statement is neither rejected nor reopened here: its claim or source is removed from the
 * claim's page, where that is reviewed and recorded.
 */
export async function decideCandidate(actor: Actor | null, input: z.output<typeof decideCandidateSchema>) {
  assertRole(actor, "appearance.manage");
  const span = { articleId: input.articleId, start: input.start, end: input.end };
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: span.articleId, deletedAt: null },
      select: { id: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "Article not found.");
    const existing = await findDecision(tx, span);
    if (existing && existing.outcome !== "REJECTED")
      throw new AppError("CONFLICT", acceptedMessage(), { claimId: existing.claimId });
    if (input.decision === "rejected") {
      if (existing) return { decision: toSpanDecision(existing), publicTags: [] as string[] };
      const created = await createDecision(tx, {
        ...span,
        outcome: "REJECTED",
        claimId: null,
        pendingChangeId: null,
        decidedById: actor.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "ingest.reject",
        entityType: "IngestDecision",
        entityId: created.id,
        after: created,
      });
      return { decision: toSpanDecision(created), publicTags: [] as string[] };
    }
    if (existing) {
      await tx.ingestDecision.delete({ where: { id: existing.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "ingest.reopen",
        entityType: "IngestDecision",
        entityId: existing.id,
        before: existing,
      });
    }
    return { decision: null, publicTags: [] as string[] };
  });
}

function toSpanDecision(
  d: { outcome: IngestOutcome; claimId: string | null; pendingChangeId: string | null },
  pendingStillWaiting = Boolean(d.pendingChangeId),
): SpanDecision {
  return { outcome: d.outcome, claimId: d.claimId, waitsForReviewer: pendingStillWaiting };
}

/** What the review page knows about the spans of one article: decisions, and where each span is a source already. */
export async function spanStatesOfArticle(articleId: string) {
  const [decisions, appearances, pending] = await Promise.all([
    prisma.ingestDecision.findMany({
      where: { articleId },
      select: { start: true, end: true, outcome: true, claimId: true, pendingChangeId: true },
    }),
    prisma.appearance.findMany({
      where: { articleId, deletedAt: null, claim: { deletedAt: null } },
      select: { start: true, end: true, claimId: true },
    }),
    prisma.pendingChange.findMany({
      where: {
        kind: "APPEARANCE_CREATE",
        status: "PENDING",
        payload: { path: ["articleId"], equals: articleId },
      },
      select: { id: true, claimId: true, payload: true },
    }),
  ]);
  const waiting = new Set(pending.map((p) => p.id));
  const key = (start: number | null, end: number | null) => `${start}-${end}`;
  const attached = new Map<string, Set<string>>();
  const add = (k: string, claimId: string | null) => {
    if (claimId) attached.set(k, (attached.get(k) ?? new Set()).add(claimId));
  };
  for (const a of appearances) add(key(a.start, a.end), a.claimId);
  // A source waiting for a reviewer is attached too: proposing it again would only make a second proposal.
  for (const p of pending) {
    const payload = p.payload as { start?: unknown; end?: unknown } | null;
    if (typeof payload?.start === "number" && typeof payload.end === "number")
      add(key(payload.start, payload.end), p.claimId);
  }
  const decided = new Map(
    decisions.map((d) => [
      key(d.start, d.end),
      toSpanDecision(d, d.pendingChangeId !== null && waiting.has(d.pendingChangeId)),
    ]),
  );
  return (span: { start: number; end: number }) => ({
    decision: decided.get(key(span.start, span.end)) ?? null,
    attachedTo: [...(attached.get(key(span.start, span.end)) ?? [])],
  });
}
