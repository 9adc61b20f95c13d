import { describe, expect, it } from "vitest";
import { languageAlternates, localePath, localeUrl, publicTranslator, yesNo } from "@/i18n/public";
import { localeOfPath, pathIn, unlocalizedPath } from "@/i18n/public-paths";
import { publicLabels } from "@/lib/claims/labels";

describe("the public site's two languages", () => {
  it("addresses: Vietnamese unprefixed, English under /en, and back", () => {
    expect(pathIn("vi", "/claims/x")).toBe("/claims/x");
    expect(pathIn("en", "/claims/x")).toBe("/en/claims/x");
    expect(pathIn("en", "/")).toBe("/en");
    expect(pathIn("en", "/search?q=ba%20ben")).toBe("/en/search?q=ba%20ben");
    expect(unlocalizedPath("/en/claims/x")).toBe("/claims/x");
    expect(unlocalizedPath("/en")).toBe("/");
    expect(unlocalizedPath("/english-claims")).toBe("/english-claims");
    expect(unlocalizedPath("/claims/en")).toBe("/claims/en");
    expect(localeOfPath("/en/topics")).toBe("en");
    expect(localeOfPath("/topics")).toBe("vi");
  });

  it("outside a page's render the language is Vietnamese (feeds, route handlers)", () => {
    expect(localePath("/claims")).toBe("/claims");
    expect(localeUrl("https://claims.example.org/en/claims/x?a=1")).toBe(
      "https://claims.example.org/claims/x?a=1",
    );
    expect(localeUrl("https://claims.example.org/claims/x", "en")).toBe(
      "https://claims.example.org/en/claims/x",
    );
    expect(publicTranslator("public.site")("navLabel")).toBe("Điều hướng chính");
    expect(publicTranslator("public.site", "en")("navLabel")).toBe("Main navigation");
  });

  it("hreflang alternates name both languages and x-default, whichever version asks", () => {
    const expected = {
      canonical: "/claims/x",
      languages: { vi: "/claims/x", en: "/en/claims/x", "x-default": "/claims/x" },
    };
    expect(languageAlternates("/claims/x")).toEqual(expected);
    // Given an English path (a helper that already localised it), the same set comes back.
    expect(languageAlternates("/en/claims/x").languages).toEqual(expected.languages);
  });

  it("labels of stored values come in both languages from the catalogues", () => {
    expect(publicLabels("vi").publicStatusLabel.RETRACTED).not.toBe(
      publicLabels("en").publicStatusLabel.RETRACTED,
    );
    expect(publicLabels("en").linkLabel.CONTRADICTS.outgoing).toMatch(/^[A-Z]/);
    expect(publicLabels("vi").claimKindLabel.DIRECT).toBeTruthy();
  });

  it("an estimated count says so (a big archive's counts above 5,000), an exact one does not", () => {
    const vi = publicTranslator("public.search");
    const en = publicTranslator("public.search", "en");
    expect(vi("results", { count: 12500, approximate: yesNo(true) })).toBe("Khoảng 12.500 kết quả");
    expect(vi("results", { count: 12, approximate: yesNo(false) })).toBe("12 kết quả");
    expect(vi("results", { count: 0, approximate: yesNo(false) })).toBe("Không có kết quả");
    expect(en("resultsFor", { count: 12500, q: "hòa bình", approximate: yesNo(true) })).toBe(
      "About 12,500 results for “hòa bình”",
    );
    expect(en("results", { count: 1, approximate: yesNo(false) })).toBe("1 result");
    expect(
      publicTranslator("public.topic")("summary", { claims: 9000, speakers: 40, approximate: yesNo(true) }),
    ).toMatch(/^Khoảng 9\.000 phát ngôn của 40 người/);
    expect(publicTranslator("public.speaker")("all", { count: 7000, approximate: yesNo(true) })).toBe(
      "Tất cả (≈7.000)",
    );
  });
});
