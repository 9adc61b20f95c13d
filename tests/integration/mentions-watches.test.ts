import { describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/service";
import { annotationInputSchema } from "@/lib/annotations/validation";
import { setAssignment } from "@/lib/assignments/service";
import { assignmentInputSchema } from "@/lib/assignments/validation";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { mentionableUsers } from "@/lib/users/queries";
import { unwatch, watch } from "@/lib/watches/service";
import { watchTargetSchema } from "@/lib/watches/validation";
import { seededNewsroom } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";

/** Issue 14 item 3 and watching: mentions stored as references, and who is told of a new note. */
describe.each(testDatabaseKinds())("mentions and watches on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  const note = (v: object) => annotationInputSchema.parse(v);
  async function draft(quote: string) {
    return createClaim(
      newsroom.actors.owner,
      createClaimSchema.parse({ speakerId: newsroom.speakerId, quote, kind: "DIRECT", topics: [] }),
    );
  }
  const told = async (annotationId: string) =>
    (await prisma.notification.findMany({ where: { annotationId }, orderBy: { userId: "asc" } }))
      .map((n) => `${n.userId}:${n.kind}`)
      .sort();

  it("finds active staff without diacritics, at most 8", async () => {
    const { editor } = newsroom.actors;
    const r = await mentionableUsers(editor, "dung");
    expect(r.data.map((u) => u.name)).toContain("Dũng Thẩm Định");
    expect((await mentionableUsers(editor, "bien tap")).data.map((u) => u.name)).toEqual(
      expect.arrayContaining(["Bình Biên Tập", "Chi Biên Tập"]),
    );
    expect((await mentionableUsers(editor, "")).data.length).toBeLessThanOrEqual(8);
    await expectAppError(mentionableUsers(null, "x"), "UNAUTHENTICATED");
  });

  it("stores a mention as a reference and tells the mentioned person, the watchers and the assignees once each", async () => {
    const { owner, editor, reviewer, admin } = newsroom.actors;
    const c = await draft("Ghi chú có nhắc tên người thẩm định.");
    await watch(admin, watchTargetSchema.parse({ speakerId: newsroom.speakerId }));
    await watch(reviewer, watchTargetSchema.parse({ claimId: c.id }));
    const a = await createAnnotation(
      editor,
      c.id,
      note({ body: "Nhờ @Dũng Thẩm Định xem lại nguồn.", mentionIds: [reviewer.id] }),
    );
    expect(
      await prisma.annotationMention.findMany({ where: { annotationId: a.id }, select: { userId: true } }),
    ).toEqual([{ userId: reviewer.id }]);
    // Reviewer: mentioned (not also told as a watcher); admin watches the speaker; the owner is
    // the claim's assigned editor; the writer is told nothing.
    expect(await told(a.id)).toEqual(
      [`${reviewer.id}:MENTION`, `${admin.id}:ANNOTATION`, `${owner.id}:ANNOTATION`].sort(),
    );

    // A reply tells the thread's author (REPLY), not the replier.
    const r = await createAnnotation(reviewer, c.id, note({ body: "Đã xem.", parentId: a.id }));
    expect(await told(r.id)).toEqual(
      [`${editor.id}:REPLY`, `${admin.id}:ANNOTATION`, `${owner.id}:ANNOTATION`].sort(),
    );

    // Unwatching stops it; unwatching twice changes nothing.
    await unwatch(admin, watchTargetSchema.parse({ speakerId: newsroom.speakerId }));
    expect((await unwatch(admin, watchTargetSchema.parse({ speakerId: newsroom.speakerId }))).changed).toBe(
      false,
    );
    const n = await createAnnotation(owner, c.id, note({ body: "Thêm một ghi chú." }));
    expect(await told(n.id)).toEqual([`${reviewer.id}:ANNOTATION`]);
  });

  it("refuses unknown, disabled and invisible mentions, writing nothing", async () => {
    const { editor, reviewer } = newsroom.actors;
    const c = await draft("Nhắc tên sai.");
    const gone = await prisma.user.create({
      data: {
        email: "gone-mention@claimledger.test",
        name: "Người Cũ",
        role: "EDITOR",
        passwordHash: "x",
        disabledAt: new Date(),
      },
    });
    const annotations = await prisma.annotation.count();
    let e = await expectAppError(
      createAnnotation(editor, c.id, note({ body: "Nhờ @Người Cũ xem.", mentionIds: [gone.id] })),
      "VALIDATION",
    );
    expect(e.reason).toBe("unknown_mention");
    e = await expectAppError(
      createAnnotation(editor, c.id, note({ body: "Nhờ x xem.", mentionIds: [`c${"0".repeat(24)}`] })),
      "VALIDATION",
    );
    expect(e.reason).toBe("unknown_mention");
    e = await expectAppError(
      createAnnotation(editor, c.id, note({ body: "Không có tên ở đây.", mentionIds: [reviewer.id] })),
      "VALIDATION",
    );
    expect(e.reason).toBe("mention_not_in_text");
    expect(await prisma.annotation.count()).toBe(annotations);
  });

  it("watches are idempotent, audited once, and need exactly one existing target", async () => {
    const { editor, owner, reviewer } = newsroom.actors;
    const c = await draft("Theo dõi câu này.");
    const target = watchTargetSchema.parse({ claimId: c.id });
    const audits = await prisma.auditEvent.count({ where: { entityType: "Watch" } });
    const [a, b] = await Promise.all([watch(editor, target), watch(editor, target)]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    expect(await prisma.watch.count({ where: { userId: editor.id, claimId: c.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityType: "Watch" } })).toBe(audits + 1);
    expect(watchTargetSchema.safeParse({}).success).toBe(false);
    expect(watchTargetSchema.safeParse({ claimId: c.id, topicId: c.id }).success).toBe(false);
    await expectAppError(watch(editor, watchTargetSchema.parse({ topicId: c.id })), "NOT_FOUND");
    // An assignment then a note: the assigned reviewer hears of it without watching.
    await setAssignment(
      owner,
      c.id,
      assignmentInputSchema.parse({ editorId: owner.id, reviewerId: reviewer.id, dueAt: null }),
    );
    const n = await createAnnotation(owner, c.id, note({ body: "Ghi chú mới." }));
    expect(await told(n.id)).toEqual([`${editor.id}:ANNOTATION`, `${reviewer.id}:ANNOTATION`].sort());
  });
});
