import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import vi from "@/messages/vi.json";
import { SHARE_CARD_FONT_DIR, shareCardFontFiles } from "@/lib/og/fonts";
import { claims, speakers } from "@/prisma/seed/data";

/**
 * The share card (lib/og/share-card.tsx) draws only with the fonts shipped with the project
 * (lib/og/fonts.ts). A character none of them has would be a missing-glyph box, or a request to a
 * font service the servers cannot reach: so every Vietnamese letter and every character of the
 * demo newsroom's claims and of the card's own words must be in one of them, at each weight.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

function fontsOf(weight: number, only?: string): fontkit.Font[] {
  return shareCardFontFiles
    .filter((f) => f.weight === weight && (!only || f.file.includes(only)))
    .map((f) => fontkit.openSync(path.join(ROOT, SHARE_CARD_FONT_DIR, f.file)) as fontkit.Font);
}

/** Every Vietnamese letter: the 12 vowels with each of the 5 tone marks (and none), đ, both cases. */
function vietnameseLetters(): string[] {
  const vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
  const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  const lower = [
    ...vowels.flatMap((v) => tones.map((t) => (v + t).normalize("NFC"))),
    ..."bcdđghklmnpqrstvx",
  ];
  return [...lower, ...lower.map((c) => c.toLocaleUpperCase("vi"))];
}

/** The characters (code points) none of the fonts has. */
function missing(fonts: fontkit.Font[], text: string): string[] {
  const chars = new Set([...text.normalize("NFC")].filter((c) => !/\s/.test(c)));
  return [...chars].filter((c) => !fonts.some((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!)));
}

describe("the share card's font", () => {
  const letters = vietnameseLetters();
  const demo = [
    ...claims.flatMap((c) => [c.quote, c.roleHeld ?? ""]),
    ...speakers.map((s) => s.name),
    // The card's own words (lib/og/share-card.tsx).
    ...(["verification", "rating", "notRated", "retracted"] as const).map((k) => vi.publicEmbed[k]),
    JSON.stringify(vi.public.labels),
    "“”…·–—0123456789/()",
  ].join(" ");

  it("lists every Vietnamese letter (134 precomposed, both cases)", () => {
    expect(letters).toContain("ặ");
    expect(letters).toContain("Ỵ");
    expect(letters).toContain("Đ");
    expect(new Set(letters).size).toBe(2 * (12 * 6 + 17));
    expect(letters.every((c) => [...c].length === 1)).toBe(true); // NFC: one code point each
  });

  for (const weight of [400, 700]) {
    it(`covers every Vietnamese letter and every character of the demo claims at weight ${weight}`, () => {
      const fonts = fontsOf(weight);
      expect(fonts.length).toBe(3);
      expect(missing(fonts, letters.join(""))).toEqual([]);
      expect(missing(fonts, demo)).toEqual([]);
    });
  }

  it("would notice a missing subset: the latin file alone lacks the Vietnamese letters", () => {
    const latinOnly = fontsOf(400, "-latin-400-");
    expect(latinOnly.length).toBe(1);
    expect(missing(latinOnly, "ắằẳẵặơưđ")).toEqual([..."ắằẳẵặơưđ"]);
  });
});
