// npm run backup [-- --out FILE]   — a portable gzip'd JSON archive of the configured database
// (PGlite or PostgreSQL): claims, history, audit log, speakers, articles, users without secrets.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { exportArchive } from "../lib/backup/archive";
import { closeDb, prisma } from "../lib/db";

const { values } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: false });
const out = values.out ?? `claimledger-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.json.gz`;
try {
  const archive = await exportArchive(prisma);
  const bytes = gzipSync(Buffer.from(JSON.stringify(archive)));
  writeFileSync(out, bytes);
  const counts = Object.entries(archive.tables)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(", ");
  console.log(`backup: wrote ${out} (${(bytes.length / 1024).toFixed(1)} KB): ${counts}`);
} catch (error) {
  console.error("backup failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
