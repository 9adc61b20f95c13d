import { describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { acceptCandidate } from "@/lib/ingest/service";
import { acceptCandidateSchema } from "@/lib/ingest/validation";
import { confirmSuggestion, dismissSuggestion, pairKey } from "@/lib/suggestions/service";
import { suggestionsForClaim } from "@/lib/suggestions/queries";
import { confirmSuggestionSchema } from "@/lib/suggestions/validation";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Suggested links (lib/suggestions/): written with the claim change that finds them, confirmed
 * into a real link through the link service (audited, public pages expired) or dismissed for good.
 */
describe.each(testDatabaseKinds())("link suggestions on $name", (kind) => {
  const newsroom = seededNewsroom(kind);
  let counter = 0;

  /** A speaker of its own per test, so that no seed claim is a candidate. */
  async function speaker() {
    const n = ++counter;
    return (
      await prisma.speaker.create({
        data: { slug: `goi-y-${n}-${Date.now()}`, kind: "PERSON", name: `Người gợi ý ${n}` },
      })
    ).id;
  }
  const claim = async (speakerId: string, quote: string, saidAt: string) =>
    createClaim(newsroom.actors.owner, createClaimSchema.parse({ speakerId, quote, kind: "DIRECT", saidAt }));
  const suggestionOf = (x: string, y: string) =>
    prisma.linkSuggestion.findUnique({ where: { pairKey: pairKey(x, y) } });

  it("creating a claim that negates the same speaker's earlier one suggests CONTRADICTS, with the cue highlighted", async () => {
    const sp = await speaker();
    const earlier = await claim(sp, "Chúng tôi sẽ tham gia hội nghị thượng đỉnh tại Geneva.", "2025-03-01");
    const unrelated = await claim(sp, "Giá điện sẽ được giữ ổn định đến hết năm.", "2025-03-02");
    const later = await claim(
      sp,
      "Chúng tôi sẽ không tham gia hội nghị thượng đỉnh tại Geneva.",
      "2025-04-01",
    );
    const s = await suggestionOf(earlier.id, later.id);
    expect(s).toMatchObject({
      status: "OPEN",
      type: "CONTRADICTS",
      fromClaimId: later.id,
      toClaimId: earlier.id,
      reasons: ["polarity"],
    });
    const marked = (s!.fromHighlights as { start: number; end: number }[]).map((h) =>
      Array.from(s!.fromQuote).slice(h.start, h.end).join(""),
    );
    expect(marked).toEqual(["không"]);
    expect(await suggestionOf(unrelated.id, later.id)).toBeNull();
    const panel = await suggestionsForClaim(newsroom.actors.reviewer, earlier.id);
    expect(panel.map((p) => [p.type, p.later.id, p.earlier.id])).toEqual([
      ["CONTRADICTS", later.id, earlier.id],
    ]);
  });

  it("editing a claim's figure suggests UPDATES; editing it back removes the open suggestion", async () => {
    const sp = await speaker();
    const earlier = await claim(sp, "Xuất khẩu gạo năm nay ước đạt 7,5 triệu tấn.", "2025-05-01");
    const later = await claim(sp, "Nông nghiệp sẽ chuyển đổi số mạnh mẽ.", "2025-06-01");
    expect(await suggestionOf(earlier.id, later.id)).toBeNull();
    const content = {
      speakerId: sp,
      quote: "Xuất khẩu gạo năm nay ước đạt 8 triệu tấn.",
      kind: "DIRECT",
      saidAt: "2025-06-01",
    };
    const edited = await updateClaim(
      newsroom.actors.owner,
      later.id,
      updateClaimSchema.parse({ ...content, version: later.version }),
    );
    expect(await suggestionOf(earlier.id, later.id)).toMatchObject({
      status: "OPEN",
      type: "UPDATES",
      reasons: ["number"],
    });
    await updateClaim(
      newsroom.actors.owner,
      later.id,
      updateClaimSchema.parse({
        ...content,
        quote: "Nông nghiệp sẽ chuyển đổi số.",
        version: edited.version,
      }),
    );
    expect(await suggestionOf(earlier.id, later.id)).toBeNull();
  });

  it("accepting a statement from ingestion suggests a link to the speaker's earlier claim", async () => {
    const sp = await speaker();
    const article = await prisma.article.findUniqueOrThrow({
      where: { slug: "miami-talks-wrap-2025-12-22" },
      select: { id: true, text: true, outletId: true, outlet: { select: { name: true } } },
    });
    const words = "Ukraine và Mỹ đã tiến hành một loạt cuộc họp thực chất tại Miami";
    const at = article.text.indexOf(words);
    expect(at, "the words in the seed article (SEED_ARTICLES_DIR)").toBeGreaterThanOrEqual(0);
    const start = Array.from(article.text.slice(0, at)).length;
    const earlier = await claim(
      sp,
      "Ukraine và Mỹ chưa tiến hành một loạt cuộc họp thực chất tại Miami.",
      "2025-12-01",
    );
    const accepted = await acceptCandidate(
      newsroom.actors.owner,
      acceptCandidateSchema.parse({
        articleId: article.id,
        mode: "new",
        speakerId: sp,
        content: { quote: words, kind: "INDIRECT", saidAt: "2025-12-22", topics: [] },
        appearance: {
          start,
          end: start + Array.from(words).length,
          exact: words,
          chain: [{ kind: "OUTLET", label: article.outlet.name, outletId: article.outletId }],
        },
      }),
    );
    const claimId = (accepted as { claimId: string }).claimId;
    expect(await suggestionOf(earlier.id, claimId)).toMatchObject({
      status: "OPEN",
      type: "CONTRADICTS",
      fromClaimId: claimId,
      toClaimId: earlier.id,
    });
  });

  it("two claims of a pair edited at the same time both save, with one suggestion between them", async () => {
    const sp = await speaker();
    const a = await claim(sp, "Bộ sẽ mở cửa khẩu Lào Cai.", "2025-08-01");
    const b = await claim(sp, "Bộ sẽ mở cửa khẩu Lào Cai vào tuần sau.", "2025-08-02");
    expect(await suggestionOf(a.id, b.id)).toBeNull();
    const edit = (c: { id: string; version: number }, quote: string, saidAt: string) =>
      updateClaim(
        newsroom.actors.owner,
        c.id,
        updateClaimSchema.parse({ speakerId: sp, quote, kind: "DIRECT", saidAt, version: c.version }),
      );
    // Each edit, against the other's text as it sees it, finds the same pair.
    const [ea, eb] = await Promise.all([
      edit(a, "Bộ sẽ không mở cửa khẩu Lào Cai.", "2025-08-01"),
      edit(b, "Bộ sẽ không mở cửa khẩu Lào Cai vào tuần sau.", "2025-08-02"),
    ]);
    expect([ea.version, eb.version]).toEqual([2, 2]);
    expect(
      await prisma.linkSuggestion.count({ where: { pairKey: pairKey(a.id, b.id) } }),
    ).toBeLessThanOrEqual(1);
  });

  it("a reviewer's confirmation makes the link through the link service, audited; a second decision is refused", async () => {
    const sp = await speaker();
    const a = await claim(sp, "Vòng đàm phán tiếp theo sẽ diễn ra tại Istanbul.", "2025-01-10");
    const b = await claim(sp, "Vòng đàm phán tiếp theo sẽ diễn ra tại Riyadh.", "2025-02-10");
    const s = (await suggestionOf(a.id, b.id))!;
    expect(s.type).toBe("UPDATES");
    const { editor, reviewer } = newsroom.actors;
    await expectAppError(confirmSuggestion(editor, s.id, confirmSuggestionSchema.parse({})), "FORBIDDEN");
    const done = await confirmSuggestion(
      reviewer,
      s.id,
      confirmSuggestionSchema.parse({ note: "Đổi địa điểm." }),
    );
    expect(done.status).toBe("CONFIRMED");
    const link = await prisma.claimLink.findUniqueOrThrow({ where: { id: done.linkId! } });
    expect(link).toMatchObject({
      fromClaimId: b.id,
      toClaimId: a.id,
      type: "UPDATES",
      note: "Đổi địa điểm.",
    });
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: { in: [s.id, link.id] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["link.create", reviewer.id],
      ["suggestion.confirm", reviewer.id],
    ]);
    expect(await prisma.linkSuggestion.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      status: "CONFIRMED",
      decidedById: reviewer.id,
      linkId: link.id,
    });
    const again = await expectAppError(dismissSuggestion(reviewer, s.id), "CONFLICT");
    expect(again.reason).toBe("already_decided");
    expect(await suggestionsForClaim(reviewer, a.id)).toEqual([]);
  });

  it("a dismissal is audited and remembered: editing either claim never proposes the pair again", async () => {
    const sp = await speaker();
    const a = await claim(sp, "Bộ Công an đã hoàn tất điều tra vụ án.", "2025-07-01");
    const b = await claim(sp, "Bộ Công an chưa hoàn tất điều tra vụ án.", "2025-07-05");
    const s = (await suggestionOf(a.id, b.id))!;
    expect(s.status).toBe("OPEN");
    await dismissSuggestion(newsroom.actors.admin, s.id);
    expect(await prisma.auditEvent.count({ where: { entityId: s.id, action: "suggestion.dismiss" } })).toBe(
      1,
    );
    const current = await prisma.claim.findUniqueOrThrow({ where: { id: b.id } });
    await updateClaim(
      newsroom.actors.owner,
      b.id,
      updateClaimSchema.parse({
        speakerId: sp,
        quote: "Bộ Công an vẫn chưa hoàn tất điều tra vụ án.",
        kind: "DIRECT",
        saidAt: "2025-07-05",
        version: current.version,
      }),
    );
    const after = await prisma.linkSuggestion.findMany({
      where: { OR: [{ fromClaimId: b.id }, { toClaimId: b.id }] },
    });
    expect(after.map((x) => [x.id, x.status])).toEqual([[s.id, "DISMISSED"]]);
    expect(await suggestionsForClaim(newsroom.actors.reviewer, b.id)).toEqual([]);
    expect(
      await prisma.claimLink.count({ where: { OR: [{ fromClaimId: b.id }, { toClaimId: b.id }] } }),
    ).toBe(0);
  });
});
