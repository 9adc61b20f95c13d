import { describe, expect, it } from "vitest";
import { publicTag } from "@/lib/claims/public-tags";
import { createClaim, deleteClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createLink, deleteLink } from "@/lib/links/service";
import { linkInputSchema } from "@/lib/links/validation";
import { appliedDirectly } from "../helpers/answers";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Typed links between claims (lib/links/service.ts). Links between drafts are applied at once
 * for editors; between published claims an editor's link waits (pending-changes.test.ts), so
 * these use drafts, and a reviewer for published claims.
 */
describe.each(testDatabaseKinds())("claim links on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });

  const draft = async (quote: string) =>
    (
      await createClaim(
        newsroom.actors.owner,
        createClaimSchema.parse({ speakerId: newsroom.speakerId, quote, kind: "DIRECT" }),
      )
    ).id;
  const link = (fromClaimId: string, toClaimId: string, type: string, note?: string) =>
    linkInputSchema.parse({ fromClaimId, toClaimId, type, note });
  const liveLinks = (fromClaimId: string, toClaimId: string) =>
    prisma.claimLink.count({ where: { fromClaimId, toClaimId, deletedAt: null } });

  it("refuses a duplicate link with CONFLICT; another type or the other direction is a different link", async () => {
    const { owner, editor } = newsroom.actors;
    const [a, b] = [await draft("Liên kết A."), await draft("Liên kết B.")];
    const first = appliedDirectly(await createLink(owner, link(a, b, "SUPPORTS", "Cùng ý.")));
    const auditBefore = await prisma.auditEvent.count();
    const dup = await expectAppError(createLink(editor, link(a, b, "SUPPORTS", "Lần nữa.")), "CONFLICT");
    expect(dup.status).toBe(409);
    expect(await liveLinks(a, b)).toBe(1);
    expect((await prisma.claimLink.findUniqueOrThrow({ where: { id: first.id } })).note).toBe("Cùng ý.");
    expect(await prisma.auditEvent.count()).toBe(auditBefore);

    await createLink(owner, link(a, b, "CONTRADICTS"));
    await createLink(owner, link(b, a, "SUPPORTS"));
    expect(await liveLinks(a, b)).toBe(2);
    expect(await liveLinks(b, a)).toBe(1);
  });

  it("re-links after a delete: the same link comes back, with the new note and author, and is audited each time", async () => {
    const { owner, editor } = newsroom.actors;
    const [a, b] = [await draft("Liên kết lại A."), await draft("Liên kết lại B.")];
    const created = appliedDirectly(await createLink(owner, link(a, b, "RESPONDS_TO", "Lần đầu.")));
    appliedDirectly(await deleteLink(editor, created.id));
    expect(await liveLinks(a, b)).toBe(0);
    // Deleted once: a second delete finds nothing to delete.
    await expectAppError(deleteLink(owner, created.id), "NOT_FOUND");

    const again = appliedDirectly(await createLink(editor, link(a, b, "RESPONDS_TO", "Lần hai.")));
    expect(again.id).toBe(created.id);
    const row = await prisma.claimLink.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.deletedAt, row.note, row.createdById]).toEqual([null, "Lần hai.", editor.id]);
    expect(await liveLinks(a, b)).toBe(1);
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["link.create", owner.id],
      ["link.delete", editor.id],
      ["link.create", editor.id],
    ]);
  });

  it("refuses a self-link in the schema, and the service never stores one", async () => {
    const a = await draft("Tự liên kết.");
    const parsed = linkInputSchema.safeParse({ fromClaimId: a, toClaimId: a, type: "SUPPORTS" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["toClaimId", "A claim cannot be linked to itself."],
    ]);
    // A caller that skipped the schema is still refused (both ends must be two existing claims).
    const error = await createLink(newsroom.actors.owner, {
      fromClaimId: a,
      toClaimId: a,
      type: "SUPPORTS",
      note: null,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(await prisma.claimLink.count({ where: { fromClaimId: a } })).toBe(0);
  });

  it("answers NOT_FOUND for a missing or deleted claim and for a missing link, writing nothing", async () => {
    const { owner, reviewer } = newsroom.actors;
    const a = await draft("Còn tồn tại.");
    const gone = await createClaim(
      owner,
      createClaimSchema.parse({ speakerId: newsroom.speakerId, quote: "Sẽ bị xóa.", kind: "DIRECT" }),
    );
    await deleteClaim(owner, gone.id, { version: gone.version });
    const auditBefore = await prisma.auditEvent.count();
    await expectAppError(createLink(owner, link(a, "cxxxxxxxxxxxxxxxxxxxxxxxx", "SUPPORTS")), "NOT_FOUND");
    await expectAppError(createLink(owner, link("cxxxxxxxxxxxxxxxxxxxxxxxx", a, "SUPPORTS")), "NOT_FOUND");
    await expectAppError(createLink(reviewer, link(a, gone.id, "SUPPORTS")), "NOT_FOUND");
    await expectAppError(deleteLink(owner, "cxxxxxxxxxxxxxxxxxxxxxxxx"), "NOT_FOUND");
    expect(await prisma.auditEvent.count()).toBe(auditBefore);
    expect(await prisma.claimLink.count({ where: { OR: [{ fromClaimId: a }, { toClaimId: a }] } })).toBe(0);
  });

  it("a reviewer links published claims directly and both claims' pages expire", async () => {
    const { reviewer } = newsroom.actors;
    const [from, to] = await prisma.claim.findMany({
      where: { status: "APPROVED", deletedAt: null },
      orderBy: { slug: "desc" },
      take: 2,
      select: { id: true, slug: true },
    });
    const before = await liveLinks(from!.id, to!.id); // the seed may link them in another way
    const created = appliedDirectly(
      await createLink(reviewer, link(from!.id, to!.id, "UPDATES", "Cập nhật.")),
    );
    expect(created.publicTags).toEqual(
      expect.arrayContaining([publicTag.claim(from!.slug), publicTag.claim(to!.slug)]),
    );
    expect(await liveLinks(from!.id, to!.id)).toBe(before + 1);
    const removed = await deleteLink(reviewer, created.id);
    expect(removed.publicTags).toEqual(
      expect.arrayContaining([publicTag.claim(from!.slug), publicTag.claim(to!.slug)]),
    );
    expect(await liveLinks(from!.id, to!.id)).toBe(before);
  });
});
