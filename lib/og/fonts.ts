import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The share card's typeface: Be Vietnam Pro (SIL Open Font License 1.1, the npm package
 * @fontsource/be-vietnam-pro, so it installs with the project and needs no network), drawn for
 * Vietnamese. The package splits each weight into Unicode subsets; the card loads the latin,
 * latin-ext and vietnamese ones, and the image renderer takes each character from the subset that
 * has it. WOFF, not WOFF2: the renderer (satori) reads TTF, OTF and WOFF only.
 * tests/unit/share-card-font.test.ts checks these files cover every Vietnamese letter and every
 * character of the demo claims.
 */
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
// One family name per subset, all listed in the card's font-family: the renderer falls back from
// one family to the next for a character, but of fonts sharing a name and weight it uses only one.
const familyOf = (subset: (typeof SUBSETS)[number]) => `Be Vietnam Pro ${subset}`;
export const SHARE_CARD_FONT_FAMILY = SUBSETS.map((s) => `"${familyOf(s)}"`).join(", ");
const WEIGHTS = [400, 700] as const;

export const SHARE_CARD_FONT_DIR = path.join("node_modules", "@fontsource", "be-vietnam-pro", "files");

export const shareCardFontFiles = WEIGHTS.flatMap((weight) =>
  SUBSETS.map((subset) => ({
    family: familyOf(subset),
    weight,
    file: `be-vietnam-pro-${subset}-${weight}-normal.woff`,
  })),
);

export interface ShareCardFont {
  name: string;
  data: ArrayBuffer;
  weight: (typeof WEIGHTS)[number];
  style: "normal";
}

let loaded: Promise<ShareCardFont[]> | null = null;

/** The font files, read once per process (from the app's folder: the server runs there). */
export function loadShareCardFonts(root = process.cwd()): Promise<ShareCardFont[]> {
  loaded ??= Promise.all(
    shareCardFontFiles.map(async ({ family, weight, file }) => {
      const bytes = await readFile(path.join(root, SHARE_CARD_FONT_DIR, file));
      return {
        name: family,
        data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        weight,
        style: "normal" as const,
      };
    }),
  ).catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
