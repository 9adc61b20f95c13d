import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  createClaim,
  deleteClaim,
  setClaimVerification,
  transitionClaim,
  updateClaim,
} from "@/lib/claims/service";
import {
  createClaimSchema,
  transitionSchema,
  updateClaimSchema,
  verificationSchema,
} from "@/lib/claims/validation";
import { loadClaimCorrections, loadCorrections } from "@/lib/corrections/queries";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";
import { addSourceTo } from "../helpers/sources";

/**
 * The public corrections log (issue 15): every change readers saw on a published claim, with its
 * public reason, newest first; never a draft's edits or a change to internal fields.
 */
describe.each(testDatabaseKinds())("corrections log on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  const raw = (quote: string) => ({
    speakerId: newsroom.speakerId,
    quote,
    kind: "DIRECT",
    saidAt: "2025-12-20",
    topics: ["trilateral-talks"],
  });
  const content = (quote: string) => createClaimSchema.parse(raw(quote));
  const transition = (t: string, version: number, reason?: string) =>
    transitionSchema.parse({ transition: t, version, reason });
  const verification = (v: Record<string, unknown>) => verificationSchema.parse(v);

  async function publish(quote: string) {
    const { owner, reviewer } = newsroom.actors;
    const c = await createClaim(owner, content(quote));
    const submitted = await transitionClaim(owner, c.id, transition("submit", c.version));
    await addSourceTo(c.id);
    return transitionClaim(reviewer, c.id, transition("approve", submitted.version));
  }

  it("lists corrections and retractions of published claims, newest first, with fields and reasons", async () => {
    const { owner, reviewer } = newsroom.actors;
    const before = await loadCorrections(1, 1000);

    const a = await publish("Không có định dạng ba bên nào, đính chính thử.");
    // A published claim's public status changes only with a reason for readers: 400, nothing written.
    const refused = await expectAppError(
      setClaimVerification(
        owner,
        a.id,
        verification({ verification: "VERIFIED_SECONDARY", note: "Theo bản tin TASS.", version: a.version }),
      ),
      "VALIDATION",
    );
    expect([refused.status, refused.reason]).toEqual([400, "correction_reason_required"]);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(a.version);

    const a1 = await setClaimVerification(
      owner,
      a.id,
      verification({
        verification: "VERIFIED_SECONDARY",
        note: "Theo bản tin TASS.",
        reason: "Chỉ đối chiếu được với bản tin thứ cấp, chưa có bản ghi gốc.",
        version: a.version,
      }),
    );
    // The correction expires the claim's page and the lists (the log and its feed carry the list key).
    expect(a1.publicTags).toEqual(expect.arrayContaining([`claim:${a.slug}`, "claims-list"]));
    // Internal fields only (the evidence note): no reason asked, nothing listed.
    const a2 = await setClaimVerification(
      reviewer,
      a.id,
      verification({
        verification: "VERIFIED_SECONDARY",
        note: "Ghi chú nội bộ: TASS 21/12.",
        version: a1.version,
      }),
    );
    const a3 = await setClaimVerification(
      reviewer,
      a.id,
      verification({
        verification: "MISQUOTED",
        evidenceUrl: "https://example.org/ban-ghi-goc",
        reason: "Bản ghi gốc cho thấy lời nói đã bị cắt xén.",
        version: a2.version,
      }),
    );

    const b = await publish("Phát ngôn sẽ bị rút lại trong thử nghiệm đính chính.");
    await transitionClaim(reviewer, b.id, transition("retract", b.version, "Nhầm người phát ngôn."));

    // A draft's edits, status changes and verification are not corrections: readers never saw it.
    const draft = await createClaim(owner, content("Bản nháp chưa công bố."));
    const d1 = await updateClaim(
      owner,
      draft.id,
      updateClaimSchema.parse({ ...raw("Bản nháp đã sửa."), version: draft.version }),
    );
    await setClaimVerification(
      owner,
      draft.id,
      verification({
        verification: "VERIFIED_PRIMARY",
        evidenceUrl: "https://example.org/x",
        version: d1.version,
      }),
    );

    const after = await loadCorrections(1, 1000);
    expect(after.total).toBe(before.total + 3);
    const added = after.items.slice(0, 3);
    expect(added.map((c) => [c.claim.slug, c.version, c.kind, c.fields, c.reason])).toEqual([
      [b.slug, b.version + 1, "retraction", [], "Nhầm người phát ngôn."],
      [a.slug, a3.version, "correction", ["verification"], "Bản ghi gốc cho thấy lời nói đã bị cắt xén."],
      [
        a.slug,
        a1.version,
        "correction",
        ["verification"],
        "Chỉ đối chiếu được với bản tin thứ cấp, chưa có bản ghi gốc.",
      ],
    ]);
    const times = after.items.map((c) => c.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(after.items.some((c) => c.claim.slug === draft.slug)).toBe(false);
    expect(after.items.some((c) => c.claim.slug === a.slug && c.version === a2.version)).toBe(false);
    // Only public facts: the entry says nothing of who made the change or the internal evidence note.
    expect(JSON.stringify(after.items)).not.toMatch(/Ghi chú nội bộ|TASS|example\.org|@claimledger/);

    // The claim's own page lists its corrections, newest first.
    expect((await loadClaimCorrections(a.slug)).map((c) => c.version)).toEqual([a3.version, a1.version]);
    expect(await loadClaimCorrections(draft.slug)).toEqual([]);
  });

  it("a claim taken off the public site takes its corrections with it", async () => {
    const { admin, reviewer } = newsroom.actors;
    const c = await publish("Phát ngôn công bố rồi bị xóa trong thử nghiệm.");
    const r = await transitionClaim(reviewer, c.id, transition("retract", c.version, "Trùng lặp."));
    expect((await loadClaimCorrections(c.slug)).length).toBe(1);
    await deleteClaim(admin, c.id, { version: r.version });
    expect(await loadClaimCorrections(c.slug)).toEqual([]);
    expect((await loadCorrections(1, 1000)).items.some((e) => e.claim.slug === c.slug)).toBe(false);
  });

  it("the demo newsroom's retracted claims are in the log with their reasons", async () => {
    const retracted = await prisma.claim.findMany({
      where: { status: "RETRACTED", deletedAt: null },
      select: { slug: true, retractionReason: true },
    });
    expect(retracted.length).toBeGreaterThan(0);
    const log = await loadCorrections(1, 1000);
    for (const claim of retracted)
      expect(log.items.find((e) => e.claim.slug === claim.slug && e.kind === "retraction")?.reason).toBe(
        claim.retractionReason,
      );
  });

  it("the migration's backfill finds the same public changes as writeRevision does", async () => {
    const migration = readFileSync(
      path.resolve("prisma/migrations/20261201043118_revision_public_changes/migration.sql"),
      "utf8",
    );
    const backfill = migration.slice(migration.indexOf("WITH pairs")).trim().replace(/;$/, "");
    const written = await prisma.revision.findMany({
      select: { id: true, publicChanges: true },
      orderBy: { id: "asc" },
    });
    // The earlier tests wrote corrections of verification and retractions; the seed wrote retractions.
    expect(new Set(written.flatMap((r) => r.publicChanges))).toEqual(new Set(["verification", "retraction"]));
    await prisma.$executeRawUnsafe(`UPDATE "Revision" SET "publicChanges" = '{}'`);
    await prisma.$executeRawUnsafe(backfill);
    expect(
      await prisma.revision.findMany({ select: { id: true, publicChanges: true }, orderBy: { id: "asc" } }),
    ).toEqual(written);
  });
});
