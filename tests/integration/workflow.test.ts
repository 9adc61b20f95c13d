import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  createClaim,
  deleteClaim,
  restoreClaimVersion,
  setClaimVerification,
  transitionClaim,
  undeleteClaim,
  updateClaim,
} from "@/lib/claims/service";
import { createClaimSchema, transitionSchema, updateClaimSchema } from "@/lib/claims/validation";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";
import { addSourceTo } from "../helpers/sources";

describe.each(testDatabaseKinds())("editorial workflow on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });

  const raw = (quote: string) => ({
    speakerId: newsroom.speakerId,
    quote,
    kind: "DIRECT",
    roleHeld: "Trợ lý Tổng thống Nga",
    saidAt: "2025-12-20",
    topics: ["trilateral-talks"],
  });
  const content = (quote: string) => createClaimSchema.parse(raw(quote));
  const transition = (t: string, version: number, reason?: string) =>
    transitionSchema.parse({ transition: t, version, reason });

  it("takes a claim from draft to approved with two people, and audits every step", async () => {
    const { owner, reviewer, admin } = newsroom.actors;
    const created = await createClaim(owner, content("Không có định dạng ba bên nào."));
    expect(created.status).toBe("DRAFT");
    const submitted = await transitionClaim(owner, created.id, transition("submit", created.version));
    expect(submitted.status).toBe("IN_REVIEW");

    await addSourceTo(created.id);
    // Nobody approves a claim they created.
    await expectAppError(
      transitionClaim(owner, created.id, transition("approve", submitted.version)),
      "FORBIDDEN",
    );
    const approved = await transitionClaim(reviewer, created.id, transition("approve", submitted.version));
    expect(approved.status).toBe("APPROVED");
    expect(approved.version).toBe(3);

    // Retraction needs a reason (validation) and keeps the claim public with it.
    expect(transitionSchema.safeParse({ transition: "retract", version: 3 }).success).toBe(false);
    const retracted = await transitionClaim(
      admin,
      created.id,
      transition("retract", 3, "Trích dẫn sai nguồn."),
    );
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.status).toBe("RETRACTED");
    expect(row.retractionReason).toBe("Trích dẫn sai nguồn.");
    expect(retracted.version).toBe(4);

    const audit = await prisma.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "claim.create",
      "claim.submit",
      "claim.approve",
      "claim.retract",
    ]);
    expect(audit.map((a) => a.actorId)).toEqual([owner.id, owner.id, reviewer.id, admin.id]);
    expect((audit[2]!.before as { status: string }).status).toBe("IN_REVIEW");
    expect((audit[2]!.after as { status: string }).status).toBe("APPROVED");
    expect(await prisma.revision.count({ where: { claimId: created.id } })).toBe(4);
  });

  it("refuses invalid transitions with INVALID_STATE and writes nothing", async () => {
    const { owner, reviewer } = newsroom.actors;
    const c = await createClaim(owner, content("Bản nháp."));
    const auditBefore = await prisma.auditEvent.count();
    await expectAppError(transitionClaim(reviewer, c.id, transition("approve", c.version)), "INVALID_STATE");
    await expectAppError(
      transitionClaim(reviewer, c.id, transition("retract", c.version, "Không lý do gì cả.")),
      "INVALID_STATE",
    );
    await expectAppError(transitionClaim(owner, c.id, transition("reopen", c.version)), "INVALID_STATE");
    expect(await prisma.auditEvent.count()).toBe(auditBefore);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(1);
  });

  it("enforces roles on the server: reviewers cannot edit or submit, editors cannot approve", async () => {
    const { owner, editor, reviewer } = newsroom.actors;
    const c = await createClaim(owner, content("Vai trò."));
    await expectAppError(createClaim(reviewer, content("x")), "FORBIDDEN");
    await expectAppError(createClaim(null, content("x")), "UNAUTHENTICATED");
    await expectAppError(
      updateClaim(reviewer, c.id, updateClaimSchema.parse({ ...raw("y"), version: 1 })),
      "FORBIDDEN",
    );
    await expectAppError(transitionClaim(reviewer, c.id, transition("submit", 1)), "FORBIDDEN");
    const s = await transitionClaim(editor, c.id, transition("submit", 1));
    await expectAppError(transitionClaim(editor, c.id, transition("approve", s.version)), "FORBIDDEN");
  });

  it("forbids the last editor from approving, even an admin", async () => {
    const { owner, admin, reviewer } = newsroom.actors;
    const c = await createClaim(owner, content("Phiên bản đầu."));
    const edited = await updateClaim(
      admin,
      c.id,
      updateClaimSchema.parse({ ...raw("Phiên bản admin sửa."), version: c.version }),
    );
    const s = await transitionClaim(owner, c.id, transition("submit", edited.version));
    await expectAppError(transitionClaim(admin, c.id, transition("approve", s.version)), "FORBIDDEN");
    await expectAppError(transitionClaim(admin, c.id, transition("reject", s.version)), "FORBIDDEN");
    const ok = await transitionClaim(reviewer, c.id, transition("reject", s.version));
    expect(ok.status).toBe("REJECTED");
    const reopened = await transitionClaim(owner, c.id, transition("reopen", ok.version));
    expect(reopened.status).toBe("DRAFT");
  });

  it("rejects a stale edit with CONFLICT and both versions, and keeps the winner", async () => {
    const { owner, editor } = newsroom.actors;
    const c = await createClaim(owner, content("Gốc."));
    await updateClaim(
      editor,
      c.id,
      updateClaimSchema.parse({ ...raw("Bản của người thứ hai."), version: 1 }),
    );
    const err = await expectAppError(
      updateClaim(owner, c.id, updateClaimSchema.parse({ ...raw("Bản cũ của tôi."), version: 1 })),
      "CONFLICT",
    );
    const details = err.details as {
      currentVersion: number;
      current: { quote: string };
      yours: { quote: string };
    };
    expect(details.currentVersion).toBe(2);
    expect(details.current.quote).toBe("Bản của người thứ hai.");
    expect(details.yours.quote).toBe("Bản cũ của tôi.");
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: c.id } })).quote).toBe(
      "Bản của người thứ hai.",
    );
    expect(err.status).toBe(409);
  });

  it("restores an older version as a new version without rewriting history", async () => {
    const { owner } = newsroom.actors;
    const c = await createClaim(owner, content("Văn bản A."));
    const v2 = await updateClaim(owner, c.id, updateClaimSchema.parse({ ...raw("Văn bản B."), version: 1 }));
    const v3 = await restoreClaimVersion(owner, c.id, { fromVersion: 1, version: v2.version });
    expect(v3.version).toBe(3);
    const revisions = await prisma.revision.findMany({
      where: { claimId: c.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => (r.snapshot as { quote: string }).quote)).toEqual([
      "Văn bản A.",
      "Văn bản B.",
      "Văn bản A.",
    ]);
    await expectAppError(restoreClaimVersion(owner, c.id, { fromVersion: 99, version: 3 }), "NOT_FOUND");
  });

  it("records verification with evidence as its own axis", async () => {
    const { owner, reviewer } = newsroom.actors;
    const c = await createClaim(owner, content("Kiểm chứng."));
    await expectAppError(
      setClaimVerification(reviewer, c.id, {
        verification: "VERIFIED_PRIMARY",
        evidenceUrl: null,
        note: null,
        version: 1,
      }),
      "VALIDATION",
    );
    const v = await setClaimVerification(reviewer, c.id, {
      verification: "VERIFIED_PRIMARY",
      evidenceUrl: "https://t.me/kremlin/1",
      note: null,
      version: 1,
    });
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect([row.verification, row.verificationUrl, row.status, v.version]).toEqual([
      "VERIFIED_PRIMARY",
      "https://t.me/kremlin/1",
      "DRAFT",
      2,
    ]);
  });

  it("soft-deletes (own drafts for editors) and only admins undelete", async () => {
    const { owner, editor, admin } = newsroom.actors;
    const c = await createClaim(owner, content("Xóa mềm."));
    await expectAppError(deleteClaim(editor, c.id, { version: 1 }), "FORBIDDEN");
    const d = await deleteClaim(owner, c.id, { version: 1 });
    expect(await prisma.claim.count({ where: { id: c.id } })).toBe(1);
    await expectAppError(
      updateClaim(owner, c.id, updateClaimSchema.parse({ ...raw("z"), version: d.version })),
      "NOT_FOUND",
    );
    await expectAppError(undeleteClaim(owner, c.id, { version: d.version }), "FORBIDDEN");
    const u = await undeleteClaim(admin, c.id, { version: d.version });
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: c.id } })).deletedAt).toBeNull();
    expect(u.version).toBe(3);
  });
});
