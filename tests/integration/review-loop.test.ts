import { beforeAll, describe, expect, it } from "vitest";
import { addAppearance, removeAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { contentDiffers } from "@/lib/claims/history";
import { findOpenReviewerRequest, loadClaimHistory } from "@/lib/claims/history-queries";
import { createClaim, transitionClaim, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, transitionSchema, updateClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { createLink, deleteLink } from "@/lib/links/service";
import { linkInputSchema } from "@/lib/links/validation";
import { appliedDirectly } from "../helpers/answers";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";
import { storeTestArticle } from "../helpers/articles";
import { addSourceTo } from "../helpers/sources";

/**
 * The editor/reviewer review loop (issue 20): a submission withdrawn by its author, a reviewer's
 * reason kept for the editors until they submit again, and a claim's history that includes its
 * sources and links and offers restore only where it would change the content.
 */
const TEXT =
  "Ông Ushakov nói: “không có định dạng ba bên nào đang được xây dựng” trong cuộc họp báo.".normalize("NFC");
const WORDS = "không có định dạng ba bên nào đang được xây dựng";

describe.each(testDatabaseKinds())("review loop on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  let article: Awaited<ReturnType<typeof storeTestArticle>>;
  beforeAll(async () => {
    article = await storeTestArticle({ title: "Bài thử vòng duyệt", text: TEXT });
  });

  const raw = (quote: string) => ({
    speakerId: newsroom.speakerId,
    quote,
    kind: "DIRECT",
    saidAt: "2025-12-20",
    venue: "Họp báo",
    topics: ["trilateral-talks"],
  });
  const draft = (quote: string) => createClaim(newsroom.actors.owner, createClaimSchema.parse(raw(quote)));
  const transition = (t: string, version: number, reason?: string) =>
    transitionSchema.parse({ transition: t, version, reason });
  /** The author submits the claim, then the reviewer decides on it. */
  const submitAndDecide = async (
    c: { id: string; version: number },
    decision: "approve" | "reject" | "request_changes",
    reason?: string,
  ) => {
    const submitted = await transitionClaim(newsroom.actors.owner, c.id, transition("submit", c.version));
    return transitionClaim(newsroom.actors.reviewer, c.id, transition(decision, submitted.version, reason));
  };

  describe("withdrawing a submission", () => {
    it("takes the claim back to draft for its author, as a new version with its revision and audit event", async () => {
      const c = await draft("Rút lại để sửa (tác giả).");
      const submitted = await transitionClaim(newsroom.actors.owner, c.id, transition("submit", c.version));
      const withdrawn = await transitionClaim(
        newsroom.actors.owner,
        c.id,
        transition("withdraw", submitted.version),
      );
      expect(withdrawn.status).toBe("DRAFT");
      expect(withdrawn.version).toBe(submitted.version + 1);
      const revision = await prisma.revision.findUniqueOrThrow({
        where: { claimId_version: { claimId: c.id, version: withdrawn.version } },
      });
      expect(revision.action).toBe("claim.withdraw");
      expect(revision.actorId).toBe(newsroom.actors.owner.id);
      const audit = await prisma.auditEvent.findFirstOrThrow({
        where: { entityType: "Claim", entityId: c.id },
        orderBy: { id: "desc" },
      });
      expect(audit.action).toBe("claim.withdraw");
      expect((audit.before as { status: string }).status).toBe("IN_REVIEW");
      expect((audit.after as { status: string }).status).toBe("DRAFT");
      // A withdrawn claim is an ordinary draft again: it can be edited and submitted.
      const edited = await updateClaim(
        newsroom.actors.owner,
        c.id,
        updateClaimSchema.parse({ ...raw("Rút lại để sửa (tác giả) — đã sửa."), version: withdrawn.version }),
      );
      expect(
        (await transitionClaim(newsroom.actors.owner, c.id, transition("submit", edited.version))).status,
      ).toBe("IN_REVIEW");
    });

    it("is refused to another editor and to reviewers, and writes nothing; an admin may", async () => {
      const c = await draft("Rút lại (người khác).");
      const submitted = await transitionClaim(newsroom.actors.owner, c.id, transition("submit", c.version));
      const auditBefore = await prisma.auditEvent.count();
      const revisionsBefore = await prisma.revision.count({ where: { claimId: c.id } });
      await expectAppError(
        transitionClaim(newsroom.actors.editor, c.id, transition("withdraw", submitted.version)),
        "FORBIDDEN",
      );
      await expectAppError(
        transitionClaim(newsroom.actors.reviewer, c.id, transition("withdraw", submitted.version)),
        "FORBIDDEN",
      );
      expect(await prisma.auditEvent.count()).toBe(auditBefore);
      expect(await prisma.revision.count({ where: { claimId: c.id } })).toBe(revisionsBefore);
      expect((await prisma.claim.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("IN_REVIEW");
      expect(
        (await transitionClaim(newsroom.actors.admin, c.id, transition("withdraw", submitted.version)))
          .status,
      ).toBe("DRAFT");
    });

    it("is only possible while the claim is in review", async () => {
      const c = await draft("Rút lại bản nháp.");
      await expectAppError(
        transitionClaim(newsroom.actors.owner, c.id, transition("withdraw", c.version)),
        "INVALID_STATE",
      );
      await addSourceTo(c.id);
      const approved = await submitAndDecide(c, "approve");
      await expectAppError(
        transitionClaim(newsroom.actors.owner, c.id, transition("withdraw", approved.version)),
        "INVALID_STATE",
      );
    });
  });

  describe("a reviewer's request", () => {
    it("reaches the editors with who and when, stays through their edits and ends with the next submission", async () => {
      const c = await draft("Cần thêm nguồn gốc.");
      expect(await findOpenReviewerRequest(newsroom.actors.owner, c.id)).toBeNull();
      const returned = await submitAndDecide(c, "request_changes", "Thiếu nguồn gốc: hãy gắn bài TTXVN.");
      const request = await findOpenReviewerRequest(newsroom.actors.owner, c.id);
      expect(request).toMatchObject({
        decision: "request_changes",
        reason: "Thiếu nguồn gốc: hãy gắn bài TTXVN.",
        reviewer: newsroom.actors.reviewer.name,
      });
      expect(request!.at).toBeInstanceOf(Date);
      const edited = await updateClaim(
        newsroom.actors.owner,
        c.id,
        updateClaimSchema.parse({ ...raw("Cần thêm nguồn gốc — đã gắn."), version: returned.version }),
      );
      expect((await findOpenReviewerRequest(newsroom.actors.owner, c.id))?.reason).toBe(
        "Thiếu nguồn gốc: hãy gắn bài TTXVN.",
      );
      await transitionClaim(newsroom.actors.owner, c.id, transition("submit", edited.version));
      expect(await findOpenReviewerRequest(newsroom.actors.owner, c.id)).toBeNull();
    });

    it("after a rejection, stays on the reopened draft until it is submitted again", async () => {
      const c = await draft("Bị từ chối.");
      const rejected = await submitAndDecide(c, "reject", "Không phải phát ngôn.");
      await transitionClaim(newsroom.actors.owner, c.id, transition("reopen", rejected.version));
      expect(await findOpenReviewerRequest(newsroom.actors.owner, c.id)).toMatchObject({
        decision: "reject",
        reason: "Không phải phát ngôn.",
      });
    });

    it("is for staff only", async () => {
      await expectAppError(findOpenReviewerRequest(null, "c".repeat(25)), "UNAUTHENTICATED");
    });
  });

  describe("a claim's history", () => {
    it("carries each version's reason, the sources and links added and removed, and which versions can be restored", async () => {
      const c = await draft(`Không có định dạng ba bên nào (lịch sử ${kind.name}).`);
      const other = await draft("Phát ngôn khác để liên kết.");
      const start = Array.from(TEXT.slice(0, TEXT.indexOf(WORDS))).length;
      const added = appliedDirectly(
        await addAppearance(
          newsroom.actors.owner,
          c.id,
          appearanceInputSchema.parse({
            articleId: article.id,
            start,
            end: start + Array.from(WORDS).length,
            exact: WORDS,
            chain: [{ kind: "OUTLET", label: article.outletName, outletId: article.outletId }],
          }),
        ),
      );
      await removeAppearance(newsroom.actors.owner, added.id);
      const link = appliedDirectly(
        await createLink(
          newsroom.actors.reviewer,
          linkInputSchema.parse({ fromClaimId: other.id, toClaimId: c.id, type: "CONTRADICTS", note: null }),
        ),
      );
      await deleteLink(newsroom.actors.reviewer, link.id);

      const returned = await submitAndDecide(c, "request_changes", "Sửa địa điểm.");

      const history = await loadClaimHistory(newsroom.actors.editor, c.id);
      expect(history.versions.map((v) => [v.version, v.action, v.reason])).toEqual([
        [3, "claim.request_changes", "Sửa địa điểm."],
        [2, "claim.submit", null],
        [1, "claim.create", null],
      ]);
      expect(history.versions[0]!.actor).toBe(newsroom.actors.reviewer.name);
      expect(history.events.map((e) => [e.kind, e.actor])).toEqual([
        ["link_removed", newsroom.actors.reviewer.name],
        ["link_added", newsroom.actors.reviewer.name],
        ["source_removed", newsroom.actors.owner.name],
        ["source_added", newsroom.actors.owner.name],
      ]);
      const linkAdded = history.events[1]!;
      expect(
        linkAdded.kind === "link_added" && [linkAdded.type, linkAdded.direction, linkAdded.other?.id],
      ).toEqual(["CONTRADICTS", "incoming", other.id]);
      const sourceAdded = history.events[3]!;
      expect(sourceAdded.kind === "source_added" && [sourceAdded.article?.title, sourceAdded.exact]).toEqual([
        "Bài thử vòng duyệt",
        WORDS,
      ]);
      expect(history.speakerNames.get(newsroom.speakerId)).toBe("Yuri Ushakov");
      expect(history.topicNames.get("trilateral-talks")?.nameEn).toBeTruthy();

      // Versions 1 and 2 differ from the current one only in status: nothing to restore.
      const current = history.versions[0]!.snapshot;
      expect(history.versions.filter((v) => contentDiffers(v.snapshot, current))).toEqual([]);
      const edited = await updateClaim(
        newsroom.actors.owner,
        c.id,
        updateClaimSchema.parse({
          ...raw(`Không có định dạng ba bên nào (lịch sử ${kind.name}).`),
          venue: "Telegram",
          version: returned.version,
        }),
      );
      const after = await loadClaimHistory(newsroom.actors.owner, c.id);
      expect(after.versions[0]!.version).toBe(edited.version);
      expect(
        after.versions
          .filter((v) => contentDiffers(v.snapshot, after.versions[0]!.snapshot))
          .map((v) => v.version),
      ).toEqual([3, 2, 1]);
    });
  });
});
