import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";

/** The README's commands, run as a user runs them, against each database kind. */
function run(script: string, args: string[], db: TestDatabase) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  if (db.target.kind === "postgres") env.DATABASE_URL = db.target.url;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DATA_DIR = db.target.dataDir;
  }
  const r = spawnSync("npm", ["run", "-s", script, "--", ...args], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.each(testDatabaseKinds())("npm scripts on $name", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await kind.create();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("db:migrate applies, then applies nothing", () => {
    const first = run("db:migrate", [], db);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration/);
    const second = run("db:migrate", [], db);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("is up to date");
  });

  it("db:seed twice creates the claims once; export lists them as JSON and CSV", () => {
    const first = run("db:seed", [], db);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/db:seed: [1-9]\d* claims created, 0 already present/);
    const second = run("db:seed", [], db);
    expect(second.stdout).toMatch(/db:seed: 0 claims created/);

    const json = run("export", ["--format", "json"], db);
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { claims: { speaker: { name: string }; quote: string; saidAt: string; appearances: unknown[] }[] };
    expect(parsed.claims.length).toBeGreaterThanOrEqual(40);

    const csv = run("export", ["--format", "csv"], db);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith("slug,speaker,")).toBe(true);

    const bad = run("export", ["--format", "xml"], db);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Usage");
  });
});
