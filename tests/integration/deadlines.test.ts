import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims/service";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { extractDeadline } from "@/lib/deadlines/extract";
import { deliverDeadlineReminder } from "@/lib/deadlines/remind";
import { sweepDeadlines } from "@/lib/deadlines/sweep";
import { findSaidBefore } from "@/lib/ingest/said-before";
import { acceptCandidate } from "@/lib/ingest/service";
import { acceptCandidateSchema, saidBeforeSchema } from "@/lib/ingest/validation";
import { appliedDirectly } from "../helpers/answers";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/**
 * Issue 16, parts 5 and 6. Statements with a deadline: the due date is stored with the claim
 * (audited with its content, proposed when ingestion accepts a statement), and once it passes the
 * claim's assignee is reminded once per date, however many sweeps run and at the same moment.
 * "Has this been said before?": the claim form's matcher finds existing claims whatever the
 * diacritics, and an English translation meets the Vietnamese claim it renders.
 */
describe.each(testDatabaseKinds())("deadlines and said-before on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let speakerId: string;
  let otherSpeakerId: string;
  let demo: { quote: string; translation: string | null; saidAt: Date | null }[] = [];

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    const speakers = await prisma.speaker.findMany({
      orderBy: { slug: "asc" },
      take: 2,
      select: { id: true },
    });
    speakerId = speakers[0]!.id;
    otherSpeakerId = speakers[1]!.id;
    // The demo newsroom's own claims, before the tests add theirs.
    demo = await prisma.claim.findMany({
      where: { deletedAt: null },
      select: { quote: true, translation: true, saidAt: true },
    });
  });
  afterAll(async () => close?.());

  const newClaim = async (quote: string, extra: Record<string, unknown> = {}) =>
    createClaim(
      actors.owner,
      createClaimSchema.parse({ speakerId, quote, kind: "DIRECT", saidAt: "2025-01-01", ...extra }),
    );
  const reminders = (claimId: string) =>
    prisma.notification.count({ where: { claimId, kind: "DEADLINE_PASSED" } });

  it("stores the due date with the claim, audited and versioned; an edit without it keeps it", async () => {
    const created = await newClaim("Chúng tôi sẽ hoàn thành trong 100 ngày.", {
      deadlineAt: "2025-04-11",
      deadlinePhrase: "trong 100 ngày",
    });
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.deadlineAt?.toISOString().slice(0, 10), row.deadlinePhrase]).toEqual([
      "2025-04-11",
      "trong 100 ngày",
    ]);
    const base = { speakerId, quote: row.quote, kind: "DIRECT", saidAt: "2025-01-01" };
    // A form that does not send the date (a client of the API) leaves it as it is.
    const kept = await updateClaim(
      actors.owner,
      created.id,
      updateClaimSchema.parse({ ...base, venue: "Hà Nội", version: created.version }),
    );
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: created.id } })).deadlinePhrase).toBe(
      "trong 100 ngày",
    );
    // Cleared: null, the words with it, in the revision and the audit event.
    const cleared = await updateClaim(
      actors.owner,
      created.id,
      updateClaimSchema.parse({ ...base, deadlineAt: "", deadlinePhrase: "x", version: kept.version }),
    );
    const after = await prisma.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect([after.deadlineAt, after.deadlinePhrase]).toEqual([null, null]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "claim.update" },
      orderBy: { createdAt: "desc" },
    });
    expect((audit.before as { deadlineAt?: string }).deadlineAt).toBe("2025-04-11T00:00:00.000Z");
    expect((audit.after as { deadlineAt?: string | null }).deadlineAt).toBeNull();
    const revision = await prisma.revision.findUniqueOrThrow({
      where: { claimId_version: { claimId: created.id, version: cleared.version } },
    });
    expect((revision.snapshot as { deadlineAt?: string | null }).deadlineAt).toBeNull();
  });

  it("refuses an impossible due date with a 400 naming the field", async () => {
    expect(() =>
      createClaimSchema.parse({ speakerId, quote: "abc def", kind: "DIRECT", deadlineAt: "2025-02-30" }),
    ).toThrow(/Due date does not exist/);
  });

  it("proposes the quote's due date when ingestion accepts a statement as a new claim", async () => {
    const words = "Chúng tôi sẽ khánh thành cây cầu trước ngày 30/6/2026";
    const article = await storeTestArticle({
      title: "Lời hứa",
      text: `Ông Nam nói: “${words}.”`,
      publishedAt: new Date("2026-01-05"),
    });
    const start = Array.from(article.text.slice(0, article.text.indexOf(words))).length;
    const input = acceptCandidateSchema.parse({
      articleId: article.id,
      mode: "new",
      speakerId,
      content: { quote: words, kind: "DIRECT", saidAt: null, topics: [] },
      appearance: {
        start,
        end: start + Array.from(words).length,
        exact: words,
        chain: [{ kind: "OUTLET", label: article.outletName, outletId: article.outletId }],
      },
    });
    const answer = appliedDirectly(await acceptCandidate(actors.owner, input));
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: answer.claimId } });
    expect([claim.deadlineAt?.toISOString().slice(0, 10), claim.deadlinePhrase]).toEqual([
      "2026-06-30",
      "trước ngày 30/6/2026",
    ]);
  });

  it("reminds the assignee once per due date, and again only for a new date", async () => {
    const created = await newClaim("Giá điện sẽ giảm trong 100 ngày tới, tôi hứa.", {
      deadlineAt: "2025-04-11",
    });
    await prisma.claim.update({ where: { id: created.id }, data: { assignedEditorId: actors.editor.id } });
    const first = await sweepDeadlines();
    expect(first.length).toBeGreaterThanOrEqual(1);
    const told = await prisma.notification.findMany({
      where: { claimId: created.id, kind: "DEADLINE_PASSED" },
    });
    expect(told.map((n) => n.userId)).toEqual([actors.editor.id]);
    expect(told[0]!.actorId).toBeNull();
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.deadlineRemindedFor?.toISOString()).toBe(row.deadlineAt?.toISOString());
    // The sweep does not move the claim's updatedAt (a reminder is not a change of the claim).
    expect(row.updatedAt.getTime()).toBeLessThan(Date.now());
    const outbox = await prisma.outboxEvent.findMany({ where: { id: { in: first.map(BigInt) } } });
    expect(outbox.every((o) => o.kind === "deadline-reminder" && o.doneAt !== null)).toBe(true);

    // Again: nothing new.
    await sweepDeadlines();
    expect(await reminders(created.id)).toBe(1);
    // The outbox row delivered twice (a retry after a crash between commit and done): still one.
    await deliverDeadlineReminder(
      outbox.find((o) => (o.payload as { claimId: string }).claimId === created.id)!.payload,
    );
    expect(await reminders(created.id)).toBe(1);

    // A new date, passed too: one more reminder. A future date: none.
    await prisma.claim.update({ where: { id: created.id }, data: { deadlineAt: new Date("2025-05-01") } });
    await sweepDeadlines();
    expect(await reminders(created.id)).toBe(2);
    const future = await newClaim("Sẽ xong đến năm 2030, chắc chắn như vậy.", { deadlineAt: "2030-12-31" });
    await sweepDeadlines();
    expect(await reminders(future.id)).toBe(0);
  });

  it("concurrent sweeps (several app servers) remind each due claim exactly once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(
        (await newClaim(`Lời hứa số ${i} sẽ được thực hiện trong tuần tới.`, { deadlineAt: "2025-01-12" }))
          .id,
      );
    const queued = (
      await Promise.all([sweepDeadlines(), sweepDeadlines(), sweepDeadlines(), sweepDeadlines()])
    ).flat();
    expect(new Set(queued).size).toBe(queued.length);
    for (const id of ids) expect(await reminders(id), id).toBe(1);
    // The author is the assignee when nobody else is: told, although they created it.
    const told = await prisma.notification.findMany({
      where: { claimId: { in: ids }, kind: "DEADLINE_PASSED" },
      select: { userId: true },
    });
    expect(new Set(told.map((n) => n.userId))).toEqual(new Set([actors.owner.id]));
  });

  it("a deleted claim is not reminded of", async () => {
    const created = await newClaim("Chúng tôi sẽ làm xong trước cuối năm nay.", { deadlineAt: "2025-12-31" });
    await prisma.claim.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    await sweepDeadlines();
    expect(await reminders(created.id)).toBe(0);
  });

  describe("said before", () => {
    const ask = (q: Record<string, string>) => findSaidBefore(actors.editor, saidBeforeSchema.parse(q));

    it("finds an existing claim typed with or without diacritics", async () => {
      const quote = "Thành phố sẽ hoàn thành tuyến đường sắt đô thị số hai trước năm 2030";
      const existing = await newClaim(quote);
      for (const typed of [
        quote,
        "thanh pho se hoan thanh tuyen duong sat do thi so hai",
        quote.toUpperCase(),
      ]) {
        const matches = await ask({ quote: typed });
        expect(
          matches.map((m) => m.id),
          typed,
        ).toContain(existing.id);
      }
      // The claim being edited is not its own duplicate.
      expect((await ask({ quote, excludeId: existing.id })).map((m) => m.id)).not.toContain(existing.id);
    });

    it("meets the Vietnamese claim through its English translation, and English quotes through the form's translation", async () => {
      const viClaim = await newClaim(
        "Chính phủ cam kết xoá bỏ toàn bộ nhà tạm cho người nghèo trong năm nay",
        {
          translation: "The government pledges to eliminate all makeshift housing for the poor this year",
        },
      );
      const enClaim = await newClaim(
        "We will reopen the border crossing for trucks before the harvest season",
        {
          speakerId: otherSpeakerId,
        },
      );
      // A differently worded Vietnamese quote: only the translation meets.
      const byTranslation = await ask({
        quote: "Nhà nước hứa dẹp hết nhà tạm bợ của dân nghèo",
        translation: "The government pledges to eliminate all makeshift housing for the poor this year",
      });
      expect(byTranslation.map((m) => m.id)).toContain(viClaim.id);
      const english = await ask({
        quote: "Chúng tôi sẽ mở lại cửa khẩu cho xe tải trước mùa thu hoạch",
        translation: "We will reopen the border crossing for trucks before the harvest season",
      });
      expect(english.map((m) => m.id)).toContain(enClaim.id);
    });

    it("puts the same speaker's claim first", async () => {
      const quote = "Lãi suất cho vay mua nhà sẽ giảm xuống dưới sáu phần trăm vào quý tới";
      const other = await newClaim(quote, { speakerId: otherSpeakerId });
      const same = await newClaim(quote);
      const forSame = await ask({ quote, speakerId });
      expect(forSame[0]?.id).toBe(same.id);
      expect(forSame[0]?.sameSpeaker).toBe(true);
      const forOther = await ask({ quote, speakerId: otherSpeakerId });
      expect(forOther[0]?.id).toBe(other.id);
    });

    it("asks nothing for too few words", async () => {
      expect(await ask({ quote: "xin chào" })).toEqual([]);
    });
  });

  it("demo newsroom: due dates the seeded claims' quotes give (reported, never before the day said)", async () => {
    expect(demo.length, "the demo newsroom's claims").toBeGreaterThan(0);
    const claims = demo.filter((c) => c.saidAt);
    const found = claims.flatMap((c) => {
      const d = extractDeadline(c.quote, c.saidAt);
      return d ? [{ ...d, saidAt: c.saidAt!.toISOString().slice(0, 10) }] : [];
    });
    for (const d of found) expect(d.dueOn >= d.saidAt).toBe(true);
    console.info(
      `demo newsroom (${kind.name}): ${found.length} of ${claims.length} dated claims (${demo.length} in all) get a due date: ${found
        .map((d) => `"${d.phrase}" → ${d.dueOn}`)
        .join("; ")}`,
    );
  });
});
