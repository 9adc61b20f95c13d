/**
 * The streamed forms of `npm run backup` / `restore` / `export` (issue 17): a version 2 archive
 * (header, a line per row, a trailer of counts and sha256) restores to the same database, a
 * version 1 document (what backups were before) still restores, a damaged or truncated file is
 * refused with a clear error and leaves the target empty, and the paged export prints exactly
 * the bytes the one-array export printed.
 */
import { createHash } from "node:crypto";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import {
  archiveFileLines,
  exportArchive,
  restoreArchive,
  TABLES,
  type TableName,
  writeArchive,
} from "@/lib/backup/archive";
import {
  claimsCsvChunks,
  claimsJsonChunks,
  claimsToCsv,
  type ExportedClaim,
  exportClaimBatches,
  exportClaimOrder,
  exportClaimSelect,
  toExportedClaim,
} from "@/lib/claims/export";
import { createPrismaClient, prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDatabase } from "@/lib/db/schema-engine";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";
import { openSeededAppDatabase } from "../helpers/app-db";

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}

async function* none(): AsyncGenerator<ExportedClaim[]> {}

async function rowCounts(db: PrismaClient): Promise<Record<TableName, number>> {
  const out = {} as Record<TableName, number>;
  for (const t of TABLES) {
    const model = t[0]!.toUpperCase() + t.slice(1);
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${model}"`);
    out[t] = row!.n;
  }
  return out;
}

/** The archive's lines with every table's end line and the trailer recomputed: a forger who knows the format. */
function resealed(lines: string[]): string {
  const rows = lines.slice(1, -1).filter((l) => l.startsWith("["));
  const out = [lines[0]!];
  const trailer: Record<string, { rows: number; sha256: string }> = {};
  for (const t of TABLES) {
    const mine = rows.filter((l) => l.startsWith(`[${JSON.stringify(t)},`));
    const sha256 = createHash("sha256")
      .update(mine.map((l) => `${l}\n`).join(""), "utf8")
      .digest("hex");
    trailer[t] = { rows: mine.length, sha256 };
    out.push(...mine, JSON.stringify({ table: t, ...trailer[t] }));
  }
  return `${[...out, JSON.stringify({ trailer })].join("\n")}\n`;
}

describe.each(testDatabaseKinds())("streamed backup, restore and export on $name", (kind) => {
  let closeSource: () => Promise<void>;
  const targets: TestDatabase[] = [];
  let dir: string;

  async function emptyTarget(): Promise<{ db: PrismaClient; close: () => Promise<void> }> {
    const target = await kind.create();
    targets.push(target);
    await migrateDatabase(target.target);
    const { prisma: db, close } = createPrismaClient(target.target);
    return { db, close };
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-backup-stream-"));
    ({ close: closeSource } = await openSeededAppDatabase(kind));
    // Pages must cross equal dates and the undated claims: some claims share a day, some have none.
    const claims = await prisma.claim.findMany({ orderBy: { slug: "asc" }, select: { id: true } });
    const ids = claims.map((c) => c.id);
    await prisma.claim.updateMany({ where: { id: { in: ids.slice(0, 3) } }, data: { saidAt: null } });
    await prisma.claim.updateMany({
      where: { id: { in: ids.slice(3, 9) } },
      data: { saidAt: new Date("2025-12-03T00:00:00Z") },
    });
    // Two appearances loaded at the same instant, stored against their ids' order: a restore
    // stores them in id order, and the export must read the same either way.
    const article = await prisma.article.findFirstOrThrow({ select: { id: true } });
    const at = new Date("2025-12-04T08:00:00Z");
    for (const id of ["tie-appearance-b", "tie-appearance-a"])
      await prisma.appearance.create({
        data: { id, claimId: ids[10]!, articleId: article.id, exact: `Cùng lúc ${id}`, createdAt: at },
      });
  });
  afterAll(async () => {
    await closeSource?.();
    for (const t of targets) await t.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the paged export prints the same bytes as the one-array export (JSON and CSV)", async () => {
    const rows = await prisma.claim.findMany({
      where: { deletedAt: null },
      orderBy: exportClaimOrder,
      select: exportClaimSelect,
    });
    const claims = rows.map(toExportedClaim);
    expect(claims.filter((c) => c.saidAt === null)).toHaveLength(3);
    const json = `${JSON.stringify({ claims }, null, 2)}\n`;
    const csv = claimsToCsv(claims);
    for (const batch of [1, 4, 1000]) {
      expect(await text(claimsJsonChunks(exportClaimBatches(prisma, batch))), `json, pages of ${batch}`).toBe(
        json,
      );
      expect(await text(claimsCsvChunks(exportClaimBatches(prisma, batch))), `csv, pages of ${batch}`).toBe(
        csv,
      );
    }
    expect(await text(claimsJsonChunks(none()))).toBe(`${JSON.stringify({ claims: [] }, null, 2)}\n`);
    expect(await text(claimsCsvChunks(none()))).toBe(claimsToCsv([]));
  });

  let v2File: string;

  it("a version 2 archive restores to the same database, its audit chain verifying", async () => {
    v2File = path.join(dir, "v2.json.gz");
    // Small batches: every table of more than 7 rows is read in several keyset pages.
    const trailer = await writeArchive(prisma, createWriteStream(v2File), 7);
    const lines = gunzipSync(readFileSync(v2File)).toString("utf8").trimEnd().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "claimledger-archive", version: 2 });
    const original = await exportArchive(prisma);
    for (const t of TABLES) expect(trailer[t].rows, t).toBe(original.tables[t].length);
    expect(lines).toHaveLength(2 + TABLES.length + TABLES.reduce((n, t) => n + original.tables[t].length, 0));
    expect(trailer.claim.rows).toBeGreaterThanOrEqual(40);
    expect(trailer.auditEvent.rows).toBeGreaterThan(trailer.claim.rows);

    const { db, close } = await emptyTarget();
    try {
      const counts = await restoreArchive(db, archiveFileLines(v2File));
      expect(counts).toEqual(Object.fromEntries(TABLES.map((t) => [t, trailer[t].rows])));
      // The planner has statistics of the loaded tables at once (never analysed: reltuples -1).
      const [stats] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT reltuples::int AS n FROM pg_class WHERE relname = 'Claim' AND relkind = 'r'`,
      );
      expect(stats!.n).toBe(trailer.claim.rows);
      expect((await exportArchive(db)).tables).toEqual(original.tables);
      const before = await text(claimsJsonChunks(exportClaimBatches(prisma)));
      expect(await text(claimsJsonChunks(exportClaimBatches(db)))).toBe(before);
      const verdict = await verifyAuditChain(db);
      const sourceVerdict = await verifyAuditChain(prisma);
      expect(verdict.ok && verdict.head).toEqual(sourceVerdict.ok && sourceVerdict.head);
      await expect(restoreArchive(db, archiveFileLines(v2File))).rejects.toThrow(/not empty/);
    } finally {
      await close();
    }
  });

  it("a version 1 archive (one JSON document, gzip'd or not) still restores", async () => {
    const original = await exportArchive(prisma);
    expect(original.version).toBe(1);
    const gz = path.join(dir, "v1.json.gz");
    writeFileSync(gz, gzipSync(Buffer.from(JSON.stringify(original))));
    const plain = path.join(dir, "v1.json");
    writeFileSync(plain, JSON.stringify(original, null, 2)); // hand-formatted: several lines
    for (const file of [gz, plain]) {
      const { db, close } = await emptyTarget();
      try {
        const counts = await restoreArchive(db, archiveFileLines(file));
        expect(counts.claim, file).toBe(original.tables.claim.length);
        expect((await exportArchive(db)).tables).toEqual(original.tables);
        expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
      } finally {
        await close();
      }
    }
  });

  it("refuses a damaged or truncated archive with a clear error and writes nothing", async () => {
    const bytes = readFileSync(v2File);
    const lines = gunzipSync(bytes).toString("utf8").trimEnd().split("\n");
    const claimLine = lines.findIndex((l) => l.startsWith('["claim",'));
    const auditLine = lines.findIndex((l) => l.startsWith('["auditEvent",'));
    const edited = [...lines];
    edited[claimLine] = edited[claimLine]!.replace('"quote":"', '"quote":"(sửa) ');
    // Column names reach the INSERT: one that is not the table's is refused, never run.
    const foreignColumn = [...lines];
    foreignColumn[claimLine] = foreignColumn[claimLine]!.replace(
      '"quote":"',
      '"quote\\" text); DROP TABLE \\"User\\"; --":"x","quote":"',
    );
    const forgedAudit = [...lines];
    forgedAudit[auditLine] = forgedAudit[auditLine]!.replace('"action":"', '"action":"x');
    const cases: { name: string; content: Buffer; error: RegExp }[] = [
      {
        name: "gzip cut short",
        content: bytes.subarray(0, Math.floor(bytes.length * 0.6)),
        error: /damaged or truncated \(unexpected end of file\)/,
      },
      {
        name: "no trailer",
        content: gzipSync(`${lines.slice(0, -1).join("\n")}\n`),
        error: /ends before its trailer/,
      },
      {
        name: "a table's end line missing",
        content: gzipSync(`${lines.filter((l) => !l.startsWith('{"table":"claim",')).join("\n")}\n`),
        error: /claim has no end line/,
      },
      {
        name: "a row missing",
        content: gzipSync(`${lines.filter((_, i) => i !== claimLine).join("\n")}\n`),
        error: /claim: \d+ rows, the archive says \d+/,
      },
      {
        name: "a row changed",
        content: gzipSync(`${edited.join("\n")}\n`),
        error: /claim: its rows do not match their sha256/,
      },
      {
        name: "a line that is not JSON",
        content: gzipSync(`${lines.slice(0, 3).join("\n")}\n{oops\n`),
        error: /neither a row, a table's end nor the trailer/,
      },
      {
        name: "a column the table does not have",
        content: gzipSync(resealed(foreignColumn)),
        error: /claim has no column "quote\\" text\); DROP TABLE/,
      },
      {
        name: "an audit event rewritten and the trailer recomputed",
        content: gzipSync(resealed(forgedAudit)),
        error: /audit chain does not verify .*content does not match its hash/,
      },
    ];
    const { db, close } = await emptyTarget();
    try {
      for (const c of cases) {
        const file = path.join(dir, "bad.json.gz");
        writeFileSync(file, c.content);
        const error = await restoreArchive(db, archiveFileLines(file)).then(
          () => new Error("restored"),
          (e: unknown) => e,
        );
        expect(String(error), c.name).toMatch(c.error);
        expect(String(error), c.name).toMatch(/nothing was restored/);
        // One transaction: the rows loaded before the damage was found are rolled back.
        expect(
          Object.values(await rowCounts(db)).every((n) => n === 0),
          c.name,
        ).toBe(true);
      }
      // The control: the same target takes the intact archive.
      expect((await restoreArchive(db, archiveFileLines(v2File))).claim).toBeGreaterThanOrEqual(40);
    } finally {
      await close();
    }
  });
});
