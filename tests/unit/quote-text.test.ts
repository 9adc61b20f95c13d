import { describe, expect, it } from "vitest";
import { quotedExcerpt, quotedText } from "@/lib/claims/quote-text";
import { atomFeed, jsonFeed } from "@/lib/feeds/build";
import type { PublicClaimSummary } from "@/lib/claims/public-dto";
import { publicSummary } from "../helpers/public-claim";

/** Issue 13: only a DIRECT claim's words are printed in quotation marks; a paraphrase never is. */
describe("quotedText", () => {
  it("puts a direct quote in quotation marks and leaves reported speech without them", () => {
    expect(quotedText("DIRECT", "Không có định dạng ba bên nào.")).toBe("“Không có định dạng ba bên nào.”");
    expect(quotedText("INDIRECT", "ông “trông đợi” một thỏa thuận")).toBe("ông “trông đợi” một thỏa thuận");
    expect(quotedText("REPORTED", "Nga sẵn sàng đàm phán")).toBe("Nga sẵn sàng đàm phán");
  });

  it("shortens before quoting, so the closing mark is never cut off", () => {
    expect(quotedExcerpt("DIRECT", "abcdef", 3)).toBe("“abc…”");
    expect(quotedExcerpt("INDIRECT", "abcdef", 3)).toBe("abc…");
    expect(quotedExcerpt("DIRECT", "abc", 3)).toBe("“abc”");
  });
});

describe("feeds print reported speech as such", () => {
  const claim = (kind: PublicClaimSummary["kind"]) =>
    publicSummary({ kind, slug: `c-${kind.toLowerCase()}`, url: `/claims/c-${kind.toLowerCase()}` });

  it("quotes a DIRECT claim's title and not an INDIRECT one's", () => {
    const atom = atomFeed([claim("DIRECT"), claim("INDIRECT")], "https://example.org");
    expect(atom).toContain("Người nói: “Mỹ trông đợi một thỏa thuận”");
    expect(atom).toContain("Người nói: Mỹ trông đợi một thỏa thuận<");
    const json = jsonFeed([claim("INDIRECT")], "https://example.org");
    expect(json.items[0]!.title).toBe("Người nói: Mỹ trông đợi một thỏa thuận");
    expect(json.items[0]!.content_text.startsWith("Mỹ trông đợi")).toBe(true);
  });
});
