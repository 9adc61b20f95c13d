// npm run db:migrate — apply pending Prisma migrations to the configured database
// (PGlite by default, PostgreSQL when DATABASE_URL is set), recorded in _prisma_migrations.
import { env } from "../lib/env";
import { createAdapterFactory, describeTarget, resolveDatabaseTarget } from "../lib/db/adapter";
import { applyPendingMigrations } from "../lib/db/schema-engine";

const target = resolveDatabaseTarget(env);
const adapter = createAdapterFactory(target);
try {
  const applied = await applyPendingMigrations(adapter.factory);
  if (applied.length === 0) console.log(`db:migrate: ${describeTarget(target)} is up to date.`);
  else
    console.log(
      `db:migrate: applied ${applied.length} migration(s) to ${describeTarget(target)}:\n  ${applied.join("\n  ")}`,
    );
} catch (error) {
  console.error(
    `db:migrate failed on ${describeTarget(target)}:`,
    error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
} finally {
  await adapter.close();
  // The WASM engine leaves a timer behind; a CLI must not linger for it.
  process.exit(process.exitCode ?? 0);
}
