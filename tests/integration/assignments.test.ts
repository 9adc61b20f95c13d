import { describe, expect, it } from "vitest";
import { setAssignment } from "@/lib/assignments/service";
import { assignmentInputSchema } from "@/lib/assignments/validation";
import { isAssignmentEvent, loadClaimHistory } from "@/lib/claims/history-queries";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { seededNewsroom } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";

/** Issue 14 item 2: a claim's editor, reviewer and due date — rules, audit, notifications, races. */
describe.each(testDatabaseKinds())("claim assignment on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
  const input = (v: object) =>
    assignmentInputSchema.parse({ editorId: null, reviewerId: null, dueAt: null, ...v });
  async function draft(quote: string) {
    return createClaim(
      newsroom.actors.owner,
      createClaimSchema.parse({ speakerId: newsroom.speakerId, quote, kind: "DIRECT", topics: [] }),
    );
  }

  it("assigns a reviewer and a due date: audited, version unchanged, only the newly assigned are told", async () => {
    const { owner, reviewer, editor } = newsroom.actors;
    const c = await draft("Phân công người thẩm định cho câu này.");
    const before = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(before.assignedEditorId).toBe(owner.id);
    const due = tomorrow();
    const r = await setAssignment(
      editor,
      c.id,
      input({ editorId: owner.id, reviewerId: reviewer.id, dueAt: due }),
    );
    expect(r.notified).toEqual([reviewer.id]);
    const after = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.assignedReviewerId).toBe(reviewer.id);
    expect(after.dueAt?.toISOString()).toBe(due);
    expect(after.version).toBe(before.version);
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "ClaimAssignment", entityId: c.id },
      orderBy: { id: "desc" },
    });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.before).toMatchObject({ editorId: owner.id, reviewerId: null, dueAt: null });
    expect(audit.after).toMatchObject({ reviewerId: reviewer.id, dueAt: due });
    const notes = await prisma.notification.findMany({ where: { claimId: c.id } });
    expect(notes.map((n) => [n.userId, n.kind, n.actorId])).toEqual([[reviewer.id, "ASSIGNED", editor.id]]);

    // The same assignment again changes and tells nothing.
    const again = await setAssignment(
      editor,
      c.id,
      input({ editorId: owner.id, reviewerId: reviewer.id, dueAt: due }),
    );
    expect(again.notified).toEqual([]);
    expect(await prisma.notification.count({ where: { claimId: c.id } })).toBe(1);
    // The actor assigning themselves is not told.
    const self = await setAssignment(
      editor,
      c.id,
      input({ editorId: editor.id, reviewerId: reviewer.id, dueAt: due }),
    );
    expect(self.notified).toEqual([]);

    // The claim's history tells each reassignment, newest first, with names and the due date.
    const history = await loadClaimHistory(owner, c.id);
    const assigned = history.events.filter(isAssignmentEvent);
    expect(assigned.map((e) => [e.actor, e.editor, e.reviewer, e.dueAt?.toISOString()])).toEqual([
      [editor.name, editor.name, reviewer.name, due],
      [editor.name, owner.name, reviewer.name, due],
    ]);
  });

  it("refuses ineligible people, the two-person rule, a past due date and a stale expected assignment", async () => {
    const { owner, reviewer, editor, admin } = newsroom.actors;
    const c = await draft("Quy tắc hai người cho việc phân công.");
    const audits = await prisma.auditEvent.count();
    let e = await expectAppError(setAssignment(admin, c.id, input({ editorId: reviewer.id })), "VALIDATION");
    expect(e.reason).toBe("assignee_ineligible");
    e = await expectAppError(setAssignment(admin, c.id, input({ reviewerId: editor.id })), "VALIDATION");
    expect(e.reason).toBe("assignee_ineligible");
    // The owner is an editor; an admin who wrote the claim is refused by the two-person rule.
    e = await expectAppError(
      setAssignment(admin, c.id, input({ editorId: admin.id, reviewerId: admin.id })),
      "VALIDATION",
    );
    expect(e.reason).toBe("reviewer_is_author");
    expect(e.message).toMatch(/Two-person rule/);
    e = await expectAppError(
      setAssignment(admin, c.id, input({ dueAt: new Date(Date.now() - 86_400_000).toISOString() })),
      "VALIDATION",
    );
    expect(e.reason).toBe("due_in_past");
    const disabled = await prisma.user.create({
      data: {
        email: "gone-reviewer@claimledger.test",
        name: "Gone",
        role: "REVIEWER",
        passwordHash: "x",
        disabledAt: new Date(),
      },
    });
    e = await expectAppError(setAssignment(admin, c.id, input({ reviewerId: disabled.id })), "VALIDATION");
    expect(e.reason).toBe("assignee_ineligible");
    e = await expectAppError(
      setAssignment(
        admin,
        c.id,
        input({ reviewerId: reviewer.id, expected: { editorId: null, reviewerId: null, dueAt: null } }),
      ),
      "CONFLICT",
    );
    expect(e.reason).toBe("assignment_changed");
    expect(await prisma.auditEvent.count()).toBe(audits);
    await expectAppError(setAssignment(null, c.id, input({})), "UNAUTHENTICATED");
    // With the right expectation it goes through.
    await setAssignment(
      admin,
      c.id,
      input({
        editorId: owner.id,
        reviewerId: reviewer.id,
        expected: { editorId: owner.id, reviewerId: null, dueAt: null },
      }),
    );
  });

  it("two people reassigning at once with the same expectation: one wins, the other gets 409", async () => {
    const { owner, reviewer, admin, editor } = newsroom.actors;
    const c = await draft("Hai người cùng phân công một lúc.");
    const expected = { editorId: owner.id, reviewerId: null, dueAt: null };
    const results = await Promise.allSettled([
      setAssignment(admin, c.id, input({ editorId: owner.id, reviewerId: reviewer.id, expected })),
      setAssignment(editor, c.id, input({ editorId: editor.id, reviewerId: admin.id, expected })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as { reason: string }).reason).toBe("assignment_changed");
    expect(await prisma.auditEvent.count({ where: { entityType: "ClaimAssignment", entityId: c.id } })).toBe(
      1,
    );
  });
});
