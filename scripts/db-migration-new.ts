// npm run db:migration:new -- <name>
// Diffs prisma/migrations (replayed on an in-memory shadow PGlite) against prisma/schema.prisma
// with Prisma's WASM schema engine and writes the SQL into a new migration folder.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAdapterFactory } from "../lib/db/adapter";
import { MIGRATIONS_DIR, diffMigrationsToSchema, isEmptyMigration } from "../lib/db/schema-engine";

const rawName = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!rawName || !/^[a-z0-9][a-z0-9_-]{0,60}$/i.test(rawName)) {
  console.error("Usage: npm run db:migration:new -- <name>   (letters, digits, _ and -)");
  process.exit(2);
}

// The diff never touches the configured database: a throw-away PGlite is enough.
const adapter = createAdapterFactory({ kind: "pglite", dataDir: "memory://" });
try {
  const sql = await diffMigrationsToSchema(adapter.factory);
  if (isEmptyMigration(sql)) {
    console.log("db:migration:new: schema.prisma and prisma/migrations already agree; nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${rawName.toLowerCase()}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
    console.log(`db:migration:new: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} catch (error) {
  console.error("db:migration:new failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await adapter.close();
  // The WASM engine leaves a timer behind; a CLI must not linger for it.
  process.exit(process.exitCode ?? 0);
}
