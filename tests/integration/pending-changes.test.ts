import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAppearance, removeAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { publicTag } from "@/lib/claims/public-tags";
import { prisma } from "@/lib/db";
import { createLink, deleteLink } from "@/lib/links/service";
import { linkInputSchema } from "@/lib/links/validation";
import { decidePendingChange, withdrawPendingChange } from "@/lib/pending/service";
import { decisionSchema } from "@/lib/pending/validation";
import { listPendingChanges } from "@/lib/pending/queries";
import { createSpeaker, mergeSpeakers, updateSpeaker } from "@/lib/speakers/service";
import { speakerInputSchema, updateSpeakerSchema } from "@/lib/speakers/validation";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { expectAppError } from "../helpers/app-error";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/**
 * Issue 19, finding 3: an editor could change what readers see without a second person (a link
 * note on a published claim, a speaker's name, a source added to or removed from an approved
 * claim). Now such a change waits as a pending change until a reviewer applies it.
 */
const decision = (d: "approve" | "reject", note?: string) => decisionSchema.parse({ decision: d, note });

describe.each(testDatabaseKinds())("pending changes to published pages on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let published: { id: string; slug: string; speakerId: string }[];
  let draftId: string;

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    published = await prisma.claim.findMany({
      where: { status: "APPROVED", deletedAt: null },
      select: { id: true, slug: true, speakerId: true },
      orderBy: { slug: "asc" },
      take: 4,
    });
    expect(published.length).toBe(4);
    const speakerId = published[0]!.speakerId;
    draftId = (
      await createClaim(
        actors.owner,
        createClaimSchema.parse({ speakerId, quote: "Bản nháp để liên kết.", kind: "DIRECT", topics: [] }),
      )
    ).id;
  });
  afterAll(async () => close?.());

  it("an editor's link note on a published claim waits; nothing public changes until a reviewer approves", async () => {
    const { editor, reviewer } = actors;
    const input = linkInputSchema.parse({
      fromClaimId: published[0]!.id,
      toClaimId: draftId,
      type: "RESPONDS_TO",
      note: "Ghi chú liên kết công khai.",
    });
    const outboxBefore = await prisma.outboxEvent.count();
    const answer = await createLink(editor, input);
    expect("pendingChange" in answer && answer.pendingChange.status).toBe("PENDING");
    expect(answer.publicTags).toEqual([]);
    expect(
      await prisma.claimLink.count({ where: { fromClaimId: input.fromClaimId, toClaimId: draftId } }),
    ).toBe(0);
    expect(await prisma.outboxEvent.count()).toBe(outboxBefore);
    const id = (answer as { pendingChange: { id: string } }).pendingChange.id;
    expect((await prisma.auditEvent.findFirst({ where: { entityId: id } }))?.action).toBe("pending.propose");

    const [view] = await listPendingChanges("pending", { id });
    expect(view?.link?.note).toBe("Ghi chú liên kết công khai.");
    expect(view?.proposedBy.id).toBe(editor.id);

    // Editors cannot decide; the reviewer's approval applies it, authored by the editor, and expires the page.
    await expectAppError(decidePendingChange(editor, id, decision("approve")), "FORBIDDEN");
    const applied = await decidePendingChange(reviewer, id, decision("approve", "Đúng."));
    expect(applied.status).toBe("APPLIED");
    expect(applied.publicTags).toContain(publicTag.claim(published[0]!.slug));
    expect(applied.outboxId).not.toBeNull();
    const link = await prisma.claimLink.findFirstOrThrow({
      where: { fromClaimId: input.fromClaimId, toClaimId: draftId },
    });
    expect(link.createdById).toBe(editor.id);
    expect(link.note).toBe("Ghi chú liên kết công khai.");
    const actions = await prisma.auditEvent.findMany({
      where: { OR: [{ entityId: id }, { entityId: link.id }] },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => [a.action, a.actorId])).toEqual([
      ["pending.propose", editor.id],
      ["link.create", editor.id],
      ["pending.approve", reviewer.id],
    ]);

    // Decided once: a second decision is refused and changes nothing.
    await expectAppError(decidePendingChange(actors.admin, id, decision("reject")), "INVALID_STATE");

    // Removing it is a change to the published page too.
    const removal = await deleteLink(editor, link.id);
    expect("pendingChange" in removal).toBe(true);
    expect((await prisma.claimLink.findUniqueOrThrow({ where: { id: link.id } })).deletedAt).toBeNull();
  });

  it("reviewers and admins change published pages directly; links between unpublished claims need nobody", async () => {
    const { editor, reviewer } = actors;
    const direct = await createLink(
      reviewer,
      linkInputSchema.parse({ fromClaimId: published[1]!.id, toClaimId: published[2]!.id, type: "SUPPORTS" }),
    );
    expect("pendingChange" in direct).toBe(false);
    expect(direct.publicTags).toContain(publicTag.claim(published[2]!.slug));
    const other = (
      await createClaim(
        actors.owner,
        createClaimSchema.parse({
          speakerId: published[0]!.speakerId,
          quote: "Bản nháp thứ hai.",
          kind: "DIRECT",
          topics: [],
        }),
      )
    ).id;
    const draftsOnly = await createLink(
      editor,
      linkInputSchema.parse({ fromClaimId: draftId, toClaimId: other, type: "SUPPORTS" }),
    );
    expect("pendingChange" in draftsOnly).toBe(false);
    expect(
      await prisma.claimLink.count({ where: { fromClaimId: draftId, toClaimId: other, deletedAt: null } }),
    ).toBe(1);
  });

  it("a speaker edit waits when the speaker has a public page, and is refused at approval if the speaker changed meanwhile", async () => {
    const { editor, reviewer, admin } = actors;
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { id: published[3]!.speakerId } });
    const edit = (name: string, version: number) =>
      updateSpeakerSchema.parse({
        name,
        kind: speaker.kind,
        variants: speaker.variants,
        affiliation: "Tổ chức mới",
        country: speaker.country,
        description: speaker.description,
        version,
      });
    const answer = await updateSpeaker(editor, speaker.id, edit("Tên đề xuất", speaker.version));
    expect("pendingChange" in answer).toBe(true);
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).name).toBe(speaker.name);
    const id = (answer as { pendingChange: { id: string } }).pendingChange.id;
    const [view] = await listPendingChanges("pending", { id });
    expect(view?.fields.map((f) => f.field)).toEqual(expect.arrayContaining(["name", "affiliation"]));
    expect(view?.fields.find((f) => f.field === "name")).toEqual({
      field: "name",
      before: speaker.name,
      after: "Tên đề xuất",
    });

    // An admin edits the speaker directly in the meantime: the proposal was based on the old version.
    const adminEdit = await updateSpeaker(admin, speaker.id, edit(`${speaker.name} (sửa)`, speaker.version));
    expect("pendingChange" in adminEdit).toBe(false);
    const stale = await expectAppError(decidePendingChange(reviewer, id, decision("approve")), "CONFLICT");
    expect(stale.message).toContain("can no longer be applied");
    expect((await prisma.pendingChange.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).name).toBe(
      `${speaker.name} (sửa)`,
    );
    const rejected = await decidePendingChange(reviewer, id, decision("reject", "Đã có người sửa trước."));
    expect(rejected.status).toBe("REJECTED");
    expect(rejected.publicTags).toEqual([]);

    // A speaker with no public claim is edited at once.
    const fresh = await createSpeaker(
      editor,
      speakerInputSchema.parse({ name: "Người chưa xuất bản", kind: "PERSON" }),
    );
    const renamed = await updateSpeaker(
      editor,
      fresh.id,
      updateSpeakerSchema.parse({
        name: "Người chưa xuất bản (đổi)",
        kind: "PERSON",
        version: fresh.version,
      }),
    );
    expect("pendingChange" in renamed).toBe(false);
  });

  it("a merge involving a published speaker waits for a reviewer", async () => {
    const { editor, reviewer } = actors;
    const dup = await createSpeaker(editor, speakerInputSchema.parse({ name: "Bản trùng", kind: "PERSON" }));
    const targetId = published[1]!.speakerId;
    const answer = await mergeSpeakers(editor, { sourceId: dup.id, targetId });
    expect("pendingChange" in answer).toBe(true);
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: dup.id } })).deletedAt).toBeNull();
    const applied = await decidePendingChange(
      reviewer,
      (answer as { pendingChange: { id: string } }).pendingChange.id,
      decision("approve"),
    );
    expect(applied.status).toBe("APPLIED");
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: dup.id } })).mergedIntoId).toBe(targetId);
  });

  it("sources added to or removed from a published claim wait; the proposer may withdraw, nobody else", async () => {
    const { owner, editor, reviewer } = actors;
    const claim = published[2]!;
    const article = await storeTestArticle({
      title: "Bài thử nguồn",
      text: "Ông Ushakov cho biết không có định dạng ba bên nào trong vòng đàm phán này.",
    });
    const input = appearanceInputSchema.parse({
      articleId: article.id,
      start: 0,
      end: 11,
      exact: "Ông Ushakov",
      chain: [{ kind: "OUTLET", label: article.outletName }],
    });
    const before = await prisma.appearance.count({ where: { claimId: claim.id, deletedAt: null } });

    const answer = await addAppearance(editor, claim.id, input);
    expect("pendingChange" in answer).toBe(true);
    expect(await prisma.appearance.count({ where: { claimId: claim.id, deletedAt: null } })).toBe(before);
    const id = (answer as { pendingChange: { id: string } }).pendingChange.id;
    const [view] = await listPendingChanges("pending", { id });
    expect(view?.source).toEqual({
      article: "Bài thử nguồn",
      exact: "Ông Ushakov",
      chain: [article.outletName],
    });

    // Another editor cannot withdraw it; its author can, and a withdrawn change cannot be approved.
    await expectAppError(withdrawPendingChange(owner, id), "FORBIDDEN");
    expect((await withdrawPendingChange(editor, id)).status).toBe("WITHDRAWN");
    await expectAppError(decidePendingChange(reviewer, id, decision("approve")), "INVALID_STATE");

    const again = await addAppearance(editor, claim.id, input);
    const applied = await decidePendingChange(
      reviewer,
      (again as { pendingChange: { id: string } }).pendingChange.id,
      decision("approve"),
    );
    expect(applied.publicTags).toContain(publicTag.claim(claim.slug));
    const added = await prisma.appearance.findFirstOrThrow({
      where: { claimId: claim.id, articleId: article.id, deletedAt: null },
    });
    expect(added.createdById).toBe(editor.id);

    const removal = await removeAppearance(editor, added.id);
    expect("pendingChange" in removal).toBe(true);
    const rejected = await decidePendingChange(
      reviewer,
      (removal as { pendingChange: { id: string } }).pendingChange.id,
      decision("reject"),
    );
    expect(rejected.status).toBe("REJECTED");
    expect((await prisma.appearance.findUniqueOrThrow({ where: { id: added.id } })).deletedAt).toBeNull();
  });

  it("nobody decides on a change they proposed, even after becoming a reviewer", async () => {
    const { editor, reviewer } = actors;
    const answer = await createLink(
      editor,
      linkInputSchema.parse({
        fromClaimId: published[3]!.id,
        toClaimId: published[0]!.id,
        type: "CONTRADICTS",
      }),
    );
    const id = (answer as { pendingChange: { id: string } }).pendingChange.id;
    await expectAppError(
      decidePendingChange({ ...editor, role: "REVIEWER" }, id, decision("approve")),
      "FORBIDDEN",
    );
    await expectAppError(decidePendingChange(null, id, decision("approve")), "UNAUTHENTICATED");
    await expectAppError(
      decidePendingChange(reviewer, "cxxxxxxxxxxxxxxxxxxxxxxxx", decision("approve")),
      "NOT_FOUND",
    );
  });
});
