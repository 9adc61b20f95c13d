import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAppearance, removeAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { decideCandidate } from "@/lib/ingest/decisions";
import { decideCandidateSchema } from "@/lib/ingest/validation";
import { acceptCandidate, reviewArticle } from "@/lib/ingest/service";
import { acceptCandidateSchema } from "@/lib/ingest/validation";
import { normalizeArticleText } from "@/lib/text/normalize";
import { appliedDirectly } from "../helpers/answers";
import { expectAppError } from "../helpers/app-error";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/**
 * Decisions on suggested statements (lib/ingest/decisions.ts) are stored: the review page shows
 * them after a reload and to other editors; the same span is never attached twice to one claim
 * (a clear 409, and a partial unique index under it); the role as written and aligned dates come
 * with the suggestions.
 */
const TEXT = `Chiều 20/12, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết Việt Nam ủng hộ mọi nỗ lực hòa bình cho Ukraine. Ông Sơn cũng nhấn mạnh rằng các bên cần tôn trọng luật pháp quốc tế và Hiến chương Liên hợp quốc.`;

describe.each(testDatabaseKinds())("ingestion decisions on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let article: { id: string; text: string };
  let speakerId: string;

  function span(words: string) {
    const at = article.text.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    const start = Array.from(article.text.slice(0, at)).length;
    return { start, end: start + Array.from(words).length, exact: words };
  }
  const chain = [{ kind: "OUTLET", label: "Dân trí" }];
  const asNew = (words: string) =>
    acceptCandidateSchema.parse({
      articleId: article.id,
      mode: "new",
      speakerId,
      content: { quote: words, kind: "INDIRECT", roleHeld: "Bộ trưởng Ngoại giao" },
      appearance: { ...span(words), chain },
    });
  const asSource = (claimId: string, words: string) =>
    acceptCandidateSchema.parse({
      articleId: article.id,
      mode: "appearance",
      claimId,
      appearance: { ...span(words), chain },
    });
  const decide = (words: string, decision: "rejected" | "open") =>
    decideCandidateSchema.parse({
      articleId: article.id,
      start: span(words).start,
      end: span(words).end,
      decision,
    });

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    const outlet = await prisma.outlet.findFirstOrThrow({ where: { name: "Dân trí" }, select: { id: true } });
    article = await storeTestArticle({
      outletId: outlet.id,
      title: "Bộ trưởng Sơn",
      text: normalizeArticleText(TEXT),
      publishedAt: new Date("2025-12-21"),
    });
    speakerId = (
      await prisma.speaker.create({
        data: {
          slug: "bui-thanh-son",
          name: "Bùi Thanh Sơn",
          kind: "PERSON",
          variants: ["Sơn"],
          searchText: " bui thanh son son ",
        },
      })
    ).id;
  });
  afterAll(async () => close?.());

  const FIRST = "Việt Nam ủng hộ mọi nỗ lực hòa bình cho Ukraine";
  const SECOND = "các bên cần tôn trọng luật pháp quốc tế và Hiến chương Liên hợp quốc";

  it("the review page offers the role as written and the same date for both statements of the paragraph", async () => {
    const review = await reviewArticle(actors.owner, article.id);
    const [first, second] = review!.candidates;
    expect(first?.quote.text).toBe(FIRST);
    expect(second?.quote.text).toBe(SECOND);
    expect([first?.roleAsWritten, second?.roleAsWritten]).toEqual([
      "Bộ trưởng Ngoại giao",
      "Bộ trưởng Ngoại giao",
    ]);
    expect(first?.saidAt).toEqual({ date: "2025-12-20", precision: "DAY", text: "Chiều 20/12" });
    expect(second?.saidAt).toEqual(first?.saidAt);
    expect(second?.context).toEqual({ before: "Ông Sơn cũng nhấn mạnh rằng ", quote: SECOND, after: "." });
    expect([first?.decision, first?.attachedTo]).toEqual([null, []]);
  });

  it("an accepted statement is shown accepted after a reload, with the role carried into the claim; accepting it again is a 409", async () => {
    const answer = appliedDirectly(await acceptCandidate(actors.owner, asNew(FIRST)));
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: answer.claimId } })).roleHeld).toBe(
      "Bộ trưởng Ngoại giao",
    );
    // Another editor opens the page: the decision and the attachment are there.
    const review = await reviewArticle(actors.editor, article.id);
    const first = review!.candidates.find((c) => c.quote.text === FIRST)!;
    expect(first.decision).toEqual({
      outcome: "NEW_CLAIM",
      claimId: answer.claimId,
      waitsForReviewer: false,
    });
    expect(first.attachedTo).toEqual([answer.claimId]);
    // A page opened before the decision accepts it again: refused, nothing saved.
    const claims = await prisma.claim.count();
    const error = await expectAppError(acceptCandidate(actors.editor, asNew(FIRST)), "CONFLICT");
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/already accepted/);
    expect(await prisma.claim.count()).toBe(claims);
    await expectAppError(decideCandidate(actors.editor, decide(FIRST, "rejected")), "CONFLICT");
  });

  it("the same span on the same claim is refused with a clear 409, by every path, and by the database", async () => {
    const claim = await createClaim(
      actors.owner,
      createClaimSchema.parse({ speakerId, quote: SECOND, kind: "INDIRECT" }),
    );
    appliedDirectly(await acceptCandidate(actors.owner, asSource(claim.id, SECOND)));
    const review = await reviewArticle(actors.owner, article.id);
    expect(review!.candidates.find((c) => c.quote.text === SECOND)).toMatchObject({
      decision: { outcome: "ADDED_AS_SOURCE", claimId: claim.id },
      attachedTo: [claim.id],
    });

    const byHand = appearanceInputSchema.parse({ articleId: article.id, ...span(SECOND), chain });
    const error = await expectAppError(addAppearance(actors.owner, claim.id, byHand), "CONFLICT");
    expect([error.status, error.message]).toEqual([
      409,
      "This passage of the article is already a source of this claim.",
    ]);
    const live = await prisma.appearance.findFirstOrThrow({
      where: { claimId: claim.id, articleId: article.id, deletedAt: null },
    });
    // Under the service check, the partial unique index: a second live row cannot be written at all.
    await expect(
      prisma.appearance.create({
        data: {
          claimId: claim.id,
          articleId: article.id,
          exact: live.exact,
          start: live.start,
          end: live.end,
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    // A removed source may be added again (the index holds live rows only).
    appliedDirectly(await removeAppearance(actors.owner, live.id));
    appliedDirectly(await addAppearance(actors.owner, claim.id, byHand));
    expect(
      await prisma.appearance.count({ where: { claimId: claim.id, articleId: article.id, deletedAt: null } }),
    ).toBe(1);
  });

  it("a source waiting for a reviewer counts as attached: proposing it again is refused", async () => {
    const published = await prisma.claim.findFirstOrThrow({
      where: { status: "APPROVED", deletedAt: null },
      select: { id: true },
    });
    const words = "luật pháp quốc tế";
    const input = appearanceInputSchema.parse({ articleId: article.id, ...span(words), chain });
    const waiting = await addAppearance(actors.editor, published.id, input);
    expect("pendingChange" in waiting && waiting.pendingChange.status).toBe("PENDING");
    const error = await expectAppError(addAppearance(actors.editor, published.id, input), "CONFLICT");
    expect(error.message).toMatch(/waiting for a reviewer/);
  });

  it("a rejection is stored for everyone, can be taken back, and an accepted statement cannot be rejected", async () => {
    const words = "Hiến chương Liên hợp quốc";
    const rejected = await decideCandidate(actors.owner, decide(words, "rejected"));
    expect(rejected.decision).toMatchObject({ outcome: "REJECTED", claimId: null });
    // Twice is the same decision, not an error.
    expect((await decideCandidate(actors.editor, decide(words, "rejected"))).decision).toMatchObject({
      outcome: "REJECTED",
    });
    const audit = await prisma.auditEvent.findMany({
      where: { entityType: "IngestDecision", action: "ingest.reject" },
    });
    expect(audit).toHaveLength(1);
    expect((await decideCandidate(actors.editor, decide(words, "open"))).decision).toBeNull();
    expect(await prisma.ingestDecision.count({ where: { articleId: article.id, outcome: "REJECTED" } })).toBe(
      0,
    );
    expect(
      await prisma.auditEvent.count({ where: { entityType: "IngestDecision", action: "ingest.reopen" } }),
    ).toBe(1);
    // A rejected statement accepted later: the acceptance replaces the rejection.
    await decideCandidate(actors.owner, decide(words, "rejected"));
    const accepted = appliedDirectly(await acceptCandidate(actors.owner, asNew(words)));
    expect(
      await prisma.ingestDecision.findFirstOrThrow({
        where: {
          articleId: article.id,
          start: span(words).start,
          end: span(words).end,
          outcome: { not: "REJECTED" },
        },
        select: { claimId: true },
      }),
    ).toEqual({ claimId: accepted.claimId });
    // Reviewers cannot decide (permission table: appearance.manage).
    await expectAppError(decideCandidate(actors.reviewer, decide(words, "open")), "FORBIDDEN");
  });
});
