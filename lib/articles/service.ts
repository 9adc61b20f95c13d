import { createHash } from "node:crypto";
import { recordAudit } from "../audit/record";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { slugify } from "../text/normalize";
import type { ArticleInput } from "./validation";

/** Outlets and articles. Article text is stored as ingested (NFC) with its content hash. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export async function createArticle(actor: Actor | null, input: ArticleInput) {
  assertRole(actor, "article.manage");
  const hash = contentHash(input.text);
  return prisma.$transaction(async (tx) => {
    const outlet = await tx.outlet.findFirst({
      where: { id: input.outletId, deletedAt: null },
      select: { id: true, slug: true },
    });
    if (!outlet)
      throw new AppError(
        "VALIDATION",
        "Unknown outlet.",
        { fields: { outletId: ["Unknown outlet."] } },
        "unknown_outlet",
      );
    const existing = await tx.article.findUnique({
      where: { contentHash: hash },
      select: { id: true, title: true },
    });
    if (existing) {
      throw new AppError(
        "CONFLICT",
        `This article is already stored as “${existing.title}”.`,
        { existingArticleId: existing.id, existingTitle: existing.title },
        "article_stored",
      );
    }
    const slug = `${outlet.slug}-${slugify(input.title, 60)}-${hash.slice(0, 6)}`;
    const { snapshotId, ...fields } = input;
    const article = await tx.article.create({
      data: { ...fields, slug, contentHash: hash, createdById: actor.id },
      select: { id: true, slug: true, title: true, outletId: true, publishedAt: true, language: true },
    });
    if (snapshotId) {
      // Only a copy not yet kept with another article (two tabs storing one fetch: the second fails).
      const { count } = await tx.articleSnapshot.updateMany({
        where: { id: snapshotId, articleId: null },
        data: { articleId: article.id },
      });
      if (count === 0)
        throw new AppError(
          "VALIDATION",
          "The fetched copy of this page is unknown or already kept with another article: fetch it again.",
          { fields: { url: ["Fetch the page again."] } },
          "snapshot_unknown",
        );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.create",
      entityType: "Article",
      entityId: article.id,
      after: { ...article, contentHash: hash, length: input.text.length, snapshotId: snapshotId ?? null },
    });
    return article;
  });
}
