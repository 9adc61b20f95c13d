import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOT_ARCHIVED, TABLES } from "@/lib/backup/archive";

/** Every model of schema.prisma is either in the backup archive or named as left out, with its reason. */
describe("backups cover every table (lib/backup/archive.ts)", () => {
  it("lists each model of the schema once: archived or deliberately left out", () => {
    const models = [...readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map(
      (m) => m[1]!,
    );
    const archived = TABLES.map((t) => t[0]!.toUpperCase() + t.slice(1));
    expect([...archived, ...NOT_ARCHIVED].sort()).toEqual([...models].sort());
  });
});
