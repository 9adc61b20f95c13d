import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createClaim, restoreClaimVersion, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import { AppError } from "@/lib/errors";
import { createSpeaker, mergeSpeakers } from "@/lib/speakers/service";
import { speakerInputSchema } from "@/lib/speakers/validation";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Issue 13: restoring a version whose speaker has since gone answered "Not found." (a missing
 * row) or silently pointed the claim at a merged-away speaker. Now a merged speaker is followed to
 * the one kept, and a deleted one is refused with a message that says so.
 */
describe.each(testDatabaseKinds())("restoring a version whose speaker is gone, on $name", (kind) => {
  const newsroom = seededNewsroom(kind);

  async function claimSpokenBy(first: string, then: string) {
    const { owner } = newsroom.actors;
    const raw = (speakerId: string) => ({
      speakerId,
      quote: "Câu nói để khôi phục.",
      kind: "DIRECT",
      topics: [],
    });
    const c = await createClaim(owner, createClaimSchema.parse(raw(first)));
    return updateClaim(owner, c.id, updateClaimSchema.parse({ ...raw(then), version: c.version }));
  }
  const speaker = async (name: string) =>
    (await createSpeaker(newsroom.actors.admin, speakerInputSchema.parse({ name, kind: "PERSON" }))).id;

  it("follows a merged speaker to the speaker kept", async () => {
    const [merged, other, kept] = [
      await speaker("Người bị gộp"),
      await speaker("Người khác"),
      await speaker("Người được giữ"),
    ];
    const v2 = await claimSpokenBy(merged, other);
    await mergeSpeakers(newsroom.actors.admin, { sourceId: merged, targetId: kept });
    const restored = await restoreClaimVersion(newsroom.actors.owner, v2.id, {
      fromVersion: 1,
      version: v2.version,
    });
    expect(restored.version).toBe(3);
    const row = await prisma.claim.findUniqueOrThrow({
      where: { id: v2.id },
      select: { speakerId: true, searchText: true },
    });
    expect(row.speakerId).toBe(kept);
    expect(row.searchText).toContain("nguoi duoc giu");
  });

  it("refuses, with a message naming the speaker, when the speaker was deleted without a merge", async () => {
    const [gone, other] = [await speaker("Người đã xoá"), await speaker("Người thay thế")];
    const v2 = await claimSpokenBy(gone, other);
    await prisma.speaker.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    const error = await restoreClaimVersion(newsroom.actors.owner, v2.id, {
      fromVersion: 1,
      version: v2.version,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).message).toContain("Người đã xoá");
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: v2.id } })).version).toBe(v2.version);
  });
});
