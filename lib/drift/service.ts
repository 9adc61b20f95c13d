import { recordAudit, type DbWriter } from "../audit/record";
import { publicTagsForClaim } from "../claims/public-tags";
import { publicChangeTransaction } from "../edge/outbox";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { compareQuotes, earliestFirst } from "./compare";
import type { ConfirmDriftInput } from "./validation";

/** A claim's live appearances with what the comparison needs, the earliest first. */
export async function liveAppearancesForDrift(tx: DbWriter, claimId: string) {
  const rows = await tx.appearance.findMany({
    where: { claimId, deletedAt: null, article: { deletedAt: null } },
    select: {
      id: true,
      exact: true,
      createdAt: true,
      article: {
        select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } },
      },
    },
    orderBy: { id: "asc" },
  });
  return earliestFirst(rows);
}

/**
 * A reviewer confirms that one outlet's words drifted from the earliest outlet's. The server
 * compares the two spans again (the kinds are never the browser's): a pair without a substantive
 * difference cannot be confirmed, nor the earliest appearance against itself, nor a pair twice.
 * Audited; readers see it on the claim's public page, whose caches are expired.
 */
export async function confirmQuoteDrift(actor: Actor | null, claimId: string, input: ConfirmDriftInput) {
  assertRole(actor, "drift.confirm");
  return publicChangeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { id: true } });
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
    const appearances = await liveAppearancesForDrift(tx, claimId);
    const quoted = appearances.find((a) => a.id === input.appearanceId);
    if (!quoted)
      throw new AppError("NOT_FOUND", "This source is not one of the claim's (it may have been removed).");
    const base = appearances[0]!;
    if (base.id === quoted.id)
      throw new AppError(
        "INVALID_STATE",
        "This is the earliest outlet's text: the other outlets are compared with it.",
      );
    const comparison = compareQuotes(base.exact, quoted.exact);
    if (comparison.findings.length === 0)
      throw new AppError(
        "INVALID_STATE",
        "This outlet's words differ from the earliest outlet's in no substantive way: there is no drift to confirm.",
      );
    const kinds = comparison.findings.map((f) => f.kind);
    const drift = await tx.quoteDrift
      .create({
        data: {
          claimId,
          appearanceId: quoted.id,
          baseAppearanceId: base.id,
          kinds,
          confirmedById: actor.id,
        },
      })
      .catch((error: unknown) => {
        if (error && typeof error === "object" && "code" in error && error.code === "P2002")
          throw new AppError("CONFLICT", "This drift is confirmed already.");
        throw error;
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "drift.confirm",
      entityType: "QuoteDrift",
      entityId: drift.id,
      after: { ...drift, baseText: base.exact, quotedText: quoted.exact, findings: comparison.findings },
    });
    return { id: drift.id, kinds, publicTags: await publicTagsForClaim(tx, claimId) };
  });
}
