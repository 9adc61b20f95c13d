import { describe, expect, it } from "vitest";
import { languageAlternates, localePath, localeUrl, publicTranslator } from "@/i18n/public";
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
});
