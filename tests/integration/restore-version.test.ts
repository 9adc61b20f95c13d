import { describe, expect, it } from "vitest";
import { createClaim, restoreClaimVersion, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Restoring an older version of a claim (lib/claims/service.ts restoreClaimVersion) is an edit
 * like any other: based on the version the editor saw (stale → 409 with the current version,
 * nothing written), and recorded as a new revision with its own audit event.
 */
describe.each(testDatabaseKinds())("restoring a claim version on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });

  const content = (quote: string, topics: string[] = []) => ({
    speakerId: newsroom.speakerId,
    quote,
    kind: "DIRECT",
    saidAt: "2025-12-20",
    topics,
  });
  const history = async (claimId: string) => ({
    revisions: await prisma.revision.count({ where: { claimId } }),
    audit: (
      await prisma.auditEvent.findMany({
        where: { entityId: claimId },
        orderBy: { id: "asc" },
        select: { action: true },
      })
    ).map((e) => e.action),
  });

  it("refuses a restore based on a stale version with CONFLICT and the current version, writing nothing", async () => {
    const { owner, editor } = newsroom.actors;
    const c = await createClaim(owner, createClaimSchema.parse(content("Bản A.", ["trilateral-talks"])));
    const v2 = await updateClaim(owner, c.id, updateClaimSchema.parse({ ...content("Bản B."), version: 1 }));
    // Someone else saves version 3 while the owner still looks at version 2.
    await updateClaim(editor, c.id, updateClaimSchema.parse({ ...content("Bản C."), version: v2.version }));
    const before = await history(c.id);

    const error = await expectAppError(
      restoreClaimVersion(owner, c.id, { fromVersion: 1, version: v2.version }),
      "CONFLICT",
    );
    expect(error.status).toBe(409);
    const details = error.details as {
      yourVersion: number;
      currentVersion: number;
      current: { quote: string };
    };
    expect([details.yourVersion, details.currentVersion, details.current.quote]).toEqual([2, 3, "Bản C."]);
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect([row.version, row.quote]).toEqual([3, "Bản C."]);
    expect(await history(c.id)).toEqual(before);
  });

  it("restores on the current version as a new revision, content and topics included, with a claim.restore_version audit event", async () => {
    const { owner, editor } = newsroom.actors;
    const c = await createClaim(
      owner,
      createClaimSchema.parse(content("Phiên bản một.", ["trilateral-talks", "security-guarantees"])),
    );
    const v2 = await updateClaim(
      editor,
      c.id,
      updateClaimSchema.parse({ ...content("Phiên bản hai.", ["reconstruction"]), version: 1 }),
    );

    const restored = await restoreClaimVersion(owner, c.id, { fromVersion: 1, version: v2.version });
    expect(restored.version).toBe(3);
    const row = await prisma.claim.findUniqueOrThrow({
      where: { id: c.id },
      include: { topics: { include: { topic: true } } },
    });
    expect([row.quote, row.version, row.updatedById, row.lastEditedById]).toEqual([
      "Phiên bản một.",
      3,
      owner.id,
      owner.id,
    ]);
    expect(row.topics.map((t) => t.topic.slug).sort()).toEqual(["security-guarantees", "trilateral-talks"]);
    expect(row.searchText).toContain(" phien ban mot ");

    const revisions = await prisma.revision.findMany({
      where: { claimId: c.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => [r.version, (r.snapshot as { quote: string }).quote])).toEqual([
      [1, "Phiên bản một."],
      [2, "Phiên bản hai."],
      [3, "Phiên bản một."],
    ]);
    const events = await prisma.auditEvent.findMany({ where: { entityId: c.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["claim.create", owner.id],
      ["claim.update", editor.id],
      ["claim.restore_version", owner.id],
    ]);
    const event = events[2]!;
    expect(event.before).toMatchObject({ quote: "Phiên bản hai.", topics: ["reconstruction"] });
    expect(event.after).toMatchObject({
      quote: "Phiên bản một.",
      topics: ["security-guarantees", "trilateral-talks"],
      restoredFromVersion: 1,
    });
  });

  it("is refused for reviewers and anonymous callers, on published claims, and for versions that do not exist, writing nothing", async () => {
    const { owner, reviewer } = newsroom.actors;
    const c = await createClaim(owner, createClaimSchema.parse(content("Trước khi nộp.")));
    const v2 = await updateClaim(
      owner,
      c.id,
      updateClaimSchema.parse({ ...content("Sau khi sửa."), version: 1 }),
    );
    const published = await prisma.claim.findFirstOrThrow({ where: { status: "APPROVED", deletedAt: null } });
    const before = [await history(c.id), await history(published.id)];
    const refusals = [
      [reviewer, c.id, 1, v2.version, "FORBIDDEN"],
      [null, c.id, 1, v2.version, "UNAUTHENTICATED"],
      [owner, c.id, 9, v2.version, "NOT_FOUND"],
      [owner, published.id, 1, published.version, "INVALID_STATE"],
    ] as const;
    for (const [actor, claimId, fromVersion, version, code] of refusals)
      await expectAppError(restoreClaimVersion(actor, claimId, { fromVersion, version }), code);
    expect([await history(c.id), await history(published.id)]).toEqual(before);
  });
});
