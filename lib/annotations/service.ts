/**
 * Threaded annotations on a claim: internal (staff only) or public (shown on the claim page,
 * published by reviewers), optionally anchored on an exact span of the quote or of an article.
 */

import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { updateVersioned } from "../audit/versioned";
import { publicTagsForClaim } from "../claims/public-tags";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, roleAllows, type Actor } from "../permissions";
import { normalizeText } from "../text/normalize";
import { reanchor, spanAt } from "../text/selectors";
import type { annotationInputSchema, resolveAnnotationSchema } from "./validation";
import { publicChangeTransaction } from "../edge/outbox";
import { claimTopic, publishLiveInTx } from "../live/publish";
import { notifyInTx } from "../notifications/notify";
import { claimWatcherIds } from "../watches/queries";
import type { DbWriter } from "../audit/record";

export async function createAnnotation(
  actor: Actor | null,
  claimId: string,
  input: z.output<typeof annotationInputSchema>,
) {
  assertRole(actor, "annotation.create");
  if (input.visibility === "PUBLIC" && !roleAllows(actor.role, "annotation.publish")) {
    throw new AppError(
      "FORBIDDEN",
      "Only reviewers and admins can publish a public note.",
      undefined,
      "role_forbidden",
    );
  }
  return publicChangeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: claimId, deletedAt: null },
      select: { id: true, quote: true },
    });
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
    if (input.parentId) {
      const parent = await tx.annotation.findFirst({
        where: { id: input.parentId, claimId, deletedAt: null },
        select: { visibility: true, parentId: true },
      });
      if (!parent)
        throw new AppError(
          "VALIDATION",
          "The comment you reply to is not on this claim.",
          undefined,
          "reply_not_on_claim",
        );
      if (parent.parentId)
        throw new AppError(
          "VALIDATION",
          "Reply to the first comment of the thread.",
          undefined,
          "reply_not_first",
        );
      if (parent.visibility === "INTERNAL" && input.visibility === "PUBLIC")
        throw new AppError(
          "VALIDATION",
          "A reply in an internal thread stays internal.",
          undefined,
          "reply_stays_internal",
        );
    }
    let anchor: Record<string, unknown> = {};
    if (input.anchor) {
      let text = claim.quote;
      let articleId: string | null = null;
      if (input.anchor.target === "ARTICLE") {
        const appearance = await tx.appearance.findFirst({
          where: { id: input.anchor.appearanceId ?? "", claimId, deletedAt: null },
          select: { articleId: true, article: { select: { text: true } } },
        });
        if (!appearance)
          throw new AppError(
            "VALIDATION",
            "Choose the source whose article text you annotate.",
            undefined,
            "source_required",
          );
        text = appearance.article.text;
        articleId = appearance.articleId;
      }
      const span = reanchor(text, {
        start: input.anchor.start,
        end: input.anchor.end,
        exact: input.anchor.exact,
        prefix: "",
        suffix: "",
      });
      if (!span)
        throw new AppError(
          "VALIDATION",
          "The selected words are not in the text any more. Select them again.",
          undefined,
          "span_moved",
        );
      const s = spanAt(text, span.start, span.end);
      anchor = {
        anchorTarget: input.anchor.target,
        appearanceId: input.anchor.target === "ARTICLE" ? input.anchor.appearanceId : null,
        articleId,
        anchorExact: s.exact,
        anchorPrefix: s.prefix,
        anchorSuffix: s.suffix,
        anchorStart: s.start,
        anchorEnd: s.end,
      };
    }
    const annotation = await tx.annotation.create({
      data: {
        claimId,
        authorId: actor.id,
        body: input.body,
        visibility: input.visibility,
        parentId: input.parentId ?? null,
        ...anchor,
      },
    });
    const mentioned = await storeMentions(tx, annotation.id, input.body, input.mentionIds);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.create",
      entityType: "Annotation",
      entityId: annotation.id,
      after: { ...annotation, mentionIds: mentioned },
    });
    await notifyAboutAnnotation(tx, {
      actorId: actor.id,
      claimId,
      annotationId: annotation.id,
      parentId: input.parentId ?? null,
      mentioned,
    });
    return {
      id: annotation.id,
      publicTags: input.visibility === "PUBLIC" ? await publicTagsForClaim(tx, claimId) : [],
    };
  });
}

/**
 * Checks and stores the note's mentions: every id must be an active account whose "@Name" is in
 * the body (a mention the reader cannot see, or of someone unknown or disabled, is refused with a
 * 400 rather than dropped silently). Returns the ids stored.
 */
async function storeMentions(
  tx: DbWriter,
  annotationId: string,
  body: string,
  mentionIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(mentionIds)];
  if (ids.length === 0) return [];
  const people = await tx.user.findMany({
    where: { id: { in: ids }, disabledAt: null },
    select: { id: true, name: true },
  });
  if (people.length !== ids.length) {
    const message = "A person you mentioned is unknown or no longer active. Choose them again from the list.";
    throw new AppError("VALIDATION", message, { fields: { mentionIds: [message] } }, "unknown_mention");
  }
  const missing = people.filter((p) => !body.includes(`@${normalizeText(p.name)}`));
  if (missing.length) {
    const message = `The note mentions ${missing.map((p) => p.name).join(", ")} but does not contain “@${missing[0]!.name}”. Choose the person again from the list.`;
    throw new AppError("VALIDATION", message, { fields: { mentionIds: [message] } }, "mention_not_in_text");
  }
  await tx.annotationMention.createMany({ data: ids.map((userId) => ({ annotationId, userId })) });
  return ids;
}

/**
 * Who hears of a new note, each once and never the writer (notifyInTx drops the actor): the
 * people mentioned (MENTION); the author of the note replied to (REPLY); everyone watching the
 * claim, its speaker or one of its topics, and the claim's assigned editor and reviewer, who
 * follow it without watching (ANNOTATION). Only called for a live claim (createAnnotation
 * refuses deleted ones), and every recipient is staff, so internal notes never leak.
 */
async function notifyAboutAnnotation(
  tx: DbWriter,
  n: { actorId: string; claimId: string; annotationId: string; parentId: string | null; mentioned: string[] },
): Promise<void> {
  const base = { actorId: n.actorId, claimId: n.claimId, annotationId: n.annotationId };
  const told = new Set<string>([n.actorId]);
  for (const id of await notifyInTx(tx, { ...base, kind: "MENTION", recipientIds: n.mentioned }))
    told.add(id);
  for (const id of n.mentioned) told.add(id);
  if (n.parentId) {
    const parent = await tx.annotation.findUnique({ where: { id: n.parentId }, select: { authorId: true } });
    if (parent && !told.has(parent.authorId)) {
      await notifyInTx(tx, { ...base, kind: "REPLY", recipientIds: [parent.authorId] });
      told.add(parent.authorId);
    }
  }
  const claim = await tx.claim.findUnique({
    where: { id: n.claimId },
    select: { assignedEditorId: true, assignedReviewerId: true },
  });
  const followers = [
    ...(await claimWatcherIds(tx, n.claimId)),
    claim?.assignedEditorId,
    claim?.assignedReviewerId,
  ].filter((id): id is string => !!id && !told.has(id));
  await notifyInTx(tx, { ...base, kind: "ANNOTATION", recipientIds: followers });
  await publishLiveInTx(tx, [claimTopic(n.claimId)], { type: "annotation", claimId: n.claimId });
}

export async function setAnnotationResolved(
  actor: Actor | null,
  id: string,
  input: z.output<typeof resolveAnnotationSchema>,
) {
  assertRole(actor, "annotation.resolve");
  return prisma.$transaction(async (tx) => {
    const { after } = await updateVersioned(tx, actor.id, {
      entityType: "Annotation",
      action: input.resolved ? "annotation.resolve" : "annotation.reopen",
      id,
      version: input.version,
      read: () => tx.annotation.findFirst({ where: { id, deletedAt: null } }),
      notFound: "Comment not found.",
      stale: () =>
        new AppError(
          "CONFLICT",
          "Someone else changed this comment. Reload to see it.",
          undefined,
          "stale_version",
        ),
      write: () =>
        tx.annotation.updateMany({
          where: { id, version: input.version },
          data: input.resolved
            ? { resolvedAt: new Date(), resolvedById: actor.id, version: { increment: 1 } }
            : { resolvedAt: null, resolvedById: null, version: { increment: 1 } },
        }),
    });
    return { id, version: after.version, resolved: after.resolvedAt !== null, publicTags: [] as string[] };
  });
}
