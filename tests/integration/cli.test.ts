import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";
import { runNpmScript } from "../helpers/npm-script";

/** The README's commands, run as a user runs them, against each database kind. */
describe.each(testDatabaseKinds())("npm scripts on $name", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await kind.create();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("db:migrate applies, then applies nothing", () => {
    const first = runNpmScript("db:migrate", [], db);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration/);
    const second = runNpmScript("db:migrate", [], db);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("is up to date");
  });

  it("db:seed twice creates the claims once; export lists them as JSON and CSV", () => {
    const first = runNpmScript("db:seed", [], db);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/db:seed: [1-9]\d* claims created, 0 already present/);
    const second = runNpmScript("db:seed", [], db);
    expect(second.stdout).toMatch(/db:seed: 0 claims created/);

    const json = runNpmScript("export", ["--format", "json"], db);
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      claims: { speaker: { name: string }; quote: string; saidAt: string; appearances: unknown[] }[];
    };
    expect(parsed.claims.length).toBeGreaterThanOrEqual(40);

    const csv = runNpmScript("export", ["--format", "csv"], db);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith("slug,speaker,")).toBe(true);

    const bad = runNpmScript("export", ["--format", "xml"], db);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Usage");
  });
});
