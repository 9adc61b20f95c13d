import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTag } from "@/lib/claims/public-tags";
import { createClaim, deleteClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { acceptCandidate, findSimilarClaims } from "@/lib/ingest/service";
import { acceptCandidateSchema } from "@/lib/ingest/validation";
import { appliedDirectly } from "../helpers/answers";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/**
 * Ingestion (lib/ingest/service.ts): accepting an extracted candidate as a new draft claim (for a
 * known speaker or a new one) or as a new source of an existing claim, each in one transaction;
 * and duplicate detection, which must recognise a repeat typed without diacritics.
 */
describe.each(testDatabaseKinds())("ingestion on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let article: { id: string; text: string; outletId: string; outletName: string };

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    const row = await prisma.article.findUniqueOrThrow({
      where: { slug: "miami-talks-wrap-2025-12-22" },
      select: { id: true, text: true, outletId: true, outlet: { select: { name: true } } },
    });
    expect(row.text.length, "the seed article's text (SEED_ARTICLES_DIR)").toBeGreaterThan(0);
    article = { id: row.id, text: row.text, outletId: row.outletId, outletName: row.outlet.name };
  });
  afterAll(async () => close?.());

  /** The candidate's span: the code-point offsets of `words` in the article. */
  function span(words: string) {
    const at = article.text.indexOf(words);
    expect(at, `"${words}" in the seed article`).toBeGreaterThanOrEqual(0);
    const start = Array.from(article.text.slice(0, at)).length;
    return { start, end: start + Array.from(words).length, exact: words };
  }
  const WORDS = "Ukraine và Mỹ đã tiến hành một loạt cuộc họp thực chất tại Miami";
  const outletNode = () => ({ kind: "OUTLET", label: article.outletName, outletId: article.outletId });
  const counts = async () => ({
    claims: await prisma.claim.count(),
    speakers: await prisma.speaker.count(),
    appearances: await prisma.appearance.count(),
  });

  describe("acceptCandidate", () => {
    it('mode "new" with a known speaker: a draft claim with its source and chain, audited', async () => {
      const { owner } = actors;
      const speaker = await prisma.speaker.findUniqueOrThrow({ where: { slug: "rustem-umerov" } });
      const input = acceptCandidateSchema.parse({
        articleId: article.id,
        mode: "new",
        speakerId: speaker.id,
        content: { quote: WORDS, kind: "INDIRECT", saidAt: "2025-12-22", topics: ["us-ukraine-talks"] },
        appearance: {
          ...span(WORDS),
          chain: [outletNode(), { kind: "PERSON", label: speaker.name, speakerId: speaker.id }],
        },
      });
      const answer = appliedDirectly(await acceptCandidate(owner, input));
      expect(answer.publicTags).toEqual([]); // a draft is on no public page
      const claim = await prisma.claim.findUniqueOrThrow({
        where: { id: answer.claimId },
        include: {
          topics: { include: { topic: true } },
          appearances: { include: { chain: { orderBy: { position: "asc" } } } },
        },
      });
      expect([claim.status, claim.speakerId, claim.quote, claim.kind, claim.createdById]).toEqual([
        "DRAFT",
        speaker.id,
        WORDS,
        "INDIRECT",
        owner.id,
      ]);
      expect(claim.topics.map((t) => t.topic.slug)).toEqual(["us-ukraine-talks"]);
      expect(claim.appearances).toHaveLength(1);
      const [source] = claim.appearances;
      expect([source!.id, source!.articleId, source!.start, source!.end, source!.exact]).toEqual([
        answer.appearanceId,
        article.id,
        input.appearance.start,
        input.appearance.end,
        WORDS,
      ]);
      expect(source!.chain.map((n) => [n.kind, n.outletId, n.speakerId])).toEqual([
        ["OUTLET", article.outletId, null],
        ["PERSON", null, speaker.id],
      ]);
      const audit = await prisma.auditEvent.findMany({
        where: { entityId: { in: [claim.id, source!.id] } },
        orderBy: { id: "asc" },
      });
      expect(audit.map((e) => [e.action, e.actorId])).toEqual([
        ["claim.create", owner.id],
        ["appearance.create", owner.id],
      ]);
    });

    it('mode "new" with a new speaker: the speaker is created with the claim, and the claim is found by its name', async () => {
      const { owner } = actors;
      const before = await counts();
      const answer = appliedDirectly(
        await acceptCandidate(
          owner,
          acceptCandidateSchema.parse({
            articleId: article.id,
            mode: "new",
            newSpeaker: { name: "Nguồn Giấu Tên Ở Miami", kind: "UNNAMED_SOURCE" },
            content: { quote: "Một nguồn tin cho biết các cuộc họp diễn ra tại Miami.", kind: "REPORTED" },
            appearance: { ...span("Miami"), chain: [outletNode()] },
          }),
        ),
      );
      const claim = await prisma.claim.findUniqueOrThrow({
        where: { id: answer.claimId },
        include: { speaker: true },
      });
      expect([claim.speaker.name, claim.speaker.kind, claim.speaker.slug]).toEqual([
        "Nguồn Giấu Tên Ở Miami",
        "UNNAMED_SOURCE",
        "nguon-giau-ten-o-miami",
      ]);
      expect(claim.searchText).toContain(" nguon giau ten o miami ");
      expect(await counts()).toEqual({
        claims: before.claims + 1,
        speakers: before.speakers + 1,
        appearances: before.appearances + 1,
      });
      expect(
        (await prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.speakerId } })).action,
      ).toBe("speaker.create");
    });

    it("is one transaction: a candidate whose span is not in the article creates neither speaker nor claim", async () => {
      const before = await counts();
      const input = acceptCandidateSchema.parse({
        articleId: article.id,
        mode: "new",
        newSpeaker: { name: "Người Không Được Tạo", kind: "PERSON" },
        content: { quote: "Câu này không có trong bài báo.", kind: "DIRECT" },
        appearance: { start: 0, end: 31, exact: "Câu này không có trong bài báo.", chain: [outletNode()] },
      });
      const error = await expectAppError(acceptCandidate(actors.owner, input), "VALIDATION");
      expect(error.status).toBe(400);
      expect(await counts()).toEqual(before);
      expect(await prisma.speaker.count({ where: { name: "Người Không Được Tạo" } })).toBe(0);
    });

    it("mode \"appearance\": a new source of an existing claim, no new claim; on a published claim an editor's waits, an admin's applies", async () => {
      const { owner, editor, admin } = actors;
      const speakerId = (await prisma.speaker.findUniqueOrThrow({ where: { slug: "rustem-umerov" } })).id;
      const draft = await createClaim(
        owner,
        createClaimSchema.parse({ speakerId, quote: "Bản nháp nhận thêm nguồn.", kind: "DIRECT" }),
      );
      const asSource = (claimId: string) =>
        acceptCandidateSchema.parse({
          articleId: article.id,
          mode: "appearance",
          claimId,
          appearance: { ...span(WORDS), chain: [outletNode()] },
        });

      const before = await counts();
      const added = appliedDirectly(await acceptCandidate(owner, asSource(draft.id)));
      expect(added.claimId).toBe(draft.id);
      const row = await prisma.appearance.findUniqueOrThrow({ where: { id: added.appearanceId } });
      expect([row.claimId, row.articleId, row.exact]).toEqual([draft.id, article.id, WORDS]);
      expect(await counts()).toEqual({ ...before, appearances: before.appearances + 1 });

      const published = await prisma.claim.findFirstOrThrow({
        where: { status: "APPROVED", deletedAt: null },
        select: { id: true, slug: true },
      });
      const waiting = await acceptCandidate(editor, asSource(published.id));
      expect("pendingChange" in waiting ? waiting.pendingChange?.status : "applied").toBe("PENDING");
      expect(waiting.appearanceId).toBeNull();
      expect(await prisma.appearance.count()).toBe(before.appearances + 1);

      const direct = appliedDirectly(await acceptCandidate(admin, asSource(published.id)));
      expect(direct.publicTags).toContain(publicTag.claim(published.slug));
      expect(
        await prisma.appearance.count({
          where: { id: direct.appearanceId, claimId: published.id, deletedAt: null },
        }),
      ).toBe(1);

      await expectAppError(acceptCandidate(owner, asSource("cxxxxxxxxxxxxxxxxxxxxxxxx")), "NOT_FOUND");
      expect(await prisma.claim.count()).toBe(before.claims);
    });

    it("the schema asks for what each mode needs", () => {
      const appearance = { start: 0, end: 5, exact: "Miami", chain: [{ kind: "OUTLET", label: "Báo" }] };
      const base = { articleId: "cxxxxxxxxxxxxxxxxxxxxxxxx", appearance };
      const paths = (v: unknown) => {
        const r = acceptCandidateSchema.safeParse(v);
        return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
      };
      expect(paths({ ...base, mode: "appearance" })).toEqual(["claimId"]);
      expect(paths({ ...base, mode: "new", speakerId: "cxxxxxxxxxxxxxxxxxxxxxxxx" })).toEqual(["content"]);
      expect(paths({ ...base, mode: "new", content: { quote: "Câu nói.", kind: "DIRECT" } })).toEqual([
        "speakerId",
      ]);
      expect(
        paths({
          ...base,
          mode: "new",
          speakerId: "cxxxxxxxxxxxxxxxxxxxxxxxx",
          content: { quote: "Câu nói.", kind: "DIRECT" },
        }),
      ).toEqual([]);
    });
  });

  describe("findSimilarClaims", () => {
    it("finds a seeded claim from a paraphrase typed without diacritics", async () => {
      const seeded = await prisma.claim.findFirstOrThrow({
        where: { quote: { startsWith: "trong 3 ngày làm việc tại Miami" } },
        select: { id: true, slug: true },
      });
      // The seed's words, without diacritics, "3" spelled out, a clause dropped and the end reworded.
      const matches = await findSimilarClaims(
        "trong ba ngay lam viec tai Miami bang Florida, phai doan Ukraine da tien hanh mot loat cuoc hop hieu qua va mang tinh xay dung voi doi tac My",
      );
      expect(matches.map((m) => m.id)).toContain(seeded.id);
      const match = matches.find((m) => m.id === seeded.id)!;
      expect(match.score).toBeGreaterThanOrEqual(0.6);
      expect(match.speaker).toBe("Rustem Umerov");
    });

    it("does not find unrelated text, too few words, or deleted claims", async () => {
      expect(
        await findSimilarClaims("Gia ca phe tai Dak Lak tang manh trong thang nay vi mua lon keo dai"),
      ).toEqual([]);
      expect(await findSimilarClaims("tai Miami")).toEqual([]);
      const speakerId = (await prisma.speaker.findUniqueOrThrow({ where: { slug: "yuri-ushakov" } })).id;
      const quote = "Chúng tôi sẽ không bao giờ bàn về tàu vũ trụ trên sao Hỏa trong cuộc họp này.";
      const claim = await createClaim(
        actors.owner,
        createClaimSchema.parse({ speakerId, quote, kind: "DIRECT" }),
      );
      const paraphrase = "chung toi se khong bao gio ban ve tau vu tru tren sao Hoa";
      // Control: found while it exists.
      expect((await findSimilarClaims(paraphrase)).map((m) => m.id)).toContain(claim.id);
      await deleteClaim(actors.owner, claim.id, { version: claim.version });
      expect((await findSimilarClaims(paraphrase)).map((m) => m.id)).not.toContain(claim.id);
    });
  });
});
