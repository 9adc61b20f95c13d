import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, transitionClaim } from "@/lib/claims/service";
import { createClaimSchema, transitionSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { deliverOutboxEvent } from "@/lib/edge/outbox";
import { startOutboxWorker, stopOutboxWorker } from "@/lib/edge/outbox-worker";
import { env } from "@/lib/env";
import { digestBoundary, EMAIL_OUTBOX_KIND, queueDailyDigests } from "@/lib/notifications/email";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/queries";
import { markNotificationsRead, setEmailFrequency } from "@/lib/notifications/service";
import { markReadSchema, notificationListQuery } from "@/lib/notifications/validation";
import type { Actor } from "@/lib/permissions";
import { seededNewsroom } from "../helpers/app-db";
import { testDatabaseKinds } from "../helpers/databases";
import { addSourceTo } from "../helpers/sources";
import { startSmtp } from "../helpers/smtp";

/**
 * Notifications (issue 14): who a workflow step tells (never the actor), what the notification
 * centre reads (only one's own, never a deleted claim), and the e-mails — sent through the outbox
 * to a local SMTP server started here: immediately, after a mail server outage exactly once, as
 * one daily digest, or not at all.
 */
describe.each(testDatabaseKinds())("notifications on $name", (kind) => {
  const n = seededNewsroom(kind, { speakerSlug: "yuri-ushakov" });
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let counter = 0;

  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp?.stop();
  });

  const draft = (by: Actor, quote = `Phát ngôn thử thông báo số ${++counter}: “đàm phán ba bên”.`) =>
    createClaim(
      by,
      createClaimSchema.parse({
        speakerId: n.speakerId,
        quote,
        kind: "DIRECT",
        saidAt: "2025-12-20",
        topics: ["trilateral-talks"],
      }),
    );
  const move = (by: Actor, c: { id: string; version: number }, t: string, reason?: string) =>
    transitionClaim(by, c.id, transitionSchema.parse({ transition: t, version: c.version, reason }));
  const told = async (claimId: string, kind: string) =>
    (
      await prisma.notification.findMany({
        where: { claimId, kind: kind as never },
        select: { userId: true },
      })
    )
      .map((r) => r.userId)
      .sort();
  /** The e-mail outbox rows carrying a notification about this claim (to this person). */
  const emailRows = (claimId: string, userId?: string) =>
    prisma.outboxEvent.findMany({ where: { kind: EMAIL_OUTBOX_KIND }, orderBy: { id: "asc" } }).then((rows) =>
      rows.filter((r) => {
        const payload = r.payload as { notificationIds: string[]; userId: string };
        return (
          (!userId || payload.userId === userId) &&
          payload.notificationIds.some((id) => claimNotificationIds.get(claimId)?.has(id))
        );
      }),
    );
  const claimNotificationIds = new Map<string, Set<string>>();
  const remember = async (claimId: string) => {
    const rows = await prisma.notification.findMany({ where: { claimId }, select: { id: true } });
    claimNotificationIds.set(claimId, new Set(rows.map((r) => r.id)));
  };

  describe("workflow steps", () => {
    it("tells every active reviewer of a submission when none is assigned, the assigned one otherwise, never the actor", async () => {
      const { owner, reviewer, admin, editor } = n.actors;
      const c = await draft(owner);
      await move(owner, c, "submit");
      expect(await told(c.id, "SUBMITTED")).toEqual([reviewer.id]);

      const other = await draft(owner);
      await prisma.claim.update({ where: { id: other.id }, data: { assignedReviewerId: admin.id } });
      await move(owner, other, "submit");
      expect(await told(other.id, "SUBMITTED")).toEqual([admin.id]);

      // A disabled reviewer is told nothing; an admin submitting their own claim tells the pool.
      await prisma.user.create({
        data: {
          email: "reviewer-disabled@claimledger.test",
          name: "Reviewer Disabled",
          role: "REVIEWER",
          passwordHash: "unused",
          disabledAt: new Date(),
        },
      });
      const third = await draft(admin);
      await move(admin, third, "submit");
      expect(await told(third.id, "SUBMITTED")).toEqual([reviewer.id]);
      expect(await prisma.notification.count({ where: { claimId: third.id, userId: editor.id } })).toBe(0);
    });

    it("tells the author, the assignees and the watchers of a decision with its reason, never the actor", async () => {
      const { owner, reviewer, admin, editor } = n.actors;
      const c = await draft(owner);
      await addSourceTo(c.id);
      const submitted = await move(owner, c, "submit");
      const topic = await prisma.topic.findUniqueOrThrow({ where: { slug: "trilateral-talks" } });
      // The editor watches the speaker, the admin the topic, and the acting reviewer the claim.
      await prisma.watch.createMany({
        data: [
          { userId: editor.id, speakerId: n.speakerId },
          { userId: admin.id, topicId: topic.id },
          { userId: reviewer.id, claimId: c.id },
        ],
      });
      const asked = await move(reviewer, submitted, "request_changes", "Thiếu nguồn gốc của câu trích dẫn.");
      expect(await told(c.id, "CHANGES_REQUESTED")).toEqual([owner.id, editor.id, admin.id].sort());
      const note = await prisma.notification.findFirstOrThrow({
        where: { claimId: c.id, kind: "CHANGES_REQUESTED", userId: owner.id },
      });
      expect(note.note).toBe("Thiếu nguồn gốc của câu trích dẫn.");
      expect(note.actorId).toBe(reviewer.id);

      const again = await move(owner, asked, "submit");
      const approved = await move(reviewer, again, "approve");
      expect(await told(c.id, "APPROVED")).toEqual([owner.id, editor.id, admin.id].sort());
      await move(admin, approved, "retract", "Câu nói đã bị bác bỏ bởi nguồn chính thức.");
      // The admin retracts: the reviewer watching the claim is told, the admin (actor) is not.
      expect(await told(c.id, "RETRACTED")).toEqual([owner.id, editor.id, reviewer.id].sort());
      await prisma.watch.deleteMany({});
    });

    it("tells nobody of a withdrawal, and writes nothing when the transition is refused", async () => {
      const { owner, reviewer } = n.actors;
      const c = await draft(owner);
      const submitted = await move(owner, c, "submit");
      const before = await prisma.notification.count();
      await move(owner, submitted, "withdraw");
      expect(await prisma.notification.count()).toBe(before);
      // Refused (stale version): the transaction rolls back, notifications with it.
      await expect(move(reviewer, submitted, "reject")).rejects.toThrow();
      expect(await prisma.notification.count()).toBe(before);
    });
  });

  describe("reading", () => {
    it("answers exactly { unread, data } with one's own notifications, newest first, page by page", async () => {
      const { owner, reviewer } = n.actors;
      const a = await draft(owner, "Câu thứ nhất để đọc thông báo.");
      await move(owner, a, "submit");
      const b = await draft(owner, "Câu thứ hai để đọc thông báo.");
      await move(owner, b, "submit");

      const page = await listNotifications(reviewer, notificationListQuery.parse({ limit: "2" }));
      expect(Object.keys(page).sort()).toEqual(["data", "unread"]);
      expect(page.unread).toBe(
        await prisma.notification.count({ where: { userId: reviewer.id, readAt: null } }),
      );
      expect(page.data).toHaveLength(2);
      const [newest, next] = page.data;
      expect(newest).toMatchObject({
        kind: "SUBMITTED",
        readAt: null,
        claim: { id: b.id, quote: "Câu thứ hai để đọc thông báo.", status: "IN_REVIEW" },
        actor: { name: owner.name },
        href: `/dashboard/claims/${b.id}`,
        sentence: { key: "SUBMITTED", values: { actor: owner.name, claim: "Câu thứ hai để đọc thông báo." } },
      });
      expect(next!.claim!.id).toBe(a.id);
      expect(new Date(newest!.createdAt) >= new Date(next!.createdAt)).toBe(true);

      const older = await listNotifications(
        reviewer,
        notificationListQuery.parse({ cursor: next!.id, limit: "50" }),
      );
      expect(older.data.map((d) => d.id)).not.toContain(newest!.id);
      expect(older.data.map((d) => d.id)).not.toContain(next!.id);
      // Another person's notification id as the cursor pages nothing.
      const ownersOwn = await prisma.notification.findFirstOrThrow({ where: { userId: owner.id } });
      expect(
        (await listNotifications(reviewer, notificationListQuery.parse({ cursor: ownersOwn.id }))).data,
      ).toEqual([]);
      const all = await listNotifications(reviewer, notificationListQuery.parse({ limit: "100" }));
      expect(all.data.every((d) => d.claim === null || d.href === `/dashboard/claims/${d.claim.id}`)).toBe(
        true,
      );
      const ownIds = new Set(
        (await prisma.notification.findMany({ where: { userId: reviewer.id }, select: { id: true } })).map(
          (r) => r.id,
        ),
      );
      expect(all.data.every((d) => ownIds.has(d.id))).toBe(true);
    });

    it("leaves out a deleted claim from the list and the count", async () => {
      const { owner, reviewer } = n.actors;
      const c = await draft(owner, "Câu sẽ bị xoá sau khi gửi duyệt.");
      await move(owner, c, "submit");
      const before = await countUnreadNotifications(reviewer);
      await prisma.claim.update({ where: { id: c.id }, data: { deletedAt: new Date() } });
      expect(await countUnreadNotifications(reviewer)).toBe(before - 1);
      const page = await listNotifications(reviewer, notificationListQuery.parse({ limit: "100" }));
      expect(page.data.some((d) => d.claim?.id === c.id)).toBe(false);
      expect(JSON.stringify(page)).not.toContain("Câu sẽ bị xoá");
    });

    it("marks only one's own notifications read, idempotently, one by one or all", async () => {
      const { owner, reviewer } = n.actors;
      const c = await draft(owner);
      await move(owner, c, "submit");
      const mine = await prisma.notification.findFirstOrThrow({
        where: { userId: reviewer.id, claimId: c.id },
      });
      const theirs = await prisma.notification.findFirstOrThrow({
        where: { userId: owner.id, readAt: null },
      });
      const unread = await countUnreadNotifications(reviewer);
      const first = await markNotificationsRead(
        reviewer,
        markReadSchema.parse({ ids: [mine.id, theirs.id] }),
      );
      expect(first).toEqual({ marked: 1, unread: unread - 1 });
      expect((await prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
      const readAt = (await prisma.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt;
      expect(readAt).not.toBeNull();
      expect(await markNotificationsRead(reviewer, markReadSchema.parse({ ids: [mine.id] }))).toEqual({
        marked: 0,
        unread: unread - 1,
      });
      expect((await prisma.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toEqual(
        readAt,
      );
      const everything = await markNotificationsRead(reviewer, markReadSchema.parse({ all: true }));
      expect(everything.unread).toBe(0);
      expect(await prisma.notification.count({ where: { userId: owner.id, readAt: null } })).toBeGreaterThan(
        0,
      );
      expect(markReadSchema.safeParse({ all: false }).success).toBe(false);
      expect(markReadSchema.safeParse({ ids: [] }).success).toBe(false);
      expect(markReadSchema.safeParse({ ids: ["../x"] }).success).toBe(false);
    });
  });

  describe("e-mail", () => {
    it("sends an immediate e-mail to the recipient, with the claim's link, exactly once", async () => {
      const { owner, reviewer } = n.actors;
      const c = await draft(owner, "Ông Ushakov nói không có định dạng ba bên nào đang được xây dựng.");
      await move(owner, c, "submit");
      await remember(c.id);
      const rows = await emailRows(c.id);
      expect(rows).toHaveLength(1);
      const notification = await prisma.notification.findFirstOrThrow({ where: { claimId: c.id } });
      expect(notification.emailedAt).not.toBeNull();
      const sent = smtp.received.length;
      // Two deliverers at once (the sweeps of two servers): the lease lets one send.
      await Promise.all([deliverOutboxEvent(String(rows[0]!.id)), deliverOutboxEvent(String(rows[0]!.id))]);
      await deliverOutboxEvent(String(rows[0]!.id));
      expect(smtp.received.length - sent).toBe(1);
      const mail = smtp.received.at(-1)!;
      expect(mail.to).toEqual([reviewer.email]);
      expect(mail.subject).toBe(
        `[ClaimLedger] ${owner.name} đã gửi duyệt “Ông Ushakov nói không có định dạng ba bên nào đang được xây dựng.”`,
      );
      const link = `${env.SITE_URL}/dashboard/claims/${c.id}`;
      expect(mail.text).toContain(link);
      expect(mail.text).toContain(`${owner.name} submitted “Ông Ushakov nói`);
      expect(mail.html).toContain(`href="${link}"`);
      const row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: rows[0]!.id } });
      expect(row.doneAt).not.toBeNull();
      expect(row.lastError).toBeNull();
    });

    it("keeps the e-mail in the outbox while the mail server is down and delivers it once when it is back", async () => {
      const { owner, reviewer } = n.actors;
      await smtp.stop();
      const c = await draft(owner, "Câu gửi khi máy chủ thư ngừng hoạt động.");
      await move(owner, c, "submit");
      await remember(c.id);
      const [row] = await emailRows(c.id);
      const id = String(row!.id);
      const sent = smtp.received.length;
      const started = Date.now();
      expect(await deliverOutboxEvent(id)).toBe(false);
      const failedIn = Date.now() - started;
      const failed = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } });
      expect(failed.doneAt).toBeNull();
      expect(failed.attempts).toBe(1);
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      // Not due yet: a sweep leaves it alone (the backoff), and nothing was sent.
      expect(await deliverOutboxEvent(id)).toBe(true);
      expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } })).attempts).toBe(1);
      console.log(
        `[notifications] SMTP down: attempt failed in ${failedIn} ms, retry in ${failed.nextAttemptAt.getTime() - Date.now()} ms, lastError: ${failed.lastError}`,
      );

      await smtp.start();
      await new Promise((r) => setTimeout(r, Math.max(0, failed.nextAttemptAt.getTime() - Date.now()) + 50));
      expect(await deliverOutboxEvent(id)).toBe(true);
      expect(await deliverOutboxEvent(id)).toBe(true);
      expect(smtp.received.length - sent).toBe(1);
      expect(smtp.received.at(-1)!.to).toEqual([reviewer.email]);
      const done = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } });
      expect(done.doneAt).not.toBeNull();
      expect(done.attempts).toBe(2);
      expect(done.lastError).toBeNull();
    });

    it("is sent by the outbox worker on its own, retried while the mail server is down, and delivered once", async () => {
      const { owner, reviewer } = n.actors;
      await smtp.stop();
      await startOutboxWorker();
      try {
        const q = "Câu do bộ gửi thư nền chuyển đi.";
        const c = await draft(owner, q);
        await move(owner, c, "submit");
        await remember(c.id);
        const [row] = await emailRows(c.id, reviewer.id);
        // The worker tries, fails, and keeps the row with the error for its next attempt.
        await expect
          .poll(
            async () => (await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } })).attempts,
            {
              timeout: 15_000,
            },
          )
          .toBeGreaterThanOrEqual(2);
        const waiting = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } });
        expect(waiting.doneAt).toBeNull();
        expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
        const arrived = () =>
          smtp.received.filter((m) => m.to.includes(reviewer.email) && m.subject.includes(q));
        await smtp.start();
        const back = Date.now();
        await expect.poll(() => arrived().length, { timeout: 40_000 }).toBe(1);
        const attempts = (await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } })).attempts;
        console.log(
          `[notifications] worker: mail arrived ${Date.now() - back} ms after the SMTP server came back, attempt ${attempts}`,
        );
        await expect
          .poll(async () => (await prisma.outboxEvent.findUniqueOrThrow({ where: { id: row!.id } })).doneAt, {
            timeout: 10_000,
          })
          .not.toBeNull();
        // A few more sweeps: nothing is sent again.
        await new Promise((r) => setTimeout(r, 4500));
        expect(arrived()).toHaveLength(1);
      } finally {
        await stopOutboxWorker();
        if (!smtp.running()) await smtp.start();
      }
    });

    it("gathers a DAILY person's notifications into one digest, once, and e-mails an OFF person nothing", async () => {
      const { owner, editor, reviewer } = n.actors;
      expect(await setEmailFrequency(owner, { emailFrequency: "DAILY" })).toEqual({
        emailFrequency: "DAILY",
      });
      const audit = await prisma.auditEvent.findFirstOrThrow({
        where: { entityType: "User", entityId: owner.id, action: "account.notification_settings" },
        orderBy: { id: "desc" },
      });
      expect(audit.after).toEqual({ emailFrequency: "DAILY" });
      await setEmailFrequency(editor, { emailFrequency: "OFF" });

      const quotes = ["Câu thứ nhất cho bản tổng hợp.", "Câu thứ hai cho bản tổng hợp."];
      for (const quote of quotes) {
        const c = await draft(owner, quote);
        await move(reviewer, await move(owner, c, "submit"), "request_changes", "Cần thêm nguồn.");
        await remember(c.id);
        expect(await emailRows(c.id, owner.id)).toHaveLength(0);
      }
      const offClaim = await draft(editor, "Câu của người đã tắt thư.");
      await move(reviewer, await move(editor, offClaim, "submit"), "reject", "Không đủ căn cứ.");
      await remember(offClaim.id);
      expect(await told(offClaim.id, "REJECTED")).toEqual([editor.id]);
      expect(await emailRows(offClaim.id, editor.id)).toHaveLength(0);

      // Before the next digest time nothing is gathered; after it, one digest, and only once.
      const pending = await prisma.notification.count({
        where: { userId: owner.id, emailedAt: null, readAt: null },
      });
      expect(pending).toBeGreaterThanOrEqual(2);
      expect(await queueDailyDigests(new Date())).toBe(0);
      const tomorrow = new Date(digestBoundary(new Date()).getTime() + 24 * 60 * 60 * 1000 + 60_000);
      expect(await queueDailyDigests(tomorrow)).toBe(1);
      expect(await queueDailyDigests(tomorrow)).toBe(0);
      const digests = (
        await prisma.outboxEvent.findMany({ where: { kind: EMAIL_OUTBOX_KIND, doneAt: null } })
      ).filter((r) => (r.payload as { digest: boolean; userId: string }).digest);
      expect(digests).toHaveLength(1);
      expect((digests[0]!.payload as { userId: string }).userId).toBe(owner.id);
      expect((digests[0]!.payload as { notificationIds: string[] }).notificationIds).toHaveLength(pending);
      // The OFF person's notification is never gathered.
      expect(
        (await prisma.notification.findFirstOrThrow({ where: { claimId: offClaim.id, userId: editor.id } }))
          .emailedAt,
      ).toBeNull();

      const sent = smtp.received.length;
      expect(await deliverOutboxEvent(String(digests[0]!.id))).toBe(true);
      expect(smtp.received.length - sent).toBe(1);
      const mail = smtp.received.at(-1)!;
      expect(mail.to).toEqual([owner.email]);
      expect(mail.subject).toBe(`[ClaimLedger] ${pending} thông báo từ toà soạn`);
      for (const quote of quotes) {
        expect(mail.text).toContain(`${reviewer.name} đã yêu cầu sửa “${quote}”`);
        expect(mail.text).toContain(`${reviewer.name} asked for changes to “${quote}”`);
      }
      expect(mail.text).toContain("Lý do: Cần thêm nguồn.");
      expect(
        smtp.received.some((m) => m.to.includes(editor.email) && m.text.includes("người đã tắt thư")),
      ).toBe(false);
      await setEmailFrequency(owner, { emailFrequency: "IMMEDIATE" });
      await setEmailFrequency(editor, { emailFrequency: "IMMEDIATE" });
    });
  });
});
