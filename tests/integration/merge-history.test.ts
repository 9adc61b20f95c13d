import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createClaim, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { createSpeaker, mergeSpeakers } from "@/lib/speakers/service";
import { speakerInputSchema } from "@/lib/speakers/validation";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Issue 13: a speaker merge moved claims with updateMany — no version, revision or audit event —
 * so the next edit's revision showed the speaker change as that editor's. Now each moved claim
 * gets its own version through the claim service.
 */
describe.each(testDatabaseKinds())("a speaker merge in the claims' history, on $name", (kind) => {
  const newsroom = seededNewsroom(kind);

  it("gives each moved claim a version, a revision and an audit event by the merger; the next edit's diff does not include the move", async () => {
    const { owner, editor, admin } = newsroom.actors;
    const source = (
      await createSpeaker(admin, speakerInputSchema.parse({ name: "Bản trùng lịch sử", kind: "PERSON" }))
    ).id;
    const target = (
      await createSpeaker(admin, speakerInputSchema.parse({ name: "Người giữ lại lịch sử", kind: "PERSON" }))
    ).id;
    const raw = { speakerId: source, quote: "Câu nói trước khi gộp.", kind: "DIRECT", topics: [] };
    const c = await createClaim(owner, createClaimSchema.parse(raw));

    const merged = await mergeSpeakers(admin, { sourceId: source, targetId: target });
    expect("claimsMoved" in merged && merged.claimsMoved).toBe(1);
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.speakerId).toBe(target);
    expect(row.version).toBe(2);
    expect(row.lastEditedById).toBe(owner.id); // not a content edit: the author still may not approve it
    const revision = await prisma.revision.findUniqueOrThrow({
      where: { claimId_version: { claimId: c.id, version: 2 } },
    });
    expect(revision.action).toBe("claim.reassign_speaker");
    expect(revision.actorId).toBe(admin.id);
    expect((revision.snapshot as unknown as ClaimSnapshot).speakerId).toBe(target);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: c.id, action: "claim.reassign_speaker" },
    });
    expect(audit.actorId).toBe(admin.id);
    expect((audit.before as { speakerId: string }).speakerId).toBe(source);
    expect((audit.after as { speakerId: string }).speakerId).toBe(target);

    // The next edit is based on version 2 and its revision differs from it only in what it changed.
    const edited = await updateClaim(
      editor,
      c.id,
      updateClaimSchema.parse({ ...raw, speakerId: target, quote: "Câu nói sau khi gộp.", version: 2 }),
    );
    expect(edited.version).toBe(3);
    const [v2, v3] = await Promise.all(
      [2, 3].map((v) =>
        prisma.revision.findUniqueOrThrow({ where: { claimId_version: { claimId: c.id, version: v } } }),
      ),
    );
    const a = v2!.snapshot as unknown as ClaimSnapshot;
    const b = v3!.snapshot as unknown as ClaimSnapshot;
    expect(a.speakerId).toBe(b.speakerId);
    expect(a.quote).not.toBe(b.quote);
  });
});
