import { z } from "zod";
import type { DbWriter } from "../audit/record";
import { prisma } from "../db";
import { env } from "../env";
import { sendMail } from "../mail/transport";
import { notificationWords, quoteExcerpt, sentence, type MailLocale } from "./sentences";

/**
 * Notification e-mails, sent through the outbox (lib/edge/outbox.ts, kind "email"): the row is
 * written in the same transaction as the notifications it carries, so a commit always has its
 * e-mail queued and a rollback never does; the outbox worker retries it with backoff while the
 * mail server refuses or is down, and marks it done once the server accepted the message, so it
 * is never sent again. `Notification.emailedAt` records that a notification was queued in an
 * e-mail (immediately, or gathered into a digest): nothing is queued twice.
 *
 * Language: a person's dashboard language lives in a browser cookie, not in the database, so the
 * e-mail cannot follow it. The newsroom works in Vietnamese, so each e-mail is in Vietnamese
 * first (subject and body) with the same text in English below it — one e-mail every member of
 * the newsroom can read, whatever their browser is set to.
 */
export const EMAIL_OUTBOX_KIND = "email";

const payloadSchema = z.object({
  userId: z.string(),
  notificationIds: z.array(z.string()).min(1),
  digest: z.boolean(),
});
export type EmailPayload = z.infer<typeof payloadSchema>;

/** Inside the transaction that wrote the notifications (or gathered them into a digest). */
export async function queueEmailInTx(tx: DbWriter, payload: EmailPayload): Promise<void> {
  await tx.outboxEvent.create({ data: { kind: EMAIL_OUTBOX_KIND, payload } });
  await tx.notification.updateMany({
    where: { id: { in: payload.notificationIds }, userId: payload.userId },
    data: { emailedAt: new Date() },
  });
}

/** The hour (UTC) from which the day's digest goes out: 00:00 UTC is 07:00 in Việt Nam. */
export const DIGEST_HOUR_UTC = 0;

/** The latest digest time at or before `now`: everything before it belongs to a digest already due. */
export function digestBoundary(now: Date): Date {
  const boundary = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC),
  );
  if (boundary > now) boundary.setUTCDate(boundary.getUTCDate() - 1);
  return boundary;
}

/**
 * The daily digest: for every active person who chose DAILY, their notifications from before the
 * last digest time that are still unread and not e-mailed go into one e-mail. Safe to run as
 * often as one likes and on several servers at once: a notification is gathered once (the
 * emailedAt guard), so a restart or a second run the same day sends nothing again. Returns how
 * many digests were queued.
 */
export async function queueDailyDigests(now = new Date()): Promise<number> {
  const before = digestBoundary(now);
  const due = await prisma.notification.groupBy({
    by: ["userId"],
    where: {
      emailedAt: null,
      readAt: null,
      createdAt: { lt: before },
      user: { emailFrequency: "DAILY", disabledAt: null },
    },
  });
  let queued = 0;
  for (const { userId } of due) {
    const done = await prisma
      .$transaction(async (tx) => {
        const rows = await tx.notification.findMany({
          where: { userId, emailedAt: null, readAt: null, createdAt: { lt: before } },
          orderBy: { createdAt: "asc" },
          select: { id: true },
        });
        if (rows.length === 0) return false;
        const ids = rows.map((r) => r.id);
        // Another server gathering the same digest at the same moment: the second one to claim
        // the rows finds fewer than it read and steps back.
        const { count } = await tx.notification.updateMany({
          where: { id: { in: ids }, emailedAt: null },
          data: { emailedAt: new Date() },
        });
        if (count !== ids.length) throw new DigestRace();
        await tx.outboxEvent.create({
          data: { kind: EMAIL_OUTBOX_KIND, payload: { userId, notificationIds: ids, digest: true } },
        });
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof DigestRace) return false;
        throw error;
      });
    if (done) queued++;
  }
  return queued;
}

class DigestRace extends Error {}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface MailItem {
  sentence: Record<MailLocale, string>;
  reason: Record<MailLocale, string> | null;
  url: string | null;
}

/** The e-mail (subject, plain text, simple HTML) for these notifications, or null when none remains to tell. */
export async function composeEmail(payload: EmailPayload) {
  const user = await prisma.user.findUnique({
    where: { id: payload.userId },
    select: { email: true, disabledAt: true, emailFrequency: true },
  });
  // A person disabled or who turned e-mail off since the row was queued is not written to.
  if (!user || user.disabledAt || user.emailFrequency === "OFF") return null;
  const rows = await prisma.notification.findMany({
    where: { id: { in: payload.notificationIds }, userId: payload.userId },
    orderBy: { createdAt: "asc" },
    select: {
      kind: true,
      note: true,
      claimId: true,
      claim: { select: { quote: true, deletedAt: true } },
      actor: { select: { name: true } },
    },
  });
  const words = { vi: notificationWords("vi"), en: notificationWords("en") };
  const origin = env.SITE_URL;
  const items: MailItem[] = rows
    // A claim deleted since is not named in an e-mail.
    .filter((r) => !r.claim?.deletedAt)
    .map((r) => {
      const parts = {
        kind: r.kind,
        actorName: r.actor?.name ?? null,
        claimExcerpt: r.claim ? quoteExcerpt(r.claim.quote) : null,
      };
      return {
        sentence: { vi: sentence(words.vi, parts), en: sentence(words.en, parts) },
        reason: r.note
          ? { vi: words.vi("reason", { note: r.note }), en: words.en("reason", { note: r.note }) }
          : null,
        url: r.claimId ? `${origin}/dashboard/claims/${r.claimId}` : null,
      };
    });
  if (items.length === 0) return null;
  const first = items[0]!;
  const subject = payload.digest
    ? `[ClaimLedger] ${words.vi("email.subjectDigest", { count: items.length })}`
    : `[ClaimLedger] ${first.sentence.vi}`;
  const accountUrl = `${origin}/account`;
  const section = (locale: MailLocale) => {
    const t = words[locale];
    const lines: string[] = payload.digest ? [t("email.digestIntro"), ""] : [];
    for (const item of items) {
      lines.push(payload.digest ? `• ${item.sentence[locale]}` : item.sentence[locale]);
      if (item.reason) lines.push(`  ${item.reason[locale]}`);
      if (item.url) lines.push(`  ${t("email.open", { url: item.url })}`);
      lines.push("");
    }
    lines.push(t("email.footer", { url: accountUrl }));
    return lines.join("\n");
  };
  const text = `${section("vi")}\n\n— English —\n\n${section("en")}\n`;
  const htmlSection = (locale: MailLocale, lang: string) => {
    const t = words[locale];
    const list = items
      .map((item) => {
        const link = item.url
          ? `<br><a href="${escapeHtml(item.url)}">${escapeHtml(t("email.open", { url: item.url }))}</a>`
          : "";
        const reason = item.reason ? `<br>${escapeHtml(item.reason[locale])}` : "";
        return `<li>${escapeHtml(item.sentence[locale])}${reason}${link}</li>`;
      })
      .join("");
    const intro = payload.digest ? `<p>${escapeHtml(t("email.digestIntro"))}</p>` : "";
    const footer = `<p style="color:#666;font-size:12px">${escapeHtml(t("email.footer", { url: accountUrl }))}</p>`;
    return `<div lang="${lang}">${intro}<ul>${list}</ul>${footer}</div>`;
  };
  const html = `<!doctype html><html><body style="font-family:sans-serif">${htmlSection("vi", "vi")}<hr>${htmlSection("en", "en")}</body></html>`;
  return { to: user.email, subject, text, html };
}

/** The outbox's work for an "email" row: throws while the mail server does not accept it. */
export async function deliverEmailEvent(rawPayload: unknown): Promise<void> {
  const payload = payloadSchema.parse(rawPayload);
  const message = await composeEmail(payload);
  if (message) await sendMail(message);
}
