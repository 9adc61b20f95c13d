import { describe, expect, it } from "vitest";
import { claimJsonLd, serializeJsonLd } from "@/lib/claims/json-ld";
import { atomFeed } from "@/lib/feeds/build";
import { xmlText } from "@/lib/feeds/xml";
import { claimSearchText, searchTerms } from "@/lib/search/search-text";
import { publicClaim } from "../helpers/public-claim";

const claim = publicClaim({
  quote: "Không </script><script>alert(1)</script> & “trích”",
  speaker: {
    slug: "s",
    name: "Yuri Ushakov",
    kind: "PERSON",
    affiliation: "Điện Kremlin",
    country: "RU",
    roleHeld: "Trợ lý Tổng thống Nga",
  },
  publishedAt: "2025-12-21T10:00:00.000Z",
  updatedAt: "2025-12-21T10:00:00.000Z",
});

describe("JSON-LD", () => {
  it("is a Claim without a rating and a ClaimReview with one", () => {
    expect(claimJsonLd(claim, "https://c.example")["@type"]).toBe("Claim");
    const review = claimJsonLd(
      { ...claim, rating: { value: 1, label: "Sai", labelEn: "False", explanation: "x" } },
      "https://c.example",
    ) as unknown as Record<string, unknown>;
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.reviewRating).toMatchObject({
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Sai",
    });
  });
  it("cannot be broken out of with </script>", () => {
    const text = serializeJsonLd(claimJsonLd(claim, "https://c.example"));
    expect(text).not.toContain("</script>");
    expect(text).not.toContain("<");
    expect((JSON.parse(text) as { text: string }).text).toBe(claim.quote);
  });
});

describe("feeds", () => {
  it("escape markup and drop characters XML forbids", () => {
    expect(xmlText("a<b>&\"'\u0001\uFFFE")).toBe("a&lt;b&gt;&amp;&quot;&apos;");
    const xml = atomFeed([claim], "https://c.example");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;/script&gt;");
  });
});

describe("search text", () => {
  it("folds quote, translation and speaker variants into word-delimited text", () => {
    const text = claimSearchText(
      { quote: "Đàm phán BA BÊN, hoà bình!", translation: "Trilateral talks" },
      { name: "Yuri Ushakov", variants: ["Юрий Ушаков"] },
    );
    expect(text).toBe(" dam phan ba ben hoa binh trilateral talks yuri ushakov юрии ушаков ");
    for (const t of searchTerms("dam phan BA bên hòa")) expect(text).toContain(` ${t}`);
    expect(searchTerms("  ,, ")).toEqual([]);
  });
});
