import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";

/** Staff reads of outlets and articles (the article text is what spans are selected in). */
export async function listOutletsAndArticles(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  const [outlets, articles] = await Promise.all([
    prisma.outlet.findMany({
      where: { deletedAt: null },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        country: true,
        url: true,
        language: true,
        _count: { select: { articles: true } },
      },
    }),
    prisma.article.findMany({
      where: { deletedAt: null },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        publishedAt: true,
        byline: true,
        url: true,
        language: true,
        outlet: { select: { id: true, name: true } },
        _count: { select: { appearances: { where: { deletedAt: null } } } },
      },
    }),
  ]);
  return { outlets, articles };
}

export async function findArticleForStaff(actor: Actor | null, id: string) {
  assertRole(actor, "claim.read_internal");
  return prisma.article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      title: true,
      text: true,
      language: true,
      publishedAt: true,
      outlet: { select: { id: true, name: true } },
    },
  });
}

/**
 * One article for its staff page: metadata, where it came from, and the claims that cite it (one
 * row per claim however many of its spans are in this article). Deleted sources and claims are
 * not citations any more.
 */
export async function findArticleDetailForStaff(actor: Actor | null, id: string) {
  assertRole(actor, "claim.read_internal");
  const [article, claims] = await Promise.all([
    prisma.article.findFirst({
      where: { id, deletedAt: null },
      select: {
        id: true,
        title: true,
        byline: true,
        url: true,
        language: true,
        publishedAt: true,
        createdAt: true,
        text: true,
        contentHash: true,
        outlet: { select: { id: true, name: true } },
        // Sources whose passage was not found after a correction of the text: to select again.
        appearances: {
          where: { deletedAt: null, anchorLostAt: { not: null }, claim: { deletedAt: null } },
          orderBy: { anchorLostAt: "desc" },
          select: {
            id: true,
            exact: true,
            claim: { select: { id: true, speaker: { select: { name: true } } } },
          },
        },
        createdBy: { select: { name: true } },
        // The archived copies of the page (lib/ingest/url/), newest first.
        snapshots: {
          orderBy: { fetchedAt: "desc" },
          select: {
            id: true,
            requestedUrl: true,
            url: true,
            httpStatus: true,
            charset: true,
            contentHash: true,
            fetchedAt: true,
            html: true,
            text: true,
            fetchedBy: { select: { name: true } },
          },
        },
      },
    }),
    prisma.claim.findMany({
      where: { deletedAt: null, appearances: { some: { articleId: id, deletedAt: null } } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        quote: true,
        language: true,
        status: true,
        verification: true,
        speaker: { select: { name: true } },
        _count: { select: { appearances: { where: { articleId: id, deletedAt: null } } } },
      },
    }),
  ]);
  return article ? { article, claims } : null;
}
