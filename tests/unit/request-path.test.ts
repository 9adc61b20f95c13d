import { describe, expect, it } from "vitest";
import { safeLocalPath } from "@/lib/auth/request-path";

/** Sign-in returns to the page that asked for it — never to another site. */
describe("safeLocalPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeLocalPath("/dashboard/claims/abc")).toBe("/dashboard/claims/abc");
    expect(safeLocalPath("/dashboard/pending?x=1&y=đ")).toBe("/dashboard/pending?x=1&y=đ");
    expect(safeLocalPath("/")).toBe("/");
  });
  it("refuses other sites and anything that is not a plain path", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "https://evil.example",
      "evil",
      "",
      null,
      undefined,
      "/a\nb",
      "/a\u0000",
      `/${"a".repeat(2001)}`,
    ]) {
      expect(safeLocalPath(bad), String(bad)).toBeNull();
    }
  });
});
