import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The public site's words live in the message catalogue (messages/vi.json, namespace "public"),
 * not in its components: one catalogue to correct a wording in, and an English translation
 * kept beside it. This scans the public site's source for Vietnamese in string literals,
 * template literals and JSX text (comments are fine: they are not shown to readers).
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const PUBLIC_SOURCES = [
  "app/(public)",
  "app/layout.tsx",
  "components/claims",
  "components/speakers",
  "components/drift/PublicQuoteDrift.tsx",
  "components/ui/Pager.tsx",
  "lib/claims/labels.ts",
  "lib/feeds",
  "app/embed",
  "lib/embed",
  "lib/og",
];

/**
 * What may stay in the source, by file and exact text. Keep it short: a string belongs here only
 * when it is not a word for readers to translate (a name, a sample of data).
 */
const ALLOWED: Record<string, string[]> = {};

/** Vietnamese letters: every one but đ carries a combining mark once decomposed (ă, ơ, ệ …). */
function hasVietnamese(text: string): boolean {
  return /[\u0300-\u036f\u0110\u0111]/.test(text.normalize("NFD"));
}

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (statSync(full).isFile()) return /\.tsx?$/.test(entry) ? [entry] : [];
  return readdirSync(full).flatMap((name) => sourceFiles(path.join(entry, name)));
}

/** The literals and JSX text of one file that hold Vietnamese, with their line numbers. */
function vietnameseLiterals(fileName: string, code: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const text = ts.isJsxText(node) ? node.text.replace(/\s+/g, " ").trim() : node.text;
      if (hasVietnamese(text))
        found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("public site strings", () => {
  it("recognises Vietnamese in literals and JSX text, not in comments", () => {
    const sample = `// Không sao: a comment
      const a = "← Trang trước";
      const b = \`\${n} phát ngôn\`;
      const c = <p className="x">Đã rút lại</p>;
      const d = <nav aria-label="Phân trang" />;
      const e = "Atom × RSS — “JSON”";`;
    expect(vietnameseLiterals("sample.tsx", sample).map((f) => f.text)).toEqual([
      "← Trang trước",
      " phát ngôn",
      "Đã rút lại",
      "Phân trang",
    ]);
  });

  it("has no hard-coded Vietnamese in the public site's source (it belongs in messages/*.json)", () => {
    const files = PUBLIC_SOURCES.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) =>
      vietnameseLiterals(file, readFileSync(path.join(ROOT, file), "utf8"))
        .filter((f) => !ALLOWED[file]?.includes(f.text))
        .map((f) => `${file}:${f.line}: ${f.text}`),
    );
    expect(offenders).toEqual([]);
  });
});
