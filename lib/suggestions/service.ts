import type { z } from "zod";
import { recordAudit, type DbWriter } from "../audit/record";
import { publicChangeTransaction } from "../edge/outbox";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { createOrProposeLinkInTx } from "../links/service";
import { claimTopic, publishLiveInTx } from "../live/publish";
import { isPendingAnswer } from "../pending/propose";
import { assertRole, type Actor } from "../permissions";
import { compareStatements, type Comparison } from "./compare";
import type { confirmSuggestionSchema } from "./validation";

/**
 * Suggested links (issue 16): when a claim is created, edited or accepted from ingestion, its
 * quote is compared (lib/suggestions/compare.ts) with a bounded set of other claims — the same
 * speaker's latest, and the latest on its topics — and a CONTRADICTS or UPDATES link is proposed
 * for each pair that looks like one. A reviewer confirms (the link is made by lib/links/service.ts,
 * audited, public pages expired) or dismisses (remembered: the pair is never proposed again).
 *
 * Computed in the claim change's own transaction, not through the outbox: the work is bounded
 * (at most MAX_SPEAKER_CANDIDATES + MAX_TOPIC_CANDIDATES rows read by index, pure string
 * comparison in microseconds each), so it costs the edit little; a suggestion then exists exactly
 * when the change it comes from is committed (a rolled-back edit leaves none, a committed one is
 * never without its suggestions) and there is no second, retried write path to keep consistent.
 */
export const MAX_SPEAKER_CANDIDATES = 30;
export const MAX_TOPIC_CANDIDATES = 20;

/** One suggestion per unordered pair of claims, ever. */
export const pairKey = (x: string, y: string) => (x < y ? `${x}:${y}` : `${y}:${x}`);

interface Compared {
  id: string;
  quote: string;
  speakerId: string;
  saidAt: Date | null;
  createdAt: Date;
}

/** Which of the two was said first (by date said, else by when it was recorded). */
function earlierFirst(x: Compared, y: Compared): [Compared, Compared] {
  const tx = (x.saidAt ?? x.createdAt).getTime();
  const ty = (y.saidAt ?? y.createdAt).getTime();
  if (tx !== ty) return tx < ty ? [x, y] : [y, x];
  return x.createdAt.getTime() <= y.createdAt.getTime() ? [x, y] : [y, x];
}

const comparedSelect = {
  id: true,
  quote: true,
  speakerId: true,
  saidAt: true,
  createdAt: true,
} satisfies Prisma.ClaimSelect;

/**
 * In the claim change's transaction: (re)computes the suggestions between this claim and its
 * candidates. Open suggestions follow the claim's text (updated, or removed when the pair no
 * longer looks linked); confirmed and dismissed ones are never touched again.
 */
export async function suggestLinksInTx(tx: DbWriter, claimId: string): Promise<number> {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    select: { ...comparedSelect, topics: { select: { topicId: true } } },
  });
  if (!claim) return 0;
  const bySpeaker = await tx.claim.findMany({
    where: { speakerId: claim.speakerId, deletedAt: null, id: { not: claim.id } },
    orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: MAX_SPEAKER_CANDIDATES,
    select: comparedSelect,
  });
  const topicIds = claim.topics.map((t) => t.topicId);
  const byTopic = topicIds.length
    ? (
        await tx.claimTopic.findMany({
          where: {
            topicId: { in: topicIds },
            claimId: { not: claim.id },
            claim: { deletedAt: null, speakerId: { not: claim.speakerId } },
          },
          orderBy: { claimId: "desc" },
          take: MAX_TOPIC_CANDIDATES,
          select: { claim: { select: comparedSelect } },
        })
      ).map((r) => r.claim)
    : [];
  const candidates = [...new Map([...bySpeaker, ...byTopic].map((c) => [c.id, c])).values()];
  if (candidates.length === 0) return 0;

  const keys = candidates.map((c) => pairKey(claim.id, c.id));
  const existing = new Map(
    (
      await tx.linkSuggestion.findMany({
        where: { pairKey: { in: keys } },
        select: { id: true, pairKey: true, status: true },
      })
    ).map((s) => [s.pairKey, s]),
  );
  // Pairs a person already linked as a contradiction or an update need no suggestion.
  const linked = new Set(
    (
      await tx.claimLink.findMany({
        where: {
          deletedAt: null,
          type: { in: ["CONTRADICTS", "UPDATES"] },
          OR: [
            { fromClaimId: claim.id, toClaimId: { in: candidates.map((c) => c.id) } },
            { toClaimId: claim.id, fromClaimId: { in: candidates.map((c) => c.id) } },
          ],
        },
        select: { fromClaimId: true, toClaimId: true },
      })
    ).map((l) => pairKey(l.fromClaimId, l.toClaimId)),
  );

  let open = 0;
  for (const other of candidates) {
    const key = pairKey(claim.id, other.id);
    const known = existing.get(key);
    if (known && known.status !== "OPEN") continue;
    const [earlier, later] = earlierFirst(claim, other);
    let result: Comparison | null = linked.has(key) ? null : compareStatements(earlier.quote, later.quote);
    // Another speaker's different figure is not a change of position: only contradictions cross speakers.
    if (result?.type === "UPDATES" && claim.speakerId !== other.speakerId) result = null;
    if (!result?.type) {
      if (known) await tx.linkSuggestion.deleteMany({ where: { id: known.id, status: "OPEN" } });
      continue;
    }
    const data = {
      fromClaimId: later.id,
      toClaimId: earlier.id,
      type: result.type,
      reasons: result.reasons,
      similarity: result.similarity,
      fromQuote: later.quote,
      toQuote: earlier.quote,
      fromHighlights: result.highlightsB as unknown as Prisma.InputJsonValue,
      toHighlights: result.highlightsA as unknown as Prisma.InputJsonValue,
    };
    // Guarded writes that never throw: two claims of a pair edited at once, or a reviewer deciding
    // meanwhile, must not make anyone's edit fail (the first writer's suggestion stands).
    if (known) await tx.linkSuggestion.updateMany({ where: { id: known.id, status: "OPEN" }, data });
    else await tx.linkSuggestion.createMany({ data: [{ ...data, pairKey: key }], skipDuplicates: true });
    open++;
  }
  return open;
}

async function takeOpen(tx: DbWriter, id: string) {
  const suggestion = await tx.linkSuggestion.findUnique({ where: { id } });
  if (!suggestion) throw new AppError("NOT_FOUND", "Suggestion not found.");
  // Only one decision wins: the second person to decide is told, nothing is written twice.
  const { count } = await tx.linkSuggestion.updateMany({
    where: { id, status: "OPEN" },
    data: { status: "DISMISSED" },
  });
  if (count === 0)
    throw new AppError(
      "CONFLICT",
      "Someone already decided on this suggestion.",
      { status: suggestion.status },
      "already_decided",
    );
  return suggestion;
}

type ConfirmInput = z.output<typeof confirmSuggestionSchema>;

/** Makes the suggested link (through the link service: audited, public pages expired). */
export async function confirmSuggestion(actor: Actor | null, id: string, input: ConfirmInput) {
  assertRole(actor, "suggestion.decide");
  return publicChangeTransaction(async (tx) => {
    const before = await takeOpen(tx, id);
    const made = await createOrProposeLinkInTx(tx, actor, {
      fromClaimId: before.fromClaimId,
      toClaimId: before.toClaimId,
      type: input.type ?? before.type,
      note: input.note,
    });
    const pending = isPendingAnswer(made);
    const after = await tx.linkSuggestion.update({
      where: { id },
      data: {
        status: "CONFIRMED",
        type: input.type ?? before.type,
        decidedById: actor.id,
        decidedAt: new Date(),
        linkId: pending ? null : made.id,
        pendingId: pending ? made.pendingChange.id : null,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.confirm",
      entityType: "LinkSuggestion",
      entityId: id,
      before,
      after,
    });
    await publishLiveInTx(tx, [claimTopic(before.fromClaimId), claimTopic(before.toClaimId)], {
      type: "claim",
      claimId: before.fromClaimId,
    });
    return { id, status: "CONFIRMED" as const, linkId: after.linkId, publicTags: made.publicTags };
  });
}

/** Dismisses the suggestion; the pair is remembered and never proposed again. */
export async function dismissSuggestion(actor: Actor | null, id: string) {
  assertRole(actor, "suggestion.decide");
  return publicChangeTransaction(async (tx) => {
    const before = await takeOpen(tx, id);
    const after = await tx.linkSuggestion.update({
      where: { id },
      data: { status: "DISMISSED", decidedById: actor.id, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.dismiss",
      entityType: "LinkSuggestion",
      entityId: id,
      before,
      after,
    });
    // Nothing public changes: a suggestion is staff-only.
    return { id, status: "DISMISSED" as const, publicTags: [] as string[] };
  });
}
