import pg from "pg";
import { PreconditionMissing } from "./report";

/**
 * A PostgreSQL database of the bench's own on the server `base` names (local only: benches create
 * and drop databases), and how to drop it again.
 */
export async function createScratchDatabase(
  bench: string,
  base: string,
  prefix: string,
): Promise<{ target: { kind: "postgres"; url: string }; drop: () => Promise<void> }> {
  if (!["127.0.0.1", "localhost", "::1"].includes(new URL(base).hostname))
    throw new PreconditionMissing(`${bench} only creates databases on a local server`);
  const db = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${db}" TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${db}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
