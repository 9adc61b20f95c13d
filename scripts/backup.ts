// npm run backup [-- --out FILE]   — a portable gzip'd archive of the configured database
// (PGlite or PostgreSQL): claims, history, audit log, speakers, articles, users without secrets.
// Streamed (lib/backup/archive.ts, version 2): tables are read in keyset batches and written as
// gzip'd lines, so memory stays flat however large the newsroom.
import { createWriteStream, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeArchive } from "../lib/backup/archive";
import { closeDb, prisma } from "../lib/db";
import { commandFailure } from "../lib/db/command-failure";

const { values } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: false });
const out = values.out ?? `claimledger-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.json.gz`;
try {
  const trailer = await writeArchive(prisma, createWriteStream(out));
  const counts = Object.entries(trailer)
    .map(([k, v]) => `${k} ${v.rows}`)
    .join(", ");
  console.log(`backup: wrote ${out} (${(statSync(out).size / 1024).toFixed(1)} KB): ${counts}`);
} catch (error) {
  console.error(commandFailure("backup", error));
  process.exitCode = 1;
} finally {
  await closeDb();
}
