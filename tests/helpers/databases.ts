import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";

/**
 * The databases integration tests run against: always a fresh PGlite folder; also a fresh
 * PostgreSQL database when TEST_DATABASE_URL names a server (CI sets it). Each test file gets
 * its own scratch database, dropped afterwards.
 */
export interface TestDatabase {
  name: "pglite" | "postgres";
  target: DatabaseTarget;
  drop: () => Promise<void>;
}

export interface TestDatabaseKind {
  name: "pglite" | "postgres";
  create: () => Promise<TestDatabase>;
}

function refuseNonLocal(url: URL): void {
  // Tests create and drop databases: never point them at anything but a local server.
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at a local server, not ${url.hostname}`);
  }
}

async function createPostgresDatabase(baseUrl: string): Promise<TestDatabase> {
  const base = new URL(baseUrl);
  refuseNonLocal(base);
  const dbName = `claimledger_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${dbName}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  return {
    name: "postgres",
    target: { kind: "postgres", url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export function testDatabaseKinds(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [
    {
      name: "pglite",
      create: async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-pglite-"));
        return {
          name: "pglite",
          target: { kind: "pglite", dataDir: dir },
          drop: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) kinds.push({ name: "postgres", create: () => createPostgresDatabase(url) });
  return kinds;
}
