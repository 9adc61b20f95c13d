// `prisma format` of prisma/schema.prisma, offline (see prisma-offline.mjs). With --check it
// formats a copy and fails if the schema differs from it (part of `npm run lint`).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runPrisma } from "./prisma-offline.mjs";

const SCHEMA = "prisma/schema.prisma";

if (!process.argv.includes("--check")) process.exit(runPrisma(["format", "--schema", SCHEMA]).status ?? 1);

const dir = mkdtempSync(path.join(tmpdir(), "schema-format-"));
try {
  const copy = path.join(dir, "schema.prisma");
  copyFileSync(SCHEMA, copy);
  const r = runPrisma(["format", "--schema", copy], { quiet: true });
  if (r.status !== 0) {
    console.error(r.stderr || r.stdout);
    process.exit(r.status ?? 1);
  }
  if (readFileSync(copy, "utf8") !== readFileSync(SCHEMA, "utf8")) {
    console.error(`${SCHEMA} is not formatted: run \`npm run format\``);
    process.exit(1);
  }
  console.log(`${SCHEMA} is formatted`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
