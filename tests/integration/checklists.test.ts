import { describe, expect, it } from "vitest";
import { removeAppearance } from "@/lib/appearances/service";
import { approvalBlockers, claimChecklist } from "@/lib/checklists/queries";
import { createChecklistItem, setClaimCheck, updateChecklistItem } from "@/lib/checklists/service";
import {
  checkItemSchema,
  createChecklistItemSchema,
  updateChecklistItemSchema,
} from "@/lib/checklists/validation";
import { loadClaimHistory } from "@/lib/claims/history-queries";
import { createClaim, transitionClaim } from "@/lib/claims/service";
import { createClaimSchema, transitionSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import type { ClaimKind } from "@/lib/generated/prisma/enums";
import { seededNewsroom } from "../helpers/app-db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { addSourceTo } from "../helpers/sources";

/**
 * Issue 14 item 1: a claim is approved only with a live source and every required checklist item
 * of its kind checked; checks are audited, shown in the history, and safe when two people check at once.
 */
describe.each(testDatabaseKinds())("approval rules and checklists on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  const transition = (t: string, version: number) => transitionSchema.parse({ transition: t, version });
  const check = (checked: boolean, extra: object = {}) => checkItemSchema.parse({ checked, ...extra });

  async function inReview(quote: string, claimKind: ClaimKind = "DIRECT") {
    const { owner } = newsroom.actors;
    const c = await createClaim(
      owner,
      createClaimSchema.parse({ speakerId: newsroom.speakerId, quote, kind: claimKind, topics: [] }),
    );
    return transitionClaim(owner, c.id, transition("submit", c.version));
  }
  const item = (claimKind: ClaimKind, labelEn: string, labelVi: string, required = true) =>
    createChecklistItem(
      newsroom.actors.admin,
      createChecklistItemSchema.parse({ kind: claimKind, labelEn, labelVi, required }),
    );

  it("refuses to approve a claim without a live source, naming what is missing, and writes nothing", async () => {
    const { reviewer, owner } = newsroom.actors;
    const c = await inReview("Chưa có nguồn nào cho câu này.", "REPORTED");
    const auditBefore = await prisma.auditEvent.count();
    const refused = await expectAppError(
      transitionClaim(reviewer, c.id, transition("approve", c.version)),
      "INVALID_STATE",
    );
    expect(refused.reason).toBe("approval_needs_source");
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/no source/);
    expect(await prisma.auditEvent.count()).toBe(auditBefore);

    // A removed source does not count.
    const { appearanceId } = await addSourceTo(c.id);
    await removeAppearance(owner, appearanceId);
    expect((await approvalBlockers(prisma, c.id)).missingSource).toBe(true);
    await expectAppError(transitionClaim(reviewer, c.id, transition("approve", c.version)), "INVALID_STATE");

    await addSourceTo(c.id);
    const approved = await transitionClaim(reviewer, c.id, transition("approve", c.version));
    expect(approved.status).toBe("APPROVED");
  });

  it("blocks approval on required unchecked items by name, approves once all are checked, and audits every step", async () => {
    const { admin, reviewer, editor } = newsroom.actors;
    const primary = await item("INDIRECT", "Primary source found", "Đã tìm thấy nguồn gốc");
    const date = await item("INDIRECT", "Date confirmed", "Đã xác nhận ngày");
    const optionalItem = await item("INDIRECT", "Translation checked", "Đã kiểm tra bản dịch", false);
    const retired = await item("INDIRECT", "Old step", "Bước cũ");
    await updateChecklistItem(
      admin,
      retired.id,
      updateChecklistItemSchema.parse({ version: 1, retired: true }),
    );

    const c = await inReview("Ông ấy cho biết sẽ đàm phán tiếp.", "INDIRECT");
    await addSourceTo(c.id);
    const refused = await expectAppError(
      transitionClaim(reviewer, c.id, transition("approve", c.version)),
      "INVALID_STATE",
    );
    expect(refused.reason).toBe("approval_checklist_incomplete");
    expect(refused.message).toContain("“Primary source found”, “Date confirmed”");
    expect(refused.message).not.toContain("Translation checked");
    expect(refused.message).not.toContain("Old step");
    expect(
      (refused.details as { missingItems: { labelVi: string }[] }).missingItems.map((i) => i.labelVi),
    ).toEqual(["Đã tìm thấy nguồn gốc", "Đã xác nhận ngày"]);

    // An editor checks one with a note and evidence; a retired item cannot be checked.
    await setClaimCheck(
      editor,
      c.id,
      primary.id,
      check(true, { note: "Video gốc của hãng tin.", evidenceUrl: "https://example.org/video" }),
    );
    await expectAppError(setClaimCheck(editor, c.id, retired.id, check(true)), "INVALID_STATE");
    const still = await expectAppError(
      transitionClaim(reviewer, c.id, transition("approve", c.version)),
      "INVALID_STATE",
    );
    expect(still.message).toContain("“Date confirmed”");
    expect(still.message).not.toContain("Primary source found");

    // Unchecked and checked again: each step is audited.
    await setClaimCheck(reviewer, c.id, date.id, check(true));
    await setClaimCheck(reviewer, c.id, date.id, check(false));
    await expectAppError(transitionClaim(reviewer, c.id, transition("approve", c.version)), "INVALID_STATE");
    await setClaimCheck(reviewer, c.id, date.id, check(true, { note: "Theo lịch làm việc." }));
    const approved = await transitionClaim(reviewer, c.id, transition("approve", c.version));
    expect(approved.status).toBe("APPROVED");
    expect(approved.outboxId).not.toBeNull(); // approval changes public pages; checks do not

    // A decided claim's checklist is a record: it no longer changes.
    const closed = await expectAppError(
      setClaimCheck(reviewer, c.id, optionalItem.id, check(true)),
      "INVALID_STATE",
    );
    expect(closed.reason).toBe("checklist_closed");

    const events = await prisma.auditEvent.findMany({
      where: { entityType: "ClaimChecklist", entityId: c.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, after: true },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["checklist.check", editor.id],
      ["checklist.check", reviewer.id],
      ["checklist.uncheck", reviewer.id],
      ["checklist.check", reviewer.id],
    ]);
    expect(events[0]!.after).toMatchObject({
      labelEn: "Primary source found",
      note: "Video gốc của hãng tin.",
      evidenceUrl: "https://example.org/video",
    });
    expect(
      await prisma.auditEvent.count({
        where: { entityType: "ChecklistItem", action: "checklist.item_create" },
      }),
    ).toBeGreaterThanOrEqual(4);

    // The history shows the checks as events (the page turns them into sentences).
    const history = await loadClaimHistory(reviewer, c.id);
    const checklistEvents = history.events.filter((e) => e.kind.startsWith("checklist_"));
    expect(checklistEvents.map((e) => e.kind)).toEqual([
      "checklist_checked",
      "checklist_unchecked",
      "checklist_checked",
      "checklist_checked",
    ]);

    // Retiring a checked item keeps its check on the claim.
    await updateChecklistItem(
      admin,
      primary.id,
      updateChecklistItemSchema.parse({ version: 1, retired: true }),
    );
    const list = await claimChecklist(reviewer, c.id);
    const kept = list.find((i) => i.id === primary.id);
    expect(kept).toMatchObject({
      retired: true,
      check: { by: editor.name, note: "Video gốc của hãng tin." },
    });
    expect(list.some((i) => i.id === retired.id)).toBe(false);
  });

  it("existing approved claims stay approved when a required item is added later", async () => {
    const before = await prisma.claim.count({ where: { status: "APPROVED", kind: "DIRECT" } });
    expect(before).toBeGreaterThan(0);
    await item("DIRECT", "Speaker identity confirmed", "Đã xác nhận danh tính người nói");
    expect(await prisma.claim.count({ where: { status: "APPROVED", kind: "DIRECT" } })).toBe(before);
  });

  it("lets only admins manage items, and editors and reviewers check them; versions guard item edits", async () => {
    const { admin, editor, reviewer } = newsroom.actors;
    const input = createChecklistItemSchema.parse({
      kind: "REPORTED",
      labelEn: "Chain traced",
      labelVi: "Đã lần theo chuỗi dẫn",
    });
    await expectAppError(createChecklistItem(editor, input), "FORBIDDEN");
    await expectAppError(createChecklistItem(reviewer, input), "FORBIDDEN");
    await expectAppError(createChecklistItem(null, input), "UNAUTHENTICATED");
    const a = await createChecklistItem(admin, input);
    const b = await createChecklistItem(admin, {
      ...input,
      labelEn: "Intermediary named",
      labelVi: "Đã nêu tên trung gian",
    });
    await expectAppError(
      updateChecklistItem(editor, a.id, updateChecklistItemSchema.parse({ version: 1, required: false })),
      "FORBIDDEN",
    );
    await updateChecklistItem(admin, a.id, updateChecklistItemSchema.parse({ version: 1, required: false }));
    const stale = await expectAppError(
      updateChecklistItem(admin, a.id, updateChecklistItemSchema.parse({ version: 1, labelEn: "x" })),
      "CONFLICT",
    );
    expect(stale.reason).toBe("stale_version");
    // Moving b up puts it before a.
    await updateChecklistItem(admin, b.id, updateChecklistItemSchema.parse({ version: 1, move: "up" }));
    const order = await prisma.checklistItem.findMany({
      where: { id: { in: [a.id, b.id] } },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(order.map((o) => o.id)).toEqual([b.id, a.id]);

    const c = await inReview("Theo một nguồn tin giấu tên.", "REPORTED");
    await setClaimCheck(editor, c.id, b.id, check(true));
    await expectAppError(setClaimCheck(null, c.id, b.id, check(false)), "UNAUTHENTICATED");
    // An item of another kind is not on this claim's checklist.
    const other = await item("DIRECT", "Audio heard", "Đã nghe bản ghi âm");
    await expectAppError(setClaimCheck(editor, c.id, other.id, check(true)), "NOT_FOUND");
  });

  it("two people checking the same item at once: one check is kept, the other is told who did it", async () => {
    const { editor, reviewer } = newsroom.actors;
    const it1 = await item("REPORTED", "Original outlet found", "Đã tìm thấy cơ quan báo chí gốc");
    const c = await inReview("Hai người cùng đánh dấu.", "REPORTED");
    const results = await Promise.allSettled([
      setClaimCheck(editor, c.id, it1.id, check(true, { note: "A" })),
      setClaimCheck(reviewer, c.id, it1.id, check(true, { note: "B" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", reason: "checklist_changed" });
    expect(await prisma.claimCheck.count({ where: { claimId: c.id, itemId: it1.id } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { entityType: "ClaimChecklist", entityId: c.id, action: "checklist.check" },
      }),
    ).toBe(1);

    // Approval and an uncheck at the same moment: never approved without the check.
    await addSourceTo(c.id);
    const required = await prisma.checklistItem.findMany({
      where: { kind: "REPORTED", required: true, retiredAt: null, id: { not: it1.id } },
      select: { id: true },
    });
    for (const r of required) await setClaimCheck(editor, c.id, r.id, check(true));
    await Promise.allSettled([
      transitionClaim(reviewer, c.id, transition("approve", c.version)),
      setClaimCheck(editor, c.id, it1.id, check(false)),
    ]);
    const after = await prisma.claim.findUniqueOrThrow({ where: { id: c.id }, select: { status: true } });
    const stillChecked = await prisma.claimCheck.count({ where: { claimId: c.id, itemId: it1.id } });
    if (after.status === "APPROVED") expect(stillChecked).toBe(1);
    else expect(stillChecked).toBe(0);
  });
});
