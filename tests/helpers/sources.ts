import { prisma } from "@/lib/db";

/**
 * Gives a claim a live source (an appearance in a seeded article), as approval requires: tests
 * that approve claims call it before approving. Written directly, like the demo seed: the
 * appearance service and its rules are tested on their own (appearances-annotations.test.ts).
 */
export async function addSourceTo(claimId: string): Promise<{ appearanceId: string; articleId: string }> {
  const article = await prisma.article.findFirstOrThrow({
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true },
  });
  const exact = Array.from(article.text).slice(0, 40).join("") || "…";
  const appearance = await prisma.appearance.create({
    data: {
      claimId,
      articleId: article.id,
      exact,
      start: article.text ? 0 : null,
      end: article.text ? Array.from(exact).length : null,
      chain: { create: [{ position: 0, kind: "OUTLET", label: "Nguồn thử nghiệm" }] },
    },
    select: { id: true },
  });
  return { appearanceId: appearance.id, articleId: article.id };
}
