import { describe, expect, it } from "vitest";
import { reviseArticleText } from "@/lib/articles/revise-text";
import { articleTextRevisionSchema } from "@/lib/articles/validation";
import { prisma } from "@/lib/db";
import { sliceCodePoints } from "@/lib/text/selectors";
import type { Actor } from "@/lib/permissions";
import { seededNewsroom } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";

/**
 * Issue 18, part 6: a corrected article keeps its sources. Passages are placed again on the new
 * text (moved, or found with corrected words); one whose words are gone is flagged, not lost;
 * a correction made on an outdated text is refused; the public pages of citing claims are purged.
 */
describe.each(testDatabaseKinds())("correcting an article's text on $name", (kind) => {
  const newsroom = seededNewsroom(kind);
  /** A correction of the article's text by `actor`, made on the text whose hash is `expectedHash`. */
  const revise = (actor: Actor, articleId: string, text: string, expectedHash: string) =>
    reviseArticleText(actor, articleId, articleTextRevisionSchema.parse({ text, expectedHash }));

  async function articleWithSources(min: number) {
    const articles = await prisma.article.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        text: true,
        contentHash: true,
        appearances: {
          where: { deletedAt: null, start: { not: null } },
          orderBy: { start: "asc" },
          select: { id: true, claimId: true, exact: true, start: true, end: true },
        },
      },
    });
    const found = articles.find((a) => a.appearances.filter((x) => x.exact.length > 20).length >= min);
    expect(found, `a seeded article with ${min} sources`).toBeTruthy();
    return found!;
  }

  it("moves, corrects or flags each source, audits it, and purges the citing claims' pages", async () => {
    const article = await articleWithSources(3);
    const long = article.appearances.filter((x) => x.exact.length > 20);
    const [fixed, removed] = [long[0]!, long[1]!];
    // A typo corrected inside one quote, another quote removed, a paragraph added at the top.
    const typoAt = Math.floor(fixed.exact.length / 2);
    const corrected = `${fixed.exact.slice(0, typoAt)}x${fixed.exact.slice(typoAt + 1)}`;
    const text = `Đính chính: bài viết đã được cập nhật.\n\n${article.text
      .replace(fixed.exact, corrected)
      .replace(removed.exact, "(đoạn trích đã được gỡ bỏ)")}`;

    const { owner, reviewer } = newsroom.actors;
    await expectAppError(revise(reviewer, article.id, text, article.contentHash), "FORBIDDEN");
    const result = await revise(owner, article.id, text, article.contentHash);
    expect(result.lost.map((l) => l.appearanceId)).toContain(removed.id);
    expect(result.placed.fuzzy).toBeGreaterThanOrEqual(1);
    expect(result.placed.moved + result.placed.fuzzy + result.lost.length).toBe(
      await prisma.appearance.count({ where: { articleId: article.id, deletedAt: null } }),
    );

    const stored = await prisma.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { text: true },
    });
    const rows = await prisma.appearance.findMany({ where: { articleId: article.id, deletedAt: null } });
    for (const row of rows) {
      if (row.id === removed.id) {
        expect(row.anchorLostAt).not.toBeNull();
        expect(row.start).toBeNull();
        expect(row.exact).toBe(removed.exact); // the words are kept for the editor
      } else {
        expect(row.anchorLostAt).toBeNull();
        expect(sliceCodePoints(stored.text, row.start!, row.end!)).toBe(row.exact);
      }
    }
    expect(rows.find((r) => r.id === fixed.id)!.exact).toBe(corrected);

    const audit = await prisma.auditEvent.findFirst({
      where: { action: "article.revise_text", entityId: article.id },
      orderBy: { id: "desc" },
    });
    expect(audit?.actorId).toBe(owner.id);
    // Citing claims that readers see are purged.
    const published = await prisma.claim.findMany({
      where: { status: "APPROVED", deletedAt: null, appearances: { some: { articleId: article.id } } },
      select: { slug: true },
    });
    for (const c of published) expect(result.publicTags).toContain(`claim:${c.slug}`);

    // The same correction again, or one made on the text before it, is refused.
    await expectAppError(revise(owner, article.id, text, article.contentHash), "CONFLICT");
  });

  it("lets one of two simultaneous corrections through; the other is told to reload", async () => {
    const article = await articleWithSources(1);
    const outcomes = await Promise.allSettled(
      ["Bản sửa một.", "Bản sửa hai."].map((note) =>
        revise(newsroom.actors.owner, article.id, `${note}\n\n${article.text}`, article.contentHash),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.code).toBe("CONFLICT");
    expect(failed.reason.reason).toBe("stale_version");
  });
});
