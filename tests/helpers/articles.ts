import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";

/**
 * Stores an article directly (as the demo seed does) for tests that anchor spans or extract
 * statements in words they know: of the given outlet, or the first one by slug. The text is stored
 * as given; ingestion and its normalisation are tested through the ingest service (ingest-*.test.ts).
 */
export async function storeTestArticle(input: {
  title: string;
  text: string;
  outletId?: string;
  publishedAt?: Date;
}): Promise<{ id: string; text: string; outletId: string; outletName: string }> {
  const outlet = await prisma.outlet.findFirstOrThrow({
    where: input.outletId ? { id: input.outletId } : {},
    orderBy: { slug: "asc" },
    select: { id: true, name: true },
  });
  const article = await prisma.article.create({
    data: {
      slug: `test-${randomUUID()}`,
      outletId: outlet.id,
      title: input.title,
      text: input.text,
      publishedAt: input.publishedAt ?? null,
      contentHash: createHash("sha256").update(input.text).digest("hex"),
    },
    select: { id: true, text: true },
  });
  return { ...article, outletId: outlet.id, outletName: outlet.name };
}
