import { spawnSync } from "node:child_process";
import type { TestDatabase } from "./databases";

/**
 * Runs one of the README's commands as a user runs it (`npm run -s <script> -- …`) against a
 * test database: DATABASE_URL for PostgreSQL, PGLITE_DATA_DIR for PGlite. A PGlite folder may
 * be open in one process only, so the caller must not hold it open meanwhile.
 */
export function runNpmScript(script: string, args: string[], db: TestDatabase) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  if (db.target.kind === "postgres") env.DATABASE_URL = db.target.url;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DATA_DIR = db.target.dataDir;
  }
  const r = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
