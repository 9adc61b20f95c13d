import type { PrismaClient } from "../generated/prisma/client";
import { countIndependentChains } from "./corroboration";
import { claimStatementSelect } from "./snapshot";

/** One claim as the export CLI prints it (JSON) or flattens it (CSV). */
export interface ExportedClaim {
  slug: string;
  speaker: { name: string; kind: string; roleHeld: string | null };
  quote: string;
  translation: string | null;
  kind: string;
  saidAt: string | null;
  saidAtPrecision: string;
  venue: string | null;
  status: string;
  verification: string;
  rating: string | null;
  topics: string[];
  corroboration: number;
  appearances: {
    outlet: string;
    article: string;
    articlePublishedAt: string | null;
    url: string | null;
    exact: string;
    start: number | null;
    end: number | null;
    chain: string[];
  }[];
  links: { type: string; direction: "outgoing" | "incoming"; claim: string; note: string | null }[];
}

export async function exportClaims(db: PrismaClient): Promise<ExportedClaim[]> {
  const rows = await db.claim.findMany({
    where: { deletedAt: null },
    orderBy: [{ saidAt: { sort: "asc", nulls: "last" } }, { slug: "asc" }],
    select: {
      slug: true,
      ...claimStatementSelect,
      speaker: { select: { name: true, kind: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      appearances: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          exact: true,
          start: true,
          end: true,
          article: {
            select: { title: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
          },
          chain: {
            orderBy: { position: "asc" },
            select: { position: true, kind: true, label: true, outletId: true, speakerId: true },
          },
        },
      },
      linksFrom: {
        where: { deletedAt: null },
        select: { type: true, note: true, toClaim: { select: { slug: true } } },
      },
      linksTo: {
        where: { deletedAt: null },
        select: { type: true, note: true, fromClaim: { select: { slug: true } } },
      },
    },
  });
  return rows.map((c) => ({
    slug: c.slug,
    speaker: { name: c.speaker.name, kind: c.speaker.kind, roleHeld: c.roleHeld },
    quote: c.quote,
    translation: c.translation,
    kind: c.kind,
    saidAt: c.saidAt ? c.saidAt.toISOString().slice(0, 10) : null,
    saidAtPrecision: c.saidAtPrecision,
    venue: c.venue,
    status: c.status,
    verification: c.verification,
    rating: c.rating,
    topics: c.topics.map((t) => t.topic.slug).sort(),
    corroboration: countIndependentChains(c.appearances.map((a) => a.chain)),
    appearances: c.appearances.map((a) => ({
      outlet: a.article.outlet.name,
      article: a.article.title,
      articlePublishedAt: a.article.publishedAt ? a.article.publishedAt.toISOString().slice(0, 10) : null,
      url: a.article.url,
      exact: a.exact,
      start: a.start,
      end: a.end,
      chain: a.chain.map((n) => n.label),
    })),
    links: [
      ...c.linksFrom.map((l) => ({
        type: l.type,
        direction: "outgoing" as const,
        claim: l.toClaim.slug,
        note: l.note,
      })),
      ...c.linksTo.map((l) => ({
        type: l.type,
        direction: "incoming" as const,
        claim: l.fromClaim.slug,
        note: l.note,
      })),
    ],
  }));
}

const CSV_COLUMNS = [
  "slug",
  "speaker",
  "speaker_kind",
  "role_held",
  "quote",
  "translation",
  "kind",
  "said_at",
  "said_at_precision",
  "venue",
  "status",
  "verification",
  "rating",
  "topics",
  "corroboration",
  "sources",
  "links",
] as const;

/**
 * Text a spreadsheet would evaluate as a formula (OWASP "CSV Injection"): a cell starting with a tab,
 * carriage return or line feed, or whose first non-blank character is = + - @ or their full-width
 * forms (＝＋－＠; some importers trim leading blanks, and some read full-width signs as operators).
 */
const FORMULA_START =
  /^(?:[\t\r\n]|[\s\u0000-\u001f\u007f\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

/**
 * One CSV cell. Text that could be read as a formula is prefixed with a single quote, so Excel,
 * LibreOffice and Google Sheets show it as text (the quote is visible in other readers: the
 * value is then `'` + the original text). Numbers of the export model are real numbers and stay as
 * they are (e.g. -3.5); every string is user text. RFC 4180 quoting: the cell is quoted when it holds
 * a comma, quote or line break, and also a semicolon or tab (the separators spreadsheets use in
 * some locales), so no separator inside a cell can start a new cell with a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per claim; appearances and links are joined into readable cells. */
export function claimsToCsv(claims: ExportedClaim[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const c of claims) {
    const sources = c.appearances
      .map(
        (a) =>
          `${a.outlet}: ${a.article}${a.start !== null ? ` [${a.start}-${a.end}]` : ""} (${a.chain.join(" ← ")})`,
      )
      .join(" | ");
    const links = c.links
      .map((l) => `${l.direction === "outgoing" ? "→" : "←"}${l.type}:${l.claim}`)
      .join(" | ");
    const cells = [
      c.slug,
      c.speaker.name,
      c.speaker.kind,
      c.speaker.roleHeld,
      c.quote,
      c.translation,
      c.kind,
      c.saidAt,
      c.saidAtPrecision,
      c.venue,
      c.status,
      c.verification,
      c.rating,
      c.topics.join(";"),
      c.corroboration,
      sources,
      links,
    ];
    lines.push(cells.map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
