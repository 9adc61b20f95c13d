/**
 * Correcting a stored article's text (the outlet fixed a typo, the page was fetched again): every
 * passage that points into it — claims' sources, annotations on the article, the ingestion
 * review's decisions — is placed again on the new text by its quote and context
 * (lib/text/fuzzy-anchor.ts). A passage that cannot be placed keeps its words but loses its
 * position and is flagged (anchorLostAt) for an editor to select it again; nothing is silently
 * dropped or silently pointed at other words. One transaction: the text, the new positions, the
 * flags, the archived copy it came from and the audit row commit together, and the public pages of
 * the claims citing the article are purged before the answer.
 */
import { recordAudit, type DbWriter } from "../audit/record";
import { publicChangeTransaction } from "../edge/outbox";
import { AppError } from "../errors";
import { publicTagsForClaims } from "../claims/public-tags";
import { assertRole, type Actor } from "../permissions";
import { placeSpan, type Placement } from "../text/fuzzy-anchor";
import { codePointLength, spanAt, type TextSpan } from "../text/selectors";
import { contentHash } from "./service";
import type { ArticleTextRevisionInput } from "./validation";

export interface TextRevisionResult {
  articleId: string;
  contentHash: string;
  /** Sources placed where they were, moved with their words, or found with some words changed. */
  placed: { same: number; moved: number; fuzzy: number };
  /** Sources that could not be placed: flagged for an editor. */
  lost: { appearanceId: string; claimId: string; exact: string }[];
  annotationsLost: number;
  decisionsDropped: number;
  publicTags: string[];
}

const ARTICLE_STALE =
  "Someone else corrected this article's text after you opened it. Reload the page and make your correction again.";

function stored(
  exact: string,
  prefix: string,
  suffix: string,
  start: number | null,
  end: number | null,
): TextSpan {
  return { exact, prefix, suffix, start: start ?? 0, end: end ?? 0 };
}

/** A placed passage's new position and words; a lost one keeps its words, loses its position and is flagged. */
function anchorColumns(span: TextSpan | null, now: Date) {
  if (!span)
    return {
      start: null,
      end: null,
      exact: undefined,
      prefix: undefined,
      suffix: undefined,
      anchorLostAt: now,
    };
  const { start, end, exact, prefix, suffix } = span;
  return { start, end, exact, prefix, suffix, anchorLostAt: null };
}

/**
 * Places stored passages again on the new text, in order, saving each one's new span, or `null`
 * when it cannot be placed. A passage landing on the words an earlier one of its `group` already
 * took is not placed twice: it counts as lost.
 */
async function placeAgain<P>(
  text: string,
  passages: readonly P[],
  passage: (p: P) => { span: TextSpan; group?: string },
  save: (p: P, span: TextSpan | null) => Promise<unknown>,
): Promise<{ placed: Record<Exclude<Placement["kind"], "lost">, number>; lost: P[] }> {
  const placed = { same: 0, moved: 0, fuzzy: 0 };
  const lost: P[] = [];
  const taken = new Set<string>();
  for (const p of passages) {
    const { span, group } = passage(p);
    const placement = placeSpan(text, span);
    const key =
      placement.kind === "lost" || group === undefined
        ? null
        : `${group}:${placement.span.start}:${placement.span.end}`;
    if (placement.kind === "lost" || (key !== null && taken.has(key))) {
      lost.push(p);
      await save(p, null);
      continue;
    }
    if (key !== null) taken.add(key);
    placed[placement.kind]++;
    await save(p, placement.span);
  }
  return { placed, lost };
}

async function applyRevision(
  tx: DbWriter,
  actor: Actor,
  articleId: string,
  input: ArticleTextRevisionInput,
): Promise<TextRevisionResult> {
  const article = await tx.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, text: true, contentHash: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  if (article.contentHash !== input.expectedHash)
    throw new AppError("CONFLICT", ARTICLE_STALE, { currentHash: article.contentHash }, "stale_version");
  const hash = contentHash(input.text);
  if (hash === article.contentHash)
    throw new AppError(
      "VALIDATION",
      "The corrected text is the same as the stored text.",
      undefined,
      "nothing_to_correct",
    );
  const twin = await tx.article.findUnique({
    where: { contentHash: hash },
    select: { id: true, title: true },
  });
  if (twin)
    throw new AppError(
      "CONFLICT",
      `This text is already stored as “${twin.title}”.`,
      { existingArticleId: twin.id, existingTitle: twin.title },
      "article_stored",
    );
  // Compare-and-set: two corrections at once — the second finds the hash changed and stops here.
  const { count } = await tx.article.updateMany({
    where: { id: articleId, contentHash: input.expectedHash },
    data: { text: input.text, contentHash: hash },
  });
  if (count === 0) throw new AppError("CONFLICT", ARTICLE_STALE, undefined, "stale_version");

  const now = new Date();
  const appearances = await tx.appearance.findMany({
    where: { articleId, deletedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, claimId: true, exact: true, prefix: true, suffix: true, start: true, end: true },
  });
  // One live source per claim, article and span (a unique index): a second passage of the same
  // claim landing on the same words is not a second source.
  const sources = await placeAgain(
    input.text,
    appearances,
    (a) => ({ span: stored(a.exact, a.prefix, a.suffix, a.start, a.end), group: a.claimId }),
    (a, span) => tx.appearance.update({ where: { id: a.id }, data: anchorColumns(span, now) }),
  );
  const { placed } = sources;
  const lost = sources.lost.map((a) => ({ appearanceId: a.id, claimId: a.claimId, exact: a.exact }));

  const annotations = await tx.annotation.findMany({
    where: { articleId, deletedAt: null, anchorExact: { not: null } },
    select: {
      id: true,
      anchorExact: true,
      anchorPrefix: true,
      anchorSuffix: true,
      anchorStart: true,
      anchorEnd: true,
    },
  });
  const notes = await placeAgain(
    input.text,
    annotations,
    (n) => ({
      span: stored(
        n.anchorExact ?? "",
        n.anchorPrefix ?? "",
        n.anchorSuffix ?? "",
        n.anchorStart,
        n.anchorEnd,
      ),
    }),
    (n, span) => {
      const c = anchorColumns(span, now);
      return tx.annotation.update({
        where: { id: n.id },
        data: {
          anchorStart: c.start,
          anchorEnd: c.end,
          anchorExact: c.exact,
          anchorPrefix: c.prefix,
          anchorSuffix: c.suffix,
          anchorLostAt: c.anchorLostAt,
        },
      });
    },
  );
  const annotationsLost = notes.lost.length;

  // The review page's decisions are kept by span: placed on the new text with the words they had;
  // a decision whose words are gone is dropped, so the suggestion is offered (and decided) again.
  let decisionsDropped = 0;
  const decisions = await tx.ingestDecision.findMany({
    where: { articleId },
    orderBy: { id: "asc" },
    select: { id: true, start: true, end: true },
  });
  const oldLength = codePointLength(article.text);
  const decided = new Set<string>();
  const moves: { id: string; start: number; end: number }[] = [];
  for (const d of decisions) {
    const placement =
      d.end <= oldLength
        ? placeSpan(input.text, spanAt(article.text, d.start, d.end))
        : ({ kind: "lost" } as const);
    const key = placement.kind === "lost" ? "" : `${placement.span.start}:${placement.span.end}`;
    if (placement.kind === "lost" || decided.has(key)) {
      decisionsDropped++;
      await tx.ingestDecision.delete({ where: { id: d.id } });
      continue;
    }
    decided.add(key);
    moves.push({ id: d.id, start: placement.span.start, end: placement.span.end });
  }
  // Two passes through free positions, so a decision never lands on one another still holds.
  for (const m of moves)
    await tx.ingestDecision.update({ where: { id: m.id }, data: { start: -1 - moves.indexOf(m), end: -1 } });
  for (const m of moves)
    await tx.ingestDecision.update({ where: { id: m.id }, data: { start: m.start, end: m.end } });

  if (input.snapshotId) {
    const kept = await tx.articleSnapshot.updateMany({
      where: { id: input.snapshotId, articleId: null },
      data: { articleId },
    });
    if (kept.count === 0)
      throw new AppError(
        "VALIDATION",
        "The fetched copy of this page is unknown or already kept with another article: fetch it again.",
        undefined,
        "snapshot_unknown",
      );
  }

  await recordAudit(tx, {
    actorId: actor.id,
    action: "article.revise_text",
    entityType: "Article",
    entityId: articleId,
    before: { contentHash: article.contentHash, length: oldLength },
    after: {
      contentHash: hash,
      length: codePointLength(input.text),
      placed,
      lostAppearanceIds: lost.map((l) => l.appearanceId),
      annotationsLost,
      decisionsDropped,
      snapshotId: input.snapshotId ?? null,
    },
  });
  return {
    articleId,
    contentHash: hash,
    placed,
    lost,
    annotationsLost,
    decisionsDropped,
    publicTags: await publicTagsForClaims(tx, { appearances: { some: { articleId } } }),
  };
}

export async function reviseArticleText(
  actor: Actor | null,
  articleId: string,
  input: ArticleTextRevisionInput,
): Promise<TextRevisionResult> {
  assertRole(actor, "article.manage");
  return publicChangeTransaction((tx) => applyRevision(tx, actor, articleId, input));
}
