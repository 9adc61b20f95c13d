import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { snapshotToFormValues } from "@/lib/claims/form-values";
import {
  proposeClaimCorrection,
  createClaim,
  setClaimVerification,
  transitionClaim,
} from "@/lib/claims/service";
import { claimSnapshotSelect, toClaimSnapshot } from "@/lib/claims/snapshot";
import {
  claimCorrectionSchema,
  createClaimSchema,
  transitionSchema,
  verificationSchema,
} from "@/lib/claims/validation";
import { loadClaimCorrections, loadCorrections } from "@/lib/corrections/queries";
import { decidePendingChange, withdrawPendingChange } from "@/lib/pending/service";
import { decisionSchema } from "@/lib/pending/validation";
import { listPendingChanges } from "@/lib/pending/queries";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";
import { addSourceTo } from "../helpers/sources";

/**
 * Issue 15: a published claim's content (a typo in its quote) is corrected through the two-person
 * pending queue: an editor proposes the new content with a public reason, another person approves
 * it, and only then does the claim change, with a revision the corrections log lists.
 */
describe.each(testDatabaseKinds())("corrections of a published claim's content on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  const transition = (t: string, version: number, reason?: string) =>
    transitionSchema.parse({ transition: t, version, reason });
  const decision = (d: "approve" | "reject", note?: string) => decisionSchema.parse({ decision: d, note });

  async function publish(quote: string) {
    const { owner, reviewer } = newsroom.actors;
    const c = await createClaim(
      owner,
      createClaimSchema.parse({
        speakerId: newsroom.speakerId,
        quote,
        kind: "DIRECT",
        saidAt: "2025-12-20",
        topics: ["trilateral-talks"],
      }),
    );
    const submitted = await transitionClaim(owner, c.id, transition("submit", c.version));
    await addSourceTo(c.id);
    return transitionClaim(reviewer, c.id, transition("approve", submitted.version));
  }
  async function current(id: string) {
    return prisma.claim.findUniqueOrThrow({ where: { id }, select: claimSnapshotSelect });
  }
  /** The claim's content as the form holds it, with `changes`, the reason and the base version. */
  async function correction(id: string, changes: Record<string, unknown>, reason?: string) {
    const row = await current(id);
    return claimCorrectionSchema.parse({
      ...snapshotToFormValues(toClaimSnapshot(row)),
      ...changes,
      reason,
      version: row.version,
    });
  }
  const pendingId = (answer: { pendingChange: { id: string } }) => answer.pendingChange.id;

  it("an editor proposes a quote correction; nothing changes until a reviewer approves it, then readers see it with the reason", async () => {
    const { editor, reviewer } = newsroom.actors;
    const c = await publish("Không có định dạng ba bên nào, nhưng có lỗi chính tả ơ đây.");
    const reason = "Trích dẫn bị gõ sai: “ở đó”, không phải “ơ đây”.";
    const input = await correction(
      c.id,
      { quote: "Không có định dạng ba bên nào, nhưng có lỗi chính tả ở đó." },
      reason,
    );
    const revisionsBefore = await prisma.revision.count({ where: { claimId: c.id } });
    const { searchText: searchBefore } = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    const outboxBefore = await prisma.outboxEvent.count();

    const answer = await proposeClaimCorrection(editor, c.id, input);
    expect(answer.pendingChange).toMatchObject({ kind: "CLAIM_CORRECT", status: "PENDING" });
    expect(answer.publicTags).toEqual([]);
    expect(answer.outboxId).toBeNull();
    const id = pendingId(answer);
    // Proposing changes nothing: same version, same quote, no revision, nothing purged.
    const unchanged = await current(c.id);
    expect([unchanged.version, unchanged.quote]).toEqual([
      c.version,
      "Không có định dạng ba bên nào, nhưng có lỗi chính tả ơ đây.",
    ]);
    expect(await prisma.revision.count({ where: { claimId: c.id } })).toBe(revisionsBefore);
    expect(await prisma.outboxEvent.count()).toBe(outboxBefore);

    // The queue shows the correction: the reason, the base version, the old and new quote.
    const [view] = await listPendingChanges("pending", { id });
    expect(view?.claim?.id).toBe(c.id);
    expect(view?.correction).toMatchObject({ reason, baseVersion: c.version });
    expect(view?.correction?.before.quote).toContain("ơ đây");
    expect(view?.correction?.after.quote).toContain("ở đó");
    expect(view?.correction?.after.topics).toEqual(["trilateral-talks"]);

    // One open correction per claim: a second is refused with a clear 409.
    const again = await expectAppError(
      proposeClaimCorrection(editor, c.id, await correction(c.id, { venue: "Telegram" }, "Địa điểm.")),
      "CONFLICT",
    );
    expect([again.status, again.reason]).toEqual([409, "correction_pending"]);

    // Editors do not decide; the reviewer's approval applies it, authored by the editor.
    await expectAppError(decidePendingChange(editor, id, decision("approve")), "FORBIDDEN");
    const applied = await decidePendingChange(reviewer, id, decision("approve", "Đã đối chiếu bản ghi."));
    expect(applied.status).toBe("APPLIED");
    expect(applied.publicTags).toEqual(expect.arrayContaining([`claim:${c.slug}`, "claims-list"]));
    expect(applied.outboxId).not.toBeNull();

    const after = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.quote).toBe("Không có định dạng ba bên nào, nhưng có lỗi chính tả ở đó.");
    expect(after.version).toBe(c.version + 1);
    expect(after.status).toBe("APPROVED");
    expect(after.lastEditedById).toBe(editor.id);
    // Search finds the corrected words (“đó”; search folds the diacritics of “ơ”/“ở”).
    expect(after.searchText).not.toBe(searchBefore);
    const revision = await prisma.revision.findUniqueOrThrow({
      where: { claimId_version: { claimId: c.id, version: after.version } },
    });
    expect(revision).toMatchObject({
      action: "claim.correct",
      actorId: editor.id,
      publicChanges: ["quote"],
      publicReason: reason,
    });
    const audit = await prisma.auditEvent.findMany({
      where: { OR: [{ entityId: id }, { entityId: c.id, action: "claim.correct" }] },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["pending.propose", editor.id],
      ["claim.correct", editor.id],
      ["pending.approve", reviewer.id],
    ]);

    // The corrections log and the claim's public change history list it with the reason.
    const [latest] = (await loadCorrections(1, 10)).items;
    expect(latest).toMatchObject({ version: after.version, kind: "correction", fields: ["quote"], reason });
    expect(latest?.claim.quote).toContain("ở đó");
    expect((await loadClaimCorrections(c.slug)).map((e) => [e.version, e.fields, e.reason])).toEqual([
      [after.version, ["quote"], reason],
    ]);

    // Decided: the next correction may be proposed.
    const next = await proposeClaimCorrection(
      editor,
      c.id,
      await correction(c.id, { venue: "Họp báo tại Moskva" }, "Bổ sung nơi phát biểu."),
    );
    expect(next.pendingChange.status).toBe("PENDING");
  });

  it("a correction based on a version that has since changed is refused on approval (409) and writes nothing", async () => {
    const { editor, reviewer } = newsroom.actors;
    const c = await publish("Phát ngôn sẽ được đính chính muộn.");
    const answer = await proposeClaimCorrection(
      editor,
      c.id,
      await correction(c.id, { quote: "Phát ngôn sẽ được đính chính muộn hơn." }, "Thiếu một từ."),
    );
    // Meanwhile the claim changes (a public verification correction): a new version.
    const moved = await setClaimVerification(
      reviewer,
      c.id,
      verificationSchema.parse({
        verification: "VERIFIED_SECONDARY",
        note: "Theo bản tin TASS.",
        reason: "Chỉ đối chiếu được với bản tin thứ cấp.",
        version: c.version,
      }),
    );
    const revisions = await prisma.revision.count({ where: { claimId: c.id } });
    const outbox = await prisma.outboxEvent.count();

    const stale = await expectAppError(
      decidePendingChange(reviewer, pendingId(answer), decision("approve")),
      "CONFLICT",
    );
    expect([stale.status, stale.reason]).toEqual([409, "change_stale"]);
    expect(stale.message).toContain(`version ${c.version}`);
    const claim = await current(c.id);
    expect([claim.version, claim.quote]).toEqual([moved.version, "Phát ngôn sẽ được đính chính muộn."]);
    expect(await prisma.revision.count({ where: { claimId: c.id } })).toBe(revisions);
    expect(await prisma.outboxEvent.count()).toBe(outbox);
    expect((await prisma.pendingChange.findUniqueOrThrow({ where: { id: pendingId(answer) } })).status).toBe(
      "PENDING",
    );

    // Rejecting it changes nothing public either.
    const rejected = await decidePendingChange(
      reviewer,
      pendingId(answer),
      decision("reject", "Đề xuất lại."),
    );
    expect([rejected.status, rejected.publicTags]).toEqual(["REJECTED", []]);
    expect((await current(c.id)).version).toBe(moved.version);

    // A proposal based on an old version is refused at once too.
    const old = await correction(c.id, { quote: "Phát ngôn sẽ được đính chính muộn hơn." }, "Thiếu một từ.");
    const refused = await expectAppError(
      proposeClaimCorrection(editor, c.id, { ...old, version: c.version }),
      "CONFLICT",
    );
    expect(refused.reason).toBe("stale_version");
  });

  it("nobody approves their own correction; the proposer withdraws it", async () => {
    const { admin, reviewer } = newsroom.actors;
    const c = await publish("Phát ngôn do quản trị viên đề xuất đính chính.");
    const answer = await proposeClaimCorrection(
      admin,
      c.id,
      await correction(
        c.id,
        { translation: "A statement whose correction the admin proposes." },
        "Thêm bản dịch.",
      ),
    );
    const own = await expectAppError(
      decidePendingChange(admin, pendingId(answer), decision("approve")),
      "FORBIDDEN",
    );
    expect(own.reason).toBe("self_review");
    await expectAppError(withdrawPendingChange(reviewer, pendingId(answer)), "FORBIDDEN");
    expect((await withdrawPendingChange(admin, pendingId(answer))).status).toBe("WITHDRAWN");
    expect((await current(c.id)).translation).toBeNull();
  });

  it("only approved claims, only editors and admins, only with a reason and a change", async () => {
    const { owner, editor, reviewer } = newsroom.actors;
    // A draft is edited directly; a retracted claim is not corrected this way.
    const draft = await createClaim(
      owner,
      createClaimSchema.parse({
        speakerId: newsroom.speakerId,
        quote: "Bản nháp.",
        kind: "DIRECT",
        topics: [],
      }),
    );
    const notPublished = await expectAppError(
      proposeClaimCorrection(
        editor,
        draft.id,
        await correction(draft.id, { quote: "Bản nháp sửa." }, "Sửa."),
      ),
      "INVALID_STATE",
    );
    expect([notPublished.status, notPublished.reason]).toEqual([409, "not_correctable"]);
    const c = await publish("Phát ngôn sẽ bị rút lại rồi đề xuất đính chính.");
    await transitionClaim(reviewer, c.id, transition("retract", c.version, "Nhầm người phát ngôn."));
    const retracted = await expectAppError(
      proposeClaimCorrection(editor, c.id, await correction(c.id, { quote: "Sửa sau khi rút." }, "Sửa.")),
      "INVALID_STATE",
    );
    expect(retracted.reason).toBe("not_correctable");

    const p = await publish("Phát ngôn công bố để kiểm tra quyền đính chính.");
    const input = await correction(
      p.id,
      { quote: "Phát ngôn công bố để kiểm tra quyền đính chính!" },
      "Dấu câu.",
    );
    // Reviewers decide on corrections; they do not propose them.
    await expectAppError(proposeClaimCorrection(reviewer, p.id, input), "FORBIDDEN");
    await expectAppError(proposeClaimCorrection(null, p.id, input), "UNAUTHENTICATED");

    // The reason readers will see is required (400 next to the field), and so is a change.
    const { reason: _reason, ...withoutReason } = {
      ...snapshotToFormValues(toClaimSnapshot(await current(p.id))),
      version: p.version,
      reason: "",
    };
    for (const body of [withoutReason, { ...withoutReason, reason: "   " }]) {
      const parsed = claimCorrectionSchema.safeParse(body);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["reason"]);
    }
    const same = await expectAppError(
      proposeClaimCorrection(editor, p.id, await correction(p.id, {}, "Không đổi gì.")),
      "VALIDATION",
    );
    expect([same.status, same.reason]).toEqual([400, "nothing_to_correct"]);
    expect(await prisma.pendingChange.count({ where: { claimId: { in: [draft.id, c.id, p.id] } } })).toBe(0);
  });
});
