import { describe, expect, it } from "vitest";
import { addAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { publicTag } from "@/lib/claims/public-tags";
import { createClaim, setClaimVerification, transitionClaim } from "@/lib/claims/service";
import { createClaimSchema, transitionSchema, verificationSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { loadPublicQuoteDrifts, quoteDriftReport } from "@/lib/drift/queries";
import { confirmQuoteDrift } from "@/lib/drift/service";
import { appliedDirectly } from "../helpers/answers";
import { expectAppError } from "../helpers/app-error";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Quote drift (lib/drift/): a claim carried by several outlets, each outlet's words compared with
 * the earliest outlet's; a reviewer confirms a drift (audited, public caches expired) and readers
 * see it once the claim is published.
 */
describe.each(testDatabaseKinds())("quote drift on $name", (kind) => {
  const newsroom = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  let n = 0;

  /** An article of a distinct outlet, published on `day`, whose whole text is the quoted words. */
  async function outletSays(words: string, day: string) {
    const outlet = await prisma.outlet.create({
      data: { slug: `drift-outlet-${kind.name}-${++n}`, name: `Báo lệch ${n}` },
    });
    const article = await storeTestArticle({
      title: `Bài lệch ${n}`,
      text: `${words} (bài ${n})`,
      outletId: outlet.id,
      publishedAt: new Date(`${day}T08:00:00Z`),
    });
    return { article, outlet, words };
  }

  async function claimQuotedBy(...sources: { words: string; day: string }[]) {
    const { owner } = newsroom.actors;
    const claim = await createClaim(
      owner,
      createClaimSchema.parse({ speakerId: newsroom.speakerId, quote: `Giá điện ${++n}`, kind: "DIRECT" }),
    );
    const appearanceIds: string[] = [];
    for (const s of sources) {
      const { article, outlet } = await outletSays(s.words, s.day);
      const added = appliedDirectly(
        await addAppearance(
          owner,
          claim.id,
          appearanceInputSchema.parse({
            articleId: article.id,
            start: 0,
            end: Array.from(s.words).length,
            exact: s.words,
            chain: [{ kind: "OUTLET", label: outlet.name, outletId: outlet.id }],
          }),
        ),
      );
      appearanceIds.push(added.id!);
    }
    return { claim, appearanceIds };
  }

  it("compares each outlet with the earliest by publication date, whatever order they were added in", async () => {
    const { reviewer } = newsroom.actors;
    const { claim, appearanceIds } = await claimQuotedBy(
      { words: "Giá điện tăng 7% trong năm nay.", day: "2025-06-03" },
      { words: "Giá điện có thể tăng 5% trong năm nay.", day: "2025-06-01" },
      { words: "giá điện có thể tăng 5 % trong năm nay!", day: "2025-06-02" },
    );
    const report = await quoteDriftReport(reviewer, claim.id);
    expect(report?.base.appearanceId).toBe(appearanceIds[1]);
    const [harmless, drifted] = report!.compared;
    expect(harmless?.appearanceId).toBe(appearanceIds[2]);
    expect(harmless?.comparison.findings).toEqual([]);
    expect(harmless?.comparison.harmless).toEqual(["PUNCTUATION", "CASE"]);
    expect(drifted?.appearanceId).toBe(appearanceIds[0]);
    expect(drifted?.comparison.findings.map((f) => f.kind)).toEqual(["NUMBER", "HEDGE_DROPPED"]);
    expect(drifted?.confirmed).toBe(false);
    // Staff only.
    await expectAppError(quoteDriftReport(null, claim.id), "UNAUTHENTICATED");
  });

  it("a reviewer confirms a substantive drift once: audited, refused for the earliest text, a harmless one, an unknown source, an editor", async () => {
    const { reviewer, editor, owner } = newsroom.actors;
    const { claim, appearanceIds } = await claimQuotedBy(
      { words: "Chúng tôi không tăng giá điện trong quý này.", day: "2025-07-01" },
      { words: "Chúng tôi tăng giá điện trong quý này.", day: "2025-07-02" },
      { words: "Chúng tôi không tăng giá điện, trong quý này.", day: "2025-07-03" },
    );
    const [base, drifted, harmless] = appearanceIds as [string, string, string];
    const auditBefore = await prisma.auditEvent.count();
    await expectAppError(confirmQuoteDrift(editor, claim.id, { appearanceId: drifted }), "FORBIDDEN");
    await expectAppError(confirmQuoteDrift(owner, claim.id, { appearanceId: drifted }), "FORBIDDEN");
    await expectAppError(confirmQuoteDrift(reviewer, claim.id, { appearanceId: base }), "INVALID_STATE");
    await expectAppError(confirmQuoteDrift(reviewer, claim.id, { appearanceId: harmless }), "INVALID_STATE");
    await expectAppError(
      confirmQuoteDrift(reviewer, claim.id, { appearanceId: "c".repeat(25) }),
      "NOT_FOUND",
    );
    expect(await prisma.auditEvent.count()).toBe(auditBefore);
    expect(await prisma.quoteDrift.count({ where: { claimId: claim.id } })).toBe(0);

    const confirmed = await confirmQuoteDrift(reviewer, claim.id, { appearanceId: drifted });
    expect(confirmed.kinds).toEqual(["NEGATION_DROPPED"]);
    // A draft is on no public page: nothing to expire.
    expect(confirmed.publicTags).toEqual([]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "drift.confirm", entityId: confirmed.id },
    });
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.after).toMatchObject({
      baseAppearanceId: base,
      appearanceId: drifted,
      kinds: ["NEGATION_DROPPED"],
      quotedText: "Chúng tôi tăng giá điện trong quý này.",
    });
    await expectAppError(confirmQuoteDrift(reviewer, claim.id, { appearanceId: drifted }), "CONFLICT");
    // The same drift confirmed by two reviewers at once: one is stored, the other told.
    const other = await claimQuotedBy(
      { words: "Có khoảng 30 người bị thương.", day: "2025-07-01" },
      { words: "Có 30 người bị thương.", day: "2025-07-02" },
    );
    const both = await Promise.allSettled([
      confirmQuoteDrift(reviewer, other.claim.id, { appearanceId: other.appearanceIds[1]! }),
      confirmQuoteDrift(newsroom.actors.admin, other.claim.id, { appearanceId: other.appearanceIds[1]! }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.quoteDrift.count({ where: { claimId: other.claim.id } })).toBe(1);
    expect((await quoteDriftReport(reviewer, claim.id))?.compared[0]?.confirmed).toBe(true);
  });

  it("readers see a confirmed drift once the claim is published; MISQUOTED goes through the verification service", async () => {
    const { reviewer, owner } = newsroom.actors;
    const { claim, appearanceIds } = await claimQuotedBy(
      { words: "Dự kiến có 2 triệu người tham gia.", day: "2025-08-01" },
      { words: "Có 3 triệu người tham gia.", day: "2025-08-02" },
    );
    await confirmQuoteDrift(reviewer, claim.id, { appearanceId: appearanceIds[1]! });
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(await loadPublicQuoteDrifts(row.slug)).toEqual([]);

    const submitted = await transitionClaim(
      owner,
      claim.id,
      transitionSchema.parse({ transition: "submit", version: row.version }),
    );
    const approved = await transitionClaim(
      reviewer,
      claim.id,
      transitionSchema.parse({ transition: "approve", version: submitted.version }),
    );
    const drifts = await loadPublicQuoteDrifts(row.slug);
    expect(drifts).toHaveLength(1);
    expect(drifts[0]).toMatchObject({
      outlet: expect.stringMatching(/^Báo lệch/),
      quoted: "Có 3 triệu người tham gia.",
      baseQuoted: "Dự kiến có 2 triệu người tham gia.",
      kinds: ["NUMBER", "HEDGE_DROPPED"],
    });
    // Only public fields: outlets and the words they printed.
    expect(Object.keys(drifts[0]!).sort()).toEqual([
      "baseOutlet",
      "baseQuoted",
      "id",
      "kinds",
      "outlet",
      "quoted",
    ]);

    const misquoted = await setClaimVerification(
      reviewer,
      claim.id,
      verificationSchema.parse({
        verification: "MISQUOTED",
        note: "Báo lệch trích dẫn khác bản sớm nhất.",
        reason: "Lời trích dẫn khác với bản đăng sớm nhất.",
        version: approved.version,
      }),
    );
    expect(misquoted.publicTags).toContain(publicTag.claim(row.slug));
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).verification).toBe(
      "MISQUOTED",
    );

    // Confirming on a published claim expires its public pages.
    const more = await claimQuotedBy(
      { words: "Ông Nguyễn Văn An nói vậy.", day: "2025-08-01" },
      { words: "Ông Trần Văn Bình nói vậy.", day: "2025-08-02" },
    );
    const moreRow = await prisma.claim.findUniqueOrThrow({ where: { id: more.claim.id } });
    const s2 = await transitionClaim(
      owner,
      more.claim.id,
      transitionSchema.parse({ transition: "submit", version: moreRow.version }),
    );
    await transitionClaim(
      reviewer,
      more.claim.id,
      transitionSchema.parse({ transition: "approve", version: s2.version }),
    );
    const onPublished = await confirmQuoteDrift(reviewer, more.claim.id, {
      appearanceId: more.appearanceIds[1]!,
    });
    expect(onPublished.publicTags).toContain(publicTag.claim(moreRow.slug));
    expect(onPublished.outboxId).not.toBeNull();
  });
});
