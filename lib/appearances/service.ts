import type { z } from "zod";
import { recordAudit, type DbWriter } from "../audit/record";
import { publicTagsForClaim } from "../claims/public-tags";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { codePointLength, reanchor, spanAt } from "../text/selectors";
import { publicChangeTransaction } from "../edge/outbox";
import { anyClaimPublic, changesPublishedPagesDirectly, proposeChange } from "../pending/propose";
import { resolveChainReferences } from "./chain-references";
import type { appearanceInputSchema } from "./validation";

/**
 * Where a claim appears: an article span (TextQuote + TextPosition selectors, in code points)
 * and the attribution chain from the publishing outlet to the origin. The span the browser
 * sends is checked against the stored article text; if offsets drifted, it is re-anchored by
 * its exact text and context.
 */
const ALREADY_A_SOURCE = "This passage of the article is already a source of this claim.";

type AppearanceInput = z.output<typeof appearanceInputSchema>;

/**
 * Adds a source to a claim; when the claim is published and the actor may not publish alone,
 * the source waits for a reviewer instead (lib/pending/). Ingestion adds sources this way too.
 */
export async function addAppearance(actor: Actor | null, claimId: string, input: AppearanceInput) {
  assertRole(actor, "appearance.manage");
  return publicChangeTransaction((tx) => addOrProposeAppearanceInTx(tx, actor, claimId, input));
}

export async function addOrProposeAppearanceInTx(
  tx: DbWriter,
  actor: Actor,
  claimId: string,
  input: AppearanceInput,
) {
  assertRole(actor, "appearance.manage");
  if (!changesPublishedPagesDirectly(actor) && (await anyClaimPublic(tx, [claimId]))) {
    const { span, article, chain } = await checkAppearance(tx, claimId, input);
    const waiting = await tx.pendingChange.findFirst({
      where: {
        kind: "APPEARANCE_CREATE",
        status: "PENDING",
        claimId,
        AND: [
          { payload: { path: ["articleId"], equals: article.id } },
          { payload: { path: ["start"], equals: span.start } },
          { payload: { path: ["end"], equals: span.end } },
        ],
      },
      select: { id: true },
    });
    if (waiting)
      throw new AppError(
        "CONFLICT",
        "This passage of the article is already waiting for a reviewer as a source of this claim.",
        { pendingChangeId: waiting.id },
      );
    // The proposal keeps the span as re-anchored now, so the reviewer sees the words it cites.
    const payload = {
      claimId,
      ...input,
      chain,
      start: span.start,
      end: span.end,
      exact: span.exact,
      prefix: span.prefix,
      suffix: span.suffix,
    };
    const answer = await proposeChange(tx, actor, {
      kind: "APPEARANCE_CREATE",
      claimId,
      payload,
      before: { article },
    });
    return { ...answer, id: null, start: span.start, end: span.end, exact: span.exact };
  }
  return addAppearanceInTx(tx, actor.id, claimId, input);
}

/**
 * The claim and article exist, the span is in the article's text, the chain's references name
 * known outlets and speakers; answers the span as re-anchored and the chain with the references of
 * every node that names a known outlet or speaker (chain-references.ts).
 */
async function checkAppearance(tx: DbWriter, claimId: string, input: AppearanceInput) {
  if (input.end <= input.start)
    throw new AppError("VALIDATION", "The selected span is empty.", {
      fields: { end: ["end must be after start."] },
    });
  const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  const article = await tx.article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: { id: true, title: true, text: true },
  });
  if (!article)
    throw new AppError("VALIDATION", "Unknown article.", { fields: { articleId: ["Unknown article."] } });
  if (input.end > codePointLength(article.text))
    throw new AppError("VALIDATION", "The selected span is outside the article text.");
  const found = reanchor(article.text, {
    start: input.start,
    end: input.end,
    exact: input.exact,
    prefix: input.prefix ?? "",
    suffix: input.suffix ?? "",
  });
  if (!found)
    throw new AppError(
      "VALIDATION",
      "The selected text is not in this article (it may have been edited). Select it again.",
    );
  const span = spanAt(article.text, found.start, found.end);
  if (
    await tx.appearance.findFirst({
      where: { claimId, articleId: article.id, start: span.start, end: span.end, deletedAt: null },
      select: { id: true },
    })
  ) {
    throw new AppError("CONFLICT", ALREADY_A_SOURCE);
  }
  const outletIds = input.chain.flatMap((n) => (n.outletId ? [n.outletId] : []));
  const speakerIds = input.chain.flatMap((n) => (n.speakerId ? [n.speakerId] : []));
  // One connection per transaction: its queries go one after another.
  const outlets = await tx.outlet.count({ where: { id: { in: outletIds } } });
  const speakers = await tx.speaker.count({ where: { id: { in: speakerIds } } });
  if (outlets !== new Set(outletIds).size || speakers !== new Set(speakerIds).size)
    throw new AppError("VALIDATION", "The chain names an unknown outlet or speaker.");
  const chain = await resolveChainReferences(tx, input.chain);
  return { span, article: { id: article.id, title: article.title }, chain };
}

/** Applies a new source (directly, or when a reviewer approves the proposal); `actorId` is its author. */
export async function addAppearanceInTx(
  tx: DbWriter,
  actorId: string,
  claimId: string,
  input: AppearanceInput,
) {
  const { span, chain } = await checkAppearance(tx, claimId, input);
  const appearance = await tx.appearance
    .create({
      data: {
        claimId,
        articleId: input.articleId,
        ...span,
        createdById: actorId,
        chain: {
          create: chain.map((n, position) => ({
            position,
            kind: n.kind,
            label: n.label,
            outletId: n.outletId,
            speakerId: n.speakerId,
          })),
        },
      },
      include: { chain: { orderBy: { position: "asc" } } },
    })
    .catch((error: unknown) => {
      // The same span added at the same moment by someone else: the partial unique index refuses it.
      if (error && typeof error === "object" && "code" in error && error.code === "P2002")
        throw new AppError("CONFLICT", ALREADY_A_SOURCE);
      throw error;
    });
  await recordAudit(tx, {
    actorId,
    action: "appearance.create",
    entityType: "Appearance",
    entityId: appearance.id,
    after: appearance,
  });
  return {
    id: appearance.id,
    start: span.start,
    end: span.end,
    exact: span.exact,
    publicTags: await publicTagsForClaim(tx, claimId),
  };
}

async function findLiveAppearance(tx: DbWriter, id: string) {
  const appearance = await tx.appearance.findFirst({
    where: { id, deletedAt: null },
    include: { chain: true, article: { select: { title: true } } },
  });
  if (!appearance) throw new AppError("NOT_FOUND", "Source not found (it may have been removed already).");
  return appearance;
}

export async function removeAppearance(actor: Actor | null, id: string) {
  assertRole(actor, "appearance.manage");
  return publicChangeTransaction(async (tx) => {
    const appearance = await findLiveAppearance(tx, id);
    if (!changesPublishedPagesDirectly(actor) && (await anyClaimPublic(tx, [appearance.claimId]))) {
      return proposeChange(tx, actor, {
        kind: "APPEARANCE_DELETE",
        claimId: appearance.claimId,
        payload: { id },
        before: appearance,
      });
    }
    return removeAppearanceInTx(tx, actor.id, id);
  });
}

export async function removeAppearanceInTx(tx: DbWriter, actorId: string, id: string) {
  const appearance = await findLiveAppearance(tx, id);
  await tx.appearance.update({ where: { id }, data: { deletedAt: new Date() } });
  await recordAudit(tx, {
    actorId,
    action: "appearance.delete",
    entityType: "Appearance",
    entityId: id,
    before: appearance,
  });
  return { id, publicTags: await publicTagsForClaim(tx, appearance.claimId) };
}
