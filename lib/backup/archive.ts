import type { PrismaClient } from "../generated/prisma/client";
import { newWebhookSecret } from "../webhooks/signature";

/**
 * A portable archive of a newsroom: every table that holds its record, in dependency order,
 * as plain JSON (dates as ISO strings, big integers as strings). Users keep their accounts but
 * no reusable secret: password hashes are not exported (restored accounts need a new password),
 * nor webhook signing secrets (restored endpoints are disabled until their secret is rotated),
 * and neither is the session secret or the sign-in throttling state.
 */
export const ARCHIVE_FORMAT = "claimledger-archive";
export const ARCHIVE_VERSION = 1;

export const TABLES = [
  "user",
  "speaker",
  "outlet",
  "article",
  "articleSnapshot",
  "topic",
  "claim",
  "claimTopic",
  "appearance",
  "attributionNode",
  "claimLink",
  "linkSuggestion",

  "quoteDrift",
  "annotation",
  "annotationMention",
  "pendingChange",
  "ingestDecision",
  "checklistItem",
  "claimCheck",
  "sourcingAck",
  "watch",
  "notification",
  "webhookEndpoint",
  "webhookDelivery",
  "revision",
  "auditEvent",
] as const;

/**
 * Tables an archive leaves out, and why: sign-in throttling and the session secret (state, and a
 * secret), outbox rows (work already done or redone by the restored servers), migrations (the
 * target is migrated before restoring). Every other table is in TABLES: a unit test compares both
 * lists with schema.prisma, so a new table cannot be forgotten by backups.
 */
export const NOT_ARCHIVED = ["AppSetting", "LoginThrottle", "OutboxEvent"] as const;
export type TableName = (typeof TABLES)[number];

export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  tables: Record<TableName, Record<string, unknown>[]>;
}

const ORDER_BY: Record<TableName, Record<string, "asc">[]> = {
  user: [{ id: "asc" }],
  speaker: [{ id: "asc" }],
  outlet: [{ id: "asc" }],
  article: [{ id: "asc" }],
  articleSnapshot: [{ id: "asc" }],
  topic: [{ id: "asc" }],
  claim: [{ id: "asc" }],
  claimTopic: [{ claimId: "asc" }, { topicId: "asc" }],
  appearance: [{ id: "asc" }],
  attributionNode: [{ id: "asc" }],
  claimLink: [{ id: "asc" }],
  linkSuggestion: [{ id: "asc" }],

  quoteDrift: [{ id: "asc" }],
  annotation: [{ id: "asc" }],
  annotationMention: [{ annotationId: "asc" }, { userId: "asc" }],
  pendingChange: [{ id: "asc" }],
  ingestDecision: [{ id: "asc" }],
  checklistItem: [{ id: "asc" }],
  claimCheck: [{ id: "asc" }],
  sourcingAck: [{ id: "asc" }],
  watch: [{ id: "asc" }],
  notification: [{ id: "asc" }],
  webhookEndpoint: [{ id: "asc" }],
  webhookDelivery: [{ id: "asc" }],
  revision: [{ id: "asc" }],
  auditEvent: [{ id: "asc" }],
};

const UNUSABLE_PASSWORD = "!restored-without-password";

function plain(row: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Record<string, unknown>;
}

type Delegate = {
  findMany: (args: unknown) => Promise<Record<string, unknown>[]>;
  createMany: (args: unknown) => Promise<unknown>;
  count: () => Promise<number>;
};
const table = (db: PrismaClient, name: TableName) => (db as unknown as Record<TableName, Delegate>)[name];

export async function exportArchive(db: PrismaClient): Promise<Archive> {
  const tables = {} as Archive["tables"];
  for (const name of TABLES) {
    const rows = await table(db, name).findMany({ orderBy: ORDER_BY[name] });
    tables[name] = rows.map((r) => {
      const row = plain(r);
      if (name === "user") row.passwordHash = null; // never export a reusable secret
      if (name === "webhookEndpoint") row.secret = null; // nor a webhook signing secret
      return row;
    });
  }
  return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt: new Date().toISOString(), tables };
}

const DATE_FIELDS = new Set([
  "createdAt",
  "updatedAt",
  "deletedAt",
  "disabledAt",
  "passwordChangedAt",
  "publishedAt",
  "retractedAt",
  "saidAt",
  "resolvedAt",
  "decidedAt",
  "dueAt",
  "deadlineAt",
  "deadlineRemindedFor",
  "checkedAt",
  "acknowledgedAt",
  "retiredAt",
  "readAt",
  "emailedAt",
  "nextAttemptAt",
  "deliveredAt",
]);

function revive(name: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = DATE_FIELDS.has(k) && typeof v === "string" ? new Date(v) : v;
  if (name === "auditEvent") {
    out.id = BigInt(String(row.id));
    // The hash chain is restored as it was (same ids, times, seq and hashes: audit:verify passes);
    // an archive written before the chain existed has none, and its events are sealed on commit.
    out.seq = row.seq === null || row.seq === undefined ? null : BigInt(String(row.seq));
  }
  if (name === "user") out.passwordHash = UNUSABLE_PASSWORD;
  // Backups hold no webhook secret: a restored endpoint gets an unknown one and stays disabled
  // until an admin rotates it (the new secret is shown once) and gives it to the partner.
  if (name === "webhookEndpoint") {
    out.secret = newWebhookSecret();
    out.active = false;
  }
  return out;
}

/**
 * Loads an archive into an empty, migrated database, in one transaction. `admin` gives one
 * account of the archive a usable password in that same transaction (backups hold none): an
 * e-mail that is not in the archive is refused before anything is loaded.
 */
export async function importArchive(
  db: PrismaClient,
  archive: Archive,
  admin?: { email: string; passwordHash: string },
): Promise<Record<TableName, number>> {
  if (archive.format !== ARCHIVE_FORMAT || archive.version !== ARCHIVE_VERSION)
    throw new Error("Not a ClaimLedger archive (or an unsupported version).");
  if (
    admin &&
    !(archive.tables.user ?? []).some((u) => String(u.email).toLowerCase() === admin.email.toLowerCase())
  ) {
    throw new Error(
      `${admin.email} is not an account in this backup; nothing was restored. Name one of its accounts with --admin-email.`,
    );
  }
  for (const name of TABLES) {
    if ((await table(db, name).count()) > 0)
      throw new Error(`The target database is not empty (${name} has rows). Restore into an empty database.`);
  }
  const counts = {} as Record<TableName, number>;
  await db.$transaction(
    async (tx) => {
      for (const name of TABLES) {
        const rows = (archive.tables[name] ?? []).map((r) => revive(name, r));
        // Self-references (merged speakers, annotation threads) are set after every row exists.
        const deferred = name === "speaker" ? "mergedIntoId" : name === "annotation" ? "parentId" : null;
        const first = deferred ? rows.map((r) => ({ ...r, [deferred]: null })) : rows;
        for (let i = 0; i < first.length; i += 1000)
          await (tx as unknown as Record<TableName, Delegate>)[name].createMany({
            data: first.slice(i, i + 1000),
          });
        if (deferred) {
          // Raw SQL: a Prisma update would also move @updatedAt and the archive would not round-trip.
          const sqlTable = name === "speaker" ? '"Speaker"' : '"Annotation"';
          for (const r of rows.filter((x) => x[deferred])) {
            await tx.$executeRawUnsafe(
              `UPDATE ${sqlTable} SET "${deferred}" = $1 WHERE id = $2`,
              r[deferred],
              r.id,
            );
          }
        }
        counts[name] = rows.length;
      }
      if (admin) {
        // A new password ends every session signed before it (lib/auth/session.ts), as a password change does.
        await tx.user.update({
          where: { email: admin.email },
          data: {
            passwordHash: admin.passwordHash,
            passwordChangedAt: new Date(),
            sessionGeneration: { increment: 1 },
          },
        });
      }
      // New audit events continue after the restored ones.
      await tx.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM "AuditEvent"), 1))`,
      );
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return counts;
}
