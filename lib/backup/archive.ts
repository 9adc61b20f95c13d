/**
 * A portable archive of a newsroom: every table that holds its record, in dependency order,
 * as plain JSON (dates as ISO strings, big integers as strings). Users keep their accounts but
 * no reusable secret: password hashes are not exported (restored accounts need a new password),
 * nor webhook signing secrets (restored endpoints are disabled until their secret is rotated),
 * and neither is the session secret or the sign-in throttling state.
 *
 * Two forms. Version 2 (what `npm run backup` writes) is a stream of lines, so that neither the
 * backup nor the restore of a million-claim archive holds it in memory: a header line, then one
 * line `["table",{row}]` per row, table after table in TABLES order and each table in primary-key
 * order (read in keyset batches), each table closed by a line with its row count and the sha256
 * of its lines, and a trailer that repeats them all. The restore checks each table's line before
 * loading the next table, and the trailer before it commits. Version 1 is one JSON document
 * (`Archive` below): older backups, which still restore, and `exportArchive` for tests.
 */
import { createHash } from "node:crypto";
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { z } from "zod";
import { verifyAuditChain } from "../audit/verify";
import type { PrismaClient } from "../generated/prisma/client";
import { newWebhookSecret } from "../webhooks/signature";

export const ARCHIVE_FORMAT = "claimledger-archive";
/** The one-document form (older backups; exportArchive). */
export const ARCHIVE_DOCUMENT_VERSION = 1;
/** The line-per-row form `npm run backup` writes. */
export const ARCHIVE_VERSION = 2;

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

/** The one-document form (version 1). */
export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  tables: Record<TableName, Record<string, unknown>[]>;
}

/** What a version 2 trailer says of each table: its row count and the sha256 of its lines. */
export type ArchiveTrailer = Record<TableName, { rows: number; sha256: string }>;

/** The primary key of each table: rows are read and written in its order, in keyset batches. */
const KEYS: Record<TableName, readonly string[]> = Object.fromEntries(
  TABLES.map((t) => [
    t,
    t === "claimTopic"
      ? ["claimId", "topicId"]
      : t === "annotationMention"
        ? ["annotationId", "userId"]
        : ["id"],
  ]),
) as unknown as Record<TableName, readonly string[]>;

/** Rows per query when reading a table and per insert when restoring it. */
export const ARCHIVE_BATCH = 1000;

const UNUSABLE_PASSWORD = "!restored-without-password";

type Delegate = {
  findMany: (args: unknown) => Promise<Record<string, unknown>[]>;
  count: () => Promise<number>;
};
type Db = PrismaClient | Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
const table = (db: Db, name: TableName) => (db as unknown as Record<TableName, Delegate>)[name];

/** A row as the archive holds it: JSON text, without the secrets no backup may carry. */
function rowJson(name: TableName, row: Record<string, unknown>): string {
  if (name === "user") row.passwordHash = null; // never export a reusable secret
  if (name === "webhookEndpoint") row.secret = null; // nor a webhook signing secret
  return JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/**
 * The rows of one table in primary-key order, `batch` per query: each query continues after the
 * last key read (WHERE key > last), so memory holds one batch and no query skips an OFFSET.
 */
async function* tableRows(db: Db, name: TableName, batch: number): AsyncGenerator<string[]> {
  const keys = KEYS[name];
  let last: Record<string, unknown> | null = null;
  for (;;) {
    const after: Record<string, unknown> | null = last;
    // Lexicographic "after": (a > x) OR (a = x AND b > y) for a two-column key, and a >= x beside
    // it: PostgreSQL starts the key's index at x only for that plain bound; the OR alone filtered
    // every earlier row of the table for each batch (165 ms a batch at 80% of 1.5M claim topics).
    const first = keys[0]!;
    const where =
      after === null
        ? {}
        : {
            [first]: { gte: after[first] },
            OR: keys.map((k, i) => ({
              ...Object.fromEntries(keys.slice(0, i).map((p) => [p, after[p]])),
              [k]: { gt: after[k] },
            })),
          };
    const rows = await table(db, name).findMany({
      where,
      orderBy: keys.map((k) => ({ [k]: "asc" })),
      take: batch,
    });
    if (rows.length === 0) return;
    const lastRow = rows.at(-1)!;
    last = Object.fromEntries(keys.map((k) => [k, lastRow[k]]));
    yield rows.map((r) => rowJson(name, r));
    if (rows.length < batch) return;
  }
}

/** The whole archive in one document (version 1): for tests and small newsrooms; backups stream. */
export async function exportArchive(db: PrismaClient): Promise<Archive> {
  const tables = {} as Archive["tables"];
  for (const name of TABLES) {
    tables[name] = [];
    for await (const rows of tableRows(db, name, ARCHIVE_BATCH))
      for (const r of rows) tables[name].push(JSON.parse(r) as Record<string, unknown>);
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_DOCUMENT_VERSION,
    createdAt: new Date().toISOString(),
    tables,
  };
}

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.string(),
});
const tableEndSchema = z.object({ table: z.enum(TABLES), rows: z.number().int().min(0), sha256: z.string() });
const trailerSchema = z.object({
  trailer: z.partialRecord(z.enum(TABLES), z.object({ rows: z.number().int().min(0), sha256: z.string() })),
});

/**
 * The archive's text (version 2), a batch of lines per chunk; `trailer` is filled in as the
 * tables are read and is complete when the iteration ends.
 */
export async function* archiveChunks(
  db: PrismaClient,
  trailer: Partial<ArchiveTrailer>,
  batch = ARCHIVE_BATCH,
): AsyncGenerator<string> {
  const header: z.infer<typeof headerSchema> = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: new Date().toISOString(),
  };
  yield `${JSON.stringify(header)}\n`;
  for (const name of TABLES) {
    const hash = createHash("sha256");
    let count = 0;
    const prefix = `[${JSON.stringify(name)},`;
    for await (const rows of tableRows(db, name, batch)) {
      const text = rows.map((r) => `${prefix}${r}]\n`).join("");
      hash.update(text, "utf8");
      count += rows.length;
      yield text;
    }
    const end: z.infer<typeof tableEndSchema> = { table: name, rows: count, sha256: hash.digest("hex") };
    trailer[name] = { rows: end.rows, sha256: end.sha256 };
    yield `${JSON.stringify(end)}\n`;
  }
  const end: z.infer<typeof trailerSchema> = { trailer };
  yield `${JSON.stringify(end)}\n`;
}

/** Writes a gzip'd version 2 archive to `destination`; returns its trailer (rows per table). */
export async function writeArchive(
  db: PrismaClient,
  destination: Writable,
  batch = ARCHIVE_BATCH,
): Promise<ArchiveTrailer> {
  const trailer: Partial<ArchiveTrailer> = {};
  await pipeline(
    Readable.from(archiveChunks(db, trailer, batch), { objectMode: false }),
    createGzip(),
    destination,
  );
  return trailer as ArchiveTrailer;
}

/**
 * The lines of an archive file, gzip'd or not, read as a stream: a gzip error (a truncated or
 * damaged file) ends the iteration with that error.
 */
export async function* archiveFileLines(file: string): AsyncGenerator<string> {
  const magic = Buffer.alloc(2);
  const fd = openSync(file, "r");
  try {
    readSync(fd, magic, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  const raw = createReadStream(file);
  let input: AsyncIterable<Buffer> = raw;
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    const gunzip = createGunzip();
    raw.on("error", (e) => gunzip.destroy(e));
    input = raw.pipe(gunzip);
  }
  yield* splitLines(input);
}

/** Lines of a byte stream (a line ends at \n, which never occurs inside a UTF-8 sequence). */
export async function* splitLines(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  try {
    for await (const chunk of input) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        pending.push(chunk.subarray(start, nl));
        yield Buffer.concat(pending).toString("utf8");
        pending = [];
        start = nl + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The archive is damaged or truncated (${reason}); nothing was restored.`);
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString("utf8");
}

/**
 * A row as it is inserted: the archive's JSON values as they are (json_populate_recordset reads
 * dates, big integers as strings, arrays and JSON columns from them), less the secrets.
 */
function revive(name: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  // The hash chain is restored as it was (same ids, times, seq and hashes: audit:verify passes);
  // an archive written before the chain existed has none, and its events are sealed on commit.
  if (name === "auditEvent" && row.seq === undefined) out.seq = null;
  if (name === "user") out.passwordHash = UNUSABLE_PASSWORD;
  // Backups hold no webhook secret: a restored endpoint gets an unknown one and stays disabled
  // until an admin rotates it (the new secret is shown once) and gives it to the partner.
  if (name === "webhookEndpoint") {
    out.secret = newWebhookSecret();
    out.active = false;
  }
  return out;
}

/** The SQL table of a model: the schema maps no names (model ClaimTopic is table "ClaimTopic"). */
const tableOf = (name: TableName) => `${name[0]!.toUpperCase()}${name.slice(1)}`;
const sqlTable = (name: TableName) => `"${tableOf(name)}"`;

/**
 * Rows of one table on their way in, inserted with one statement and one parameter: the rows as a
 * JSON array, read by json_populate_recordset. Prisma's createMany compiled a plan per batch with
 * a fragment per value, and its plan cache kept them: a 100k-claim restore held 1.3 GB and grew.
 * A statement's parameter is also kept by Prisma's debug ring buffer (its last 100 messages), so
 * a batch is capped in bytes as well as in rows. Column names come from the archive: each must be
 * a column of the table; a column no row names is left to its database default.
 */
class RowBatch {
  private rows: string[] = [];
  private bytes = 0;
  private names = new Set<string>();
  constructor(
    readonly table: TableName,
    private readonly columns: Set<string>,
  ) {}

  /** Adds a row; true when the batch is full. */
  add(row: Record<string, unknown>): boolean {
    for (const key of Object.keys(row)) {
      if (!this.columns.has(key)) throw corrupt(`${this.table} has no column ${JSON.stringify(key)}`);
      this.names.add(key);
    }
    const json = JSON.stringify(row);
    this.rows.push(json);
    this.bytes += json.length;
    return this.rows.length >= ARCHIVE_BATCH || this.bytes >= INSERT_BYTES;
  }

  async insert(tx: Db): Promise<void> {
    if (this.rows.length === 0) return;
    const columns = [...this.names].map((c) => `"${c}"`).join(", ");
    const target = sqlTable(this.table);
    const json = `[${this.rows.join(",")}]`;
    this.rows = [];
    this.bytes = 0;
    await tx.$executeRawUnsafe(
      `INSERT INTO ${target} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${target}, $1::json)`,
      json,
    );
  }
}

/** The most JSON text one insert of a restore carries (see RowBatch). */
const INSERT_BYTES = 64 * 1024;

/** The columns of a table, as the database has them. */
async function columnsOf(tx: Db, name: TableName): Promise<Set<string>> {
  const rows = await tx.$queryRawUnsafe<{ column_name: string }[]>(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
    tableOf(name),
  );
  return new Set(rows.map((r) => r.column_name));
}

/** One row of an archive on its way into the database. */
interface ArchiveRow {
  table: TableName;
  row: Record<string, unknown>;
}

/** An archive whose rows can be read once, in order; `trailer` is checked after the last row. */
interface ArchiveSource {
  version: number;
  rows: AsyncIterable<ArchiveRow>;
  /** Version 1 documents carry their users up front: an unknown admin is refused before loading. */
  users?: Record<string, unknown>[];
}

const corrupt = (why: string) =>
  new Error(`The archive is damaged or truncated (${why}); nothing was restored.`);

/**
 * Reads version 2 lines after the header: each row is counted and hashed with its table, and the
 * trailer must come last and match. Tables must come in TABLES order (that is also the order the
 * rows can be inserted in).
 */
async function* streamedRows(lines: AsyncIterator<string>): AsyncGenerator<ArchiveRow> {
  const seen = new Map<TableName, { rows: number; sha256: string }>();
  const known = new Set<string>(TABLES);
  let position = -1;
  let open: { name: TableName; rows: number; hash: ReturnType<typeof createHash> } | null = null;
  for (;;) {
    const next = await lines.next();
    if (next.done) throw corrupt("it ends before its trailer");
    const line = next.value;
    if (line.startsWith("[")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw corrupt("a row is not valid JSON");
      }
      if (
        !Array.isArray(parsed) ||
        parsed.length !== 2 ||
        typeof parsed[1] !== "object" ||
        parsed[1] === null
      )
        throw corrupt("a line is not a row");
      const name = parsed[0] as TableName;
      if (!known.has(name)) throw corrupt(`unknown table ${String(name)}`);
      if (open && open.name !== name) throw corrupt(`${open.name} has no end line`);
      if (!open) {
        const at = TABLES.indexOf(name);
        if (at <= position) throw corrupt(`table ${name} out of order`);
        position = at;
        open = { name, rows: 0, hash: createHash("sha256") };
      }
      open.rows++;
      open.hash.update(`${line}\n`, "utf8");
      yield { table: name, row: parsed[1] as Record<string, unknown> };
      continue;
    }
    let json: unknown = null;
    try {
      json = JSON.parse(line);
    } catch {
      // reported below with every other line that is neither an end line nor the trailer
    }
    // A table's end line is checked before any row of the next table is loaded, so a missing or
    // extra row is reported as such rather than as the foreign key it breaks further on.
    const end = tableEndSchema.safeParse(json);
    if (end.success) {
      const { table: name } = end.data;
      if (open && open.name !== name) throw corrupt(`${open.name} has no end line`);
      if (!open) {
        const at = TABLES.indexOf(name);
        if (at <= position) throw corrupt(`table ${name} out of order`);
        position = at;
      }
      const got = { rows: open?.rows ?? 0, sha256: (open?.hash ?? createHash("sha256")).digest("hex") };
      if (got.rows !== end.data.rows)
        throw corrupt(`${name}: ${got.rows} rows, the archive says ${end.data.rows}`);
      if (got.sha256 !== end.data.sha256) throw corrupt(`${name}: its rows do not match their sha256`);
      seen.set(name, got);
      open = null;
      continue;
    }
    const trailer = trailerSchema.safeParse(json);
    if (!trailer.success) throw corrupt("a line is neither a row, a table's end nor the trailer");
    if (open) throw corrupt(`${open.name} has no end line`);
    for (const name of TABLES) {
      const expected = trailer.data.trailer[name];
      const got = seen.get(name);
      if (!expected || !got) throw corrupt(`${name} is missing`);
      if (expected.rows !== got.rows || expected.sha256 !== got.sha256)
        throw corrupt(`${name}: the trailer does not match its rows`);
    }
    if (!(await lines.next()).done) throw corrupt("lines after the trailer");
    return;
  }
}

async function* documentRows(archive: Archive): AsyncGenerator<ArchiveRow> {
  for (const name of TABLES) for (const row of archive.tables[name] ?? []) yield { table: name, row };
}

function documentSource(archive: Archive): ArchiveSource {
  if (archive.format !== ARCHIVE_FORMAT || archive.version !== ARCHIVE_DOCUMENT_VERSION)
    throw new Error("Not a ClaimLedger archive (or an unsupported version).");
  return { version: 1, rows: documentRows(archive), users: archive.tables.user ?? [] };
}

/**
 * An archive from its lines: a version 2 header starts the stream; anything else is a version 1
 * document (one line as backups wrote it, read whole as they always were).
 */
async function linesSource(lines: AsyncIterable<string>): Promise<ArchiveSource> {
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new Error("Not a ClaimLedger archive (the file is empty).");
  let parsed: unknown;
  try {
    parsed = JSON.parse(first.value);
  } catch {
    // A document spread over several lines (hand-formatted version 1): read it whole.
    const rest: string[] = [first.value];
    for (let n = await it.next(); !n.done; n = await it.next()) rest.push(n.value);
    try {
      parsed = JSON.parse(rest.join("\n"));
    } catch {
      throw new Error("Not a ClaimLedger archive (not JSON).");
    }
  }
  const header = headerSchema.safeParse(parsed);
  if (header.success) return { version: ARCHIVE_VERSION, rows: streamedRows(it) };
  if (typeof parsed === "object" && parsed !== null && "tables" in parsed)
    return documentSource(parsed as Archive);
  throw new Error("Not a ClaimLedger archive (or an unsupported version).");
}

const adminMissing = (email: string) =>
  new Error(
    `${email} is not an account in this backup; nothing was restored. Name one of its accounts with --admin-email.`,
  );

/**
 * Loads an archive into an empty, migrated database, in one transaction. `admin` gives one
 * account of the archive a usable password in that same transaction (backups hold none): an
 * e-mail that is not in the archive is refused and nothing is loaded.
 */
export async function importArchive(
  db: PrismaClient,
  archive: Archive,
  admin?: { email: string; passwordHash: string },
): Promise<Record<TableName, number>> {
  return loadArchive(db, documentSource(archive), admin);
}

/**
 * Restores an archive read line by line (archiveFileLines): version 2 rows go in batches of
 * ARCHIVE_BATCH, all in one transaction, so a damaged file (bad line, wrong count or sha256,
 * no trailer, a broken audit chain) rolls everything back; version 1 documents load as before.
 */
export async function restoreArchive(
  db: PrismaClient,
  lines: AsyncIterable<string>,
  admin?: { email: string; passwordHash: string },
): Promise<Record<TableName, number>> {
  return loadArchive(db, await linesSource(lines), admin);
}

async function loadArchive(
  db: PrismaClient,
  source: ArchiveSource,
  admin?: { email: string; passwordHash: string },
): Promise<Record<TableName, number>> {
  const isAdmin = (u: Record<string, unknown>) =>
    admin !== undefined && String(u.email).toLowerCase() === admin.email.toLowerCase();
  if (admin && source.users && !source.users.some(isAdmin)) throw adminMissing(admin.email);
  for (const name of TABLES) {
    if ((await table(db, name).count()) > 0)
      throw new Error(`The target database is not empty (${name} has rows). Restore into an empty database.`);
  }
  const counts = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
  await db.$transaction(
    async (tx) => {
      let current: TableName | null = null;
      let batch: RowBatch | null = null;
      // Self-references (merged speakers, annotation threads) are set after every row of their
      // table exists. They wait in a temporary table, not in memory: an archive may hold millions.
      await tx.$executeRawUnsafe(
        "CREATE TEMPORARY TABLE restore_deferred (id text PRIMARY KEY, ref text NOT NULL) ON COMMIT DROP",
      );
      let deferred: { id: unknown; ref: unknown }[] = [];
      const park = async () => {
        if (deferred.length === 0) return;
        await tx.$executeRawUnsafe(
          "INSERT INTO restore_deferred SELECT id, ref FROM json_to_recordset($1::json) AS d(id text, ref text)",
          JSON.stringify(deferred),
        );
        deferred = [];
      };
      let adminSeen = false;
      let unsealedEvents = 0;
      const deferredField = (name: TableName) =>
        name === "speaker" ? "mergedIntoId" : name === "annotation" ? "parentId" : null;
      const flush = async () => {
        await batch?.insert(tx);
      };
      const finish = async (name: TableName) => {
        await flush();
        if (name === "user" && admin && !adminSeen) throw adminMissing(admin.email);
        const field = deferredField(name);
        if (!field) return;
        await park();
        // Raw SQL: a Prisma update would also move @updatedAt and the archive would not round-trip.
        await tx.$executeRawUnsafe(
          `UPDATE ${sqlTable(name)} AS t SET "${field}" = d.ref FROM restore_deferred d WHERE t.id = d.id`,
        );
        await tx.$executeRawUnsafe("DELETE FROM restore_deferred");
      };
      for await (const { table: name, row } of source.rows) {
        if (name !== current) {
          if (current !== null) await finish(current);
          current = name;
          batch = new RowBatch(name, await columnsOf(tx, name));
        }
        const revived = revive(name, row);
        const field = deferredField(name);
        if (field && revived[field]) {
          deferred.push({ id: revived.id, ref: revived[field] });
          revived[field] = null;
          if (deferred.length >= ARCHIVE_BATCH) await park();
        }
        if (name === "user" && isAdmin(revived)) adminSeen = true;
        if (name === "auditEvent" && revived.seq === null) unsealedEvents++;
        counts[name]++;
        if (batch!.add(revived)) await flush();
      }
      if (current !== null) await finish(current);
      else if (admin) throw adminMissing(admin.email);
      if (admin && counts.user === 0) throw adminMissing(admin.email);
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
      // The chain is restored as it was; it must verify before the restore commits. (Events of an
      // archive older than the chain are unsealed: the trigger seals them at commit instead.)
      if (counts.auditEvent > 0 && unsealedEvents === 0) {
        const verdict = await verifyAuditChain(tx as unknown as PrismaClient);
        if (!verdict.ok)
          throw new Error(
            `The archive's audit chain does not verify (event ${verdict.broken.id}: ${verdict.broken.problem}); nothing was restored.`,
          );
      }
      // New audit events continue after the restored ones.
      await tx.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM "AuditEvent"), 1))`,
      );
    },
    // A million-claim archive takes minutes to load: the transaction must outlive it.
    { timeout: 6 * 60 * 60_000, maxWait: 60_000 },
  );
  // Freshly loaded tables have no statistics until autovacuum comes round: the planner would
  // guess, and the first pages read after a restore of a large archive would pay for it.
  await db.$executeRawUnsafe("ANALYZE");
  return counts;
}
