import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArticleDetailForStaff } from "@/lib/articles/queries";
import { prisma } from "@/lib/db";
import { expectAppError } from "../helpers/app-error";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/** The staff page of one article lists each claim citing it once, with its status; removed citations are not citations. */
describe.each(testDatabaseKinds())("article detail on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let articleId: string;
  const ids: Record<"twice" | "removedSpan" | "deletedClaim", string> = {
    twice: "",
    removedSpan: "",
    deletedClaim: "",
  };

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    const speaker = await prisma.speaker.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const article = await storeTestArticle({
      title: "Bài thử trang chi tiết",
      text: "Ông A nói: “một”. Ông A nói thêm: “hai”.",
    });
    articleId = article.id;
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      const claim = await prisma.claim.create({
        data: {
          slug: `thu-chi-tiet-${key.toLowerCase()}`,
          speakerId: speaker.id,
          quote: `Phát ngôn ${key}`,
          kind: "DIRECT",
          status: key === "twice" ? "IN_REVIEW" : "DRAFT",
          createdById: actors.owner.id,
          updatedById: actors.owner.id,
        },
      });
      ids[key] = claim.id;
      await prisma.appearance.create({
        data: {
          claimId: claim.id,
          articleId,
          exact: "một",
          start: 12,
          end: 15,
          deletedAt: key === "removedSpan" ? new Date() : null,
        },
      });
    }
    await prisma.appearance.create({
      data: { claimId: ids.twice, articleId, exact: "hai", start: 34, end: 37 },
    });
    await prisma.claim.update({ where: { id: ids.deletedClaim }, data: { deletedAt: new Date() } });
  });
  afterAll(async () => close?.());

  it("lists each citing claim once with its status and how many of its passages are in the article", async () => {
    const found = await findArticleDetailForStaff(actors.reviewer, articleId);
    expect(found?.article.title).toBe("Bài thử trang chi tiết");
    expect(found?.claims.map((c) => [c.id, c.status, c._count.appearances])).toEqual([
      [ids.twice, "IN_REVIEW", 2],
    ]);
  });

  it("has no page for a deleted or unknown article", async () => {
    expect(await findArticleDetailForStaff(actors.owner, "cl0000000000000000000000")).toBeNull();
    await prisma.article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
    expect(await findArticleDetailForStaff(actors.owner, articleId)).toBeNull();
    await prisma.article.update({ where: { id: articleId }, data: { deletedAt: null } });
  });

  it("is for signed-in staff only", async () => {
    await expectAppError(findArticleDetailForStaff(null, articleId), "UNAUTHENTICATED");
  });
});
