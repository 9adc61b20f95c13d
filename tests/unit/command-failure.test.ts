import { describe, expect, it } from "vitest";
import { commandFailure } from "@/lib/db/command-failure";

describe("commandFailure", () => {
  it("tells what to run when the database has no tables yet", () => {
    for (const message of [
      'Raw query failed. Code: `42P01`. Message: `relation "Claim" does not exist`',
      "The table `public.User` does not exist in the current database.",
    ])
      expect(commandFailure("export", new Error(message))).toMatch(
        /^export failed: the database has no tables yet\. Run `npm run db:migrate`/,
      );
  });

  it("prints any other error as it is", () => {
    expect(commandFailure("backup", new Error("connection refused"))).toBe(
      "backup failed: connection refused",
    );
    expect(commandFailure("restore", "disk full")).toBe("restore failed: disk full");
  });
});
