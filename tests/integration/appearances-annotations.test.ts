/**
 * Sources (appearances: a span of an article + attribution chain) and annotations anchored on a
 * claim's quote or on a source's article text. Spans are code points; what the browser sends is
 * checked against the stored text and re-anchored by its words and context when offsets drifted.
 */

import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/service";
import { annotationInputSchema } from "@/lib/annotations/validation";
import { addAppearance, removeAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { publicTag } from "@/lib/claims/public-tags";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { appliedDirectly } from "../helpers/answers";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";
import { storeTestArticle } from "../helpers/articles";

// An astral character before the spans: a client counting UTF-16 units is off by one after it.
// The same words appear twice, told apart only by their context.
const TEXT =
  "Bản tin 😀 sáng thứ Hai. Ông An nói: “hòa bình là ưu tiên hàng đầu”. Chiều cùng ngày, ông Bình cũng nói: “hòa bình là ưu tiên hàng đầu” trước báo giới.".normalize(
    "NFC",
  );
const WORDS = "hòa bình là ưu tiên hàng đầu";

/** Code-point offset of the `nth` occurrence of `words` in TEXT. */
function offsetOf(words: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(words, at + 1);
  expect(at, `${words} #${nth} in the test article`).toBeGreaterThanOrEqual(0);
  return Array.from(TEXT.slice(0, at)).length;
}
const len = (s: string) => Array.from(s).length;

describe.each(testDatabaseKinds())("appearances and annotations on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  let article: Awaited<ReturnType<typeof storeTestArticle>>;
  beforeAll(async () => {
    article = await storeTestArticle({ title: "Bài thử neo", text: TEXT });
  });

  const draft = async (quote: string) =>
    (
      await createClaim(
        newsroom.actors.owner,
        createClaimSchema.parse({ speakerId: newsroom.speakerId, quote, kind: "DIRECT" }),
      )
    ).id;
  const source = (span: { start: number; end: number; exact: string; prefix?: string; suffix?: string }) =>
    appearanceInputSchema.parse({
      articleId: article.id,
      ...span,
      chain: [{ kind: "OUTLET", label: article.outletName, outletId: article.outletId }],
    });

  describe("appearances", () => {
    it("stores a span at the offsets sent when the words are there, with its context", async () => {
      const claimId = await draft("Hòa bình là ưu tiên hàng đầu (ông Bình).");
      const start = offsetOf(WORDS, 1);
      const added = appliedDirectly(
        await addAppearance(
          newsroom.actors.owner,
          claimId,
          source({ start, end: start + len(WORDS), exact: WORDS }),
        ),
      );
      const row = await prisma.appearance.findUniqueOrThrow({
        where: { id: added.id },
        include: { chain: true },
      });
      expect([row.start, row.end, row.exact]).toEqual([start, start + len(WORDS), WORDS]);
      expect(row.prefix.endsWith("ông Bình cũng nói: “")).toBe(true);
      expect(row.suffix.startsWith("” trước báo giới.")).toBe(true);
      expect(row.chain.map((n) => [n.position, n.kind, n.outletId])).toEqual([
        [0, "OUTLET", article.outletId],
      ]);
      expect((await prisma.auditEvent.findFirstOrThrow({ where: { entityId: added.id } })).action).toBe(
        "appearance.create",
      );
    });

    it("re-anchors drifted offsets on the occurrence whose context matches (UTF-16 offsets, offsets near another occurrence)", async () => {
      const claimId = await draft("Hòa bình là ưu tiên (re-anchor).");
      const second = offsetOf(WORDS, 1);
      const first = offsetOf(WORDS, 0);
      // UTF-16 offsets of the second occurrence: one more than its code-point offset (the emoji).
      const utf16 = TEXT.indexOf(WORDS, TEXT.indexOf(WORDS) + 1);
      expect(utf16).toBe(second + 1);
      const a = appliedDirectly(
        await addAppearance(
          newsroom.actors.owner,
          claimId,
          source({ start: utf16, end: utf16 + len(WORDS), exact: WORDS, prefix: "ông Bình cũng nói: “" }),
        ),
      );
      expect([a.start, a.end, a.exact]).toEqual([second, second + len(WORDS), WORDS]);
      // Offsets near the second occurrence, but the context the client saw is the first one's.
      const b = appliedDirectly(
        await addAppearance(
          newsroom.actors.owner,
          claimId,
          source({ start: second + 3, end: second + 3 + len(WORDS), exact: WORDS, prefix: "Ông An nói: “" }),
        ),
      );
      expect([b.start, b.end]).toEqual([first, first + len(WORDS)]);
      const stored = await prisma.appearance.findMany({
        where: { id: { in: [a.id, b.id] } },
        select: { start: true },
        orderBy: { start: "asc" },
      });
      expect(stored.map((r) => r.start)).toEqual([first, second]);
    });

    it("refuses a span whose words are not in the article, one outside it, and an unknown outlet, writing nothing (400)", async () => {
      const claimId = await draft("Không có trong bài.");
      const before = await prisma.appearance.count();
      const missing = await expectAppError(
        addAppearance(newsroom.actors.owner, claimId, source({ start: 0, end: 9, exact: "chiến tranh" })),
        "VALIDATION",
      );
      expect(missing.status).toBe(400);
      await expectAppError(
        addAppearance(
          newsroom.actors.owner,
          claimId,
          source({ start: len(TEXT) - 2, end: len(TEXT) + 5, exact: "giới.xxxxx" }),
        ),
        "VALIDATION",
      );
      // Too short to look for elsewhere: two code points at the wrong offsets.
      await expectAppError(
        addAppearance(newsroom.actors.owner, claimId, source({ start: 0, end: 2, exact: "hò" })),
        "VALIDATION",
      );
      const unknownOutlet = appearanceInputSchema.parse({
        articleId: article.id,
        start: 0,
        end: 7,
        exact: "Bản tin",
        chain: [{ kind: "OUTLET", label: "Không rõ", outletId: "cxxxxxxxxxxxxxxxxxxxxxxxx" }],
      });
      await expectAppError(addAppearance(newsroom.actors.owner, claimId, unknownOutlet), "VALIDATION");
      await expectAppError(
        addAppearance(
          newsroom.actors.owner,
          "cxxxxxxxxxxxxxxxxxxxxxxxx",
          source({ start: 0, end: 7, exact: "Bản tin" }),
        ),
        "NOT_FOUND",
      );
      expect(await prisma.appearance.count()).toBe(before);
    });

    it("removes a source (soft delete, audited) once; a published claim's removal by an admin expires its page", async () => {
      const { owner, admin } = newsroom.actors;
      const claimId = await draft("Sẽ gỡ nguồn.");
      const added = appliedDirectly(
        await addAppearance(owner, claimId, source({ start: 0, end: 7, exact: "Bản tin" })),
      );
      const removed = appliedDirectly(await removeAppearance(owner, added.id));
      expect(removed.id).toBe(added.id);
      expect(
        (await prisma.appearance.findUniqueOrThrow({ where: { id: added.id } })).deletedAt,
      ).not.toBeNull();
      const audit = await prisma.auditEvent.findMany({
        where: { entityId: added.id },
        orderBy: { id: "asc" },
      });
      expect(audit.map((e) => [e.action, e.actorId])).toEqual([
        ["appearance.create", owner.id],
        ["appearance.delete", owner.id],
      ]);
      await expectAppError(removeAppearance(owner, added.id), "NOT_FOUND");

      const published = await prisma.appearance.findFirstOrThrow({
        where: { deletedAt: null, claim: { status: "APPROVED", deletedAt: null } },
        select: { id: true, claim: { select: { slug: true } } },
      });
      const answer = appliedDirectly(await removeAppearance(admin, published.id));
      expect(answer.publicTags).toContain(publicTag.claim(published.claim.slug));
      expect(
        (await prisma.appearance.findUniqueOrThrow({ where: { id: published.id } })).deletedAt,
      ).not.toBeNull();
    });
  });

  describe("annotations", () => {
    let claimId: string;
    let appearanceId: string;
    const note = (input: Record<string, unknown>) => annotationInputSchema.parse(input);

    beforeAll(async () => {
      claimId = await draft("Hòa bình là ưu tiên hàng đầu (ghi chú).");
      const start = offsetOf(WORDS, 0);
      appearanceId = appliedDirectly(
        await addAppearance(
          newsroom.actors.owner,
          claimId,
          source({ start, end: start + len(WORDS), exact: WORDS }),
        ),
      ).id;
    });

    it("anchors on the source's article text (re-anchoring drifted offsets) and on the quote", async () => {
      const start = offsetOf("ông Bình");
      const created = await createAnnotation(
        newsroom.actors.editor,
        claimId,
        note({
          body: "Ai là ông Bình?",
          anchor: {
            target: "ARTICLE",
            appearanceId,
            start: start + 1,
            end: start + 1 + len("ông Bình"),
            exact: "ông Bình",
          },
        }),
      );
      const row = await prisma.annotation.findUniqueOrThrow({ where: { id: created.id } });
      expect([
        row.anchorTarget,
        row.appearanceId,
        row.articleId,
        row.anchorExact,
        row.anchorStart,
        row.anchorEnd,
      ]).toEqual(["ARTICLE", appearanceId, article.id, "ông Bình", start, start + len("ông Bình")]);
      expect(row.anchorPrefix!.endsWith("Chiều cùng ngày, ")).toBe(true);
      expect(row.anchorSuffix!.startsWith(" cũng nói")).toBe(true);
      expect([row.visibility, row.authorId, row.parentId]).toEqual([
        "INTERNAL",
        newsroom.actors.editor.id,
        null,
      ]);

      const onQuote = await createAnnotation(
        newsroom.actors.editor,
        claimId,
        note({ body: "Trích nguyên văn?", anchor: { target: "QUOTE", start: 0, end: 8, exact: "Hòa bình" } }),
      );
      const q = await prisma.annotation.findUniqueOrThrow({ where: { id: onQuote.id } });
      expect([
        q.anchorTarget,
        q.appearanceId,
        q.articleId,
        q.anchorExact,
        q.anchorStart,
        q.anchorEnd,
      ]).toEqual(["QUOTE", null, null, "Hòa bình", 0, 8]);
    });

    it("refuses anchors that do not match the text with a 400-class error, writing nothing", async () => {
      const { editor, owner } = newsroom.actors;
      const other = await draft("Một phát biểu khác.");
      const otherAppearance = appliedDirectly(
        await addAppearance(owner, other, source({ start: 0, end: 7, exact: "Bản tin" })),
      ).id;
      const before = await prisma.annotation.count();
      const cases = [
        // Words that are in the quote but not in the article text.
        { target: "ARTICLE", appearanceId, start: 0, end: 8, exact: "ghi chú" },
        // An article anchor must name one of this claim's sources.
        { target: "ARTICLE", start: 0, end: 7, exact: "Bản tin" },
        { target: "ARTICLE", appearanceId: otherAppearance, start: 0, end: 7, exact: "Bản tin" },
        // Words of the article, not of the quote.
        { target: "QUOTE", start: 0, end: 7, exact: "Bản tin" },
      ];
      for (const anchor of cases) {
        const error = await expectAppError(
          createAnnotation(editor, claimId, note({ body: "Sai neo.", anchor })),
          "VALIDATION",
        );
        expect(error.status, JSON.stringify(anchor)).toBe(400);
      }
      expect(await prisma.annotation.count()).toBe(before);
    });

    it("threads replies one level deep, on the same claim, internal threads staying internal", async () => {
      const { editor, owner, reviewer } = newsroom.actors;
      const root = await createAnnotation(editor, claimId, note({ body: "Gốc của luồng." }));
      const reply = await createAnnotation(owner, claimId, note({ body: "Trả lời.", parentId: root.id }));
      expect((await prisma.annotation.findUniqueOrThrow({ where: { id: reply.id } })).parentId).toBe(root.id);
      const replies = await prisma.annotation.findMany({
        where: { parentId: root.id },
        select: { id: true },
      });
      expect(replies.map((r) => r.id)).toEqual([reply.id]);

      const other = await draft("Luồng khác.");
      const before = await prisma.annotation.count();
      await expectAppError(
        createAnnotation(owner, claimId, note({ body: "Trả lời trả lời.", parentId: reply.id })),
        "VALIDATION",
      );
      await expectAppError(
        createAnnotation(owner, other, note({ body: "Sai bài.", parentId: root.id })),
        "VALIDATION",
      );
      await expectAppError(
        createAnnotation(
          reviewer,
          claimId,
          note({ body: "Công khai trong luồng nội bộ.", visibility: "PUBLIC", parentId: root.id }),
        ),
        "VALIDATION",
      );
      await expectAppError(
        createAnnotation(editor, claimId, note({ body: "Biên tập viên công khai.", visibility: "PUBLIC" })),
        "FORBIDDEN",
      );
      expect(await prisma.annotation.count()).toBe(before);
    });

    it("a reviewer's public note on a published claim expires its page; a public thread takes replies", async () => {
      const { reviewer, editor } = newsroom.actors;
      const published = await prisma.claim.findFirstOrThrow({
        where: { status: "APPROVED", deletedAt: null },
        select: { id: true, slug: true },
      });
      const root = await createAnnotation(
        reviewer,
        published.id,
        note({ body: "Ghi chú công khai.", visibility: "PUBLIC" }),
      );
      expect(root.publicTags).toContain(publicTag.claim(published.slug));
      const internal = await createAnnotation(editor, published.id, note({ body: "Ghi chú nội bộ." }));
      expect(internal.publicTags).toEqual([]);
      const reply = await createAnnotation(
        reviewer,
        published.id,
        note({ body: "Bổ sung công khai.", visibility: "PUBLIC", parentId: root.id }),
      );
      expect((await prisma.annotation.findUniqueOrThrow({ where: { id: reply.id } })).parentId).toBe(root.id);
    });
  });
});
