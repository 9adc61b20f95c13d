import { describe, expect, it } from "vitest";
import { csvField } from "@/lib/claims/export";
import { formatSaidAt } from "@/lib/format/dates";

describe("formatSaidAt", () => {
  const d = new Date("2025-12-20T00:00:00Z");
  it("honours the known precision", () => {
    expect(formatSaidAt(d, "DAY")).toContain("2025");
    expect(formatSaidAt(d, "DAY")).toContain("20");
    expect(formatSaidAt(d, "MONTH")).not.toContain("20 ");
    expect(formatSaidAt(d, "YEAR")).toBe("2025");
    expect(formatSaidAt(d, "APPROXIMATE")).toMatch(/^khoảng /);
    expect(formatSaidAt(d, "APPROXIMATE", "en")).toMatch(/^around /);
    expect(formatSaidAt(null, "DAY")).toBe("Chưa rõ ngày");
  });
});

describe("csvField", () => {
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('nói: "không", rồi')).toBe('"nói: ""không"", rồi"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });
});
