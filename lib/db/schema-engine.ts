/**
 * Prisma's own schema engine, compiled to WASM, driven through a driver adapter. It gives us
 * `prisma migrate deploy` and `prisma migrate diff` without the native engine the CLI would
 * download (impossible on an offline machine). Works for PGlite and PostgreSQL alike.
 */

import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory, type DatabaseTarget } from "./adapter";

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
};

let engineClass: Promise<typeof SchemaEngine> | undefined;

// The package is a bundler-style wasm-bindgen build; plain Node 20 cannot `import` a .wasm,
// so we instantiate it ourselves against its JS glue module.
async function loadSchemaEngineClass(): Promise<typeof SchemaEngine> {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmBindings;
  const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings.SchemaEngine;
}

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function readSchema(schemaPath = SCHEMA_PATH): string {
  return readFileSync(schemaPath, "utf8");
}

export function loadMigrationsList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  fn: (engine: SchemaEngine) => Promise<T>,
  schemaText = readSchema(),
): Promise<T> {
  engineClass ??= loadSchemaEngineClass();
  const Engine = await engineClass;
  const logs: string[] = [];
  const engine = await Engine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    (message: string) => logs.push(message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } catch (error) {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(logs.join("\n"));
    throw error;
  } finally {
    engine.free();
  }
}

/** Applies pending migrations and records them in `_prisma_migrations`, like `prisma migrate deploy`. */
export async function applyPendingMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  return withSchemaEngine(factory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: loadMigrationsList(), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  });
}

/** Opens the database, applies its pending migrations (applyPendingMigrations) and closes it again. */
export async function migrateDatabase(target: DatabaseTarget): Promise<string[]> {
  const adapter = createAdapterFactory(target);
  try {
    return await applyPendingMigrations(adapter.factory);
  } finally {
    await adapter.close();
  }
}

/**
 * SQL that takes a database built from the migration folders to the current schema.prisma
 * (replayed on a shadow database). Empty when migrations and schema agree.
 */
export async function diffMigrationsToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaText = readSchema(),
): Promise<string> {
  return withSchemaEngine(
    factory,
    async (engine) => {
      const result = await engine.diff({
        from: { tag: "migrations", ...loadMigrationsList() },
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return result.stdout ?? "";
    },
    schemaText,
  );
}

/** True when a diff script contains no statements (only comments / whitespace). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}
