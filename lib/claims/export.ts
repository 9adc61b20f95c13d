import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { rowsInOrder } from "../db/rows-in-order";
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

/** What one exported claim reads (exportClaimArgs and toExportedClaim make one ExportedClaim). */
export const exportClaimSelect = {
  slug: true,
  ...claimStatementSelect,
  speaker: { select: { name: true, kind: true } },
  topics: { select: { topic: { select: { slug: true } } } },
  appearances: {
    where: { deletedAt: null },
    // The id breaks ties: rows loaded together share a time, and the export must not follow the
    // table's physical order (a restored database has another, and its export must be the same).
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { type: true, note: true, toClaim: { select: { slug: true } } },
  },
  linksTo: {
    where: { deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { type: true, note: true, fromClaim: { select: { slug: true } } },
  },
} satisfies Prisma.ClaimSelect;

/** The export's order: by date said (undated last), then slug (unique, so the order is total). */
export const exportClaimOrder = [
  { saidAt: { sort: "asc", nulls: "last" } },
  { slug: "asc" },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

type ExportRow = Prisma.ClaimGetPayload<{ select: typeof exportClaimSelect }>;

export function toExportedClaim(c: ExportRow): ExportedClaim {
  return {
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
  };
}

/** Claims exported per query: a million-claim archive is read in pages, never whole. */
export const EXPORT_BATCH = 500;

/** Where a page of the export starts: after this (saidAt, slug), or after this slug among the undated. */
type ExportKey = { saidAt: string | null; slug: string };

/**
 * The ids of one page in the export's order, after `from`: dated claims by (saidAt, slug), then
 * the undated by slug. A row comparison, so that each page starts inside the index on that order
 * (Claim_live_said_slug_idx): Prisma's OR form of the same condition made PostgreSQL re-read every
 * earlier claim for each page. Dates travel as text in the column's own form, never through a
 * time zone. (The columns are qualified: a bare "saidAt" in ORDER BY is the text output column,
 * and sorting by it bypassed the index.)
 */
async function exportPage(
  db: PrismaClient,
  dated: boolean,
  from: ExportKey | null,
  batch: number,
): Promise<(ExportKey & { id: string })[]> {
  const after = from
    ? dated
      ? Prisma.sql`AND (c."saidAt", c.slug) > (${from.saidAt}::timestamp(3), ${from.slug})`
      : Prisma.sql`AND c.slug > ${from.slug}`
    : Prisma.empty;
  return db.$queryRaw<(ExportKey & { id: string })[]>`
    SELECT c.id, c.slug, to_char(c."saidAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "saidAt"
    FROM "Claim" c
    WHERE c."deletedAt" IS NULL AND c."saidAt" IS ${dated ? Prisma.sql`NOT NULL` : Prisma.sql`NULL`} ${after}
    ORDER BY c."saidAt" ASC NULLS LAST, c.slug ASC
    LIMIT ${batch}`;
}

/**
 * Every claim in the export's order, `batch` at a time. Keyset pages: each continues after the
 * last (saidAt, slug) read — dated claims first, then the undated ones by slug — so no page
 * skips an OFFSET and memory holds one page.
 */
export async function* exportClaimBatches(
  db: PrismaClient,
  batch = EXPORT_BATCH,
): AsyncGenerator<ExportedClaim[]> {
  let from: ExportKey | null = null;
  let dated = true;
  for (;;) {
    const page = await exportPage(db, dated, from, batch);
    const rows = await rowsInOrder(
      page.map((p) => p.id),
      (ids) => db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, ...exportClaimSelect } }),
    );
    if (rows.length > 0) yield rows.map(toExportedClaim);
    const last = page.at(-1);
    if (page.length === batch && last) {
      from = { saidAt: last.saidAt, slug: last.slug };
    } else if (dated) {
      dated = false;
      from = null;
    } else {
      return;
    }
  }
}

/** Every claim in one array (tests, small newsrooms); `npm run export` streams exportClaimBatches. */
export async function exportClaims(db: PrismaClient): Promise<ExportedClaim[]> {
  const claims: ExportedClaim[] = [];
  for await (const page of exportClaimBatches(db)) claims.push(...page);
  return claims;
}

/**
 * The export as JSON text, a page at a time: the same bytes as `JSON.stringify({ claims }, null, 2)`
 * followed by a newline (what the export printed when it built the array first), with each claim
 * indented as that nesting indents it.
 */
export async function* claimsJsonChunks(pages: AsyncIterable<ExportedClaim[]>): AsyncGenerator<string> {
  let first = true;
  for await (const page of pages) {
    let text = "";
    for (const c of page) {
      text += `${first ? '{\n  "claims": [\n    ' : ",\n    "}${JSON.stringify(c, null, 2).replaceAll("\n", "\n    ")}`;
      first = false;
    }
    if (text) yield text;
  }
  yield first ? '{\n  "claims": []\n}\n' : "\n  ]\n}\n";
}

/** The export as CSV text, a page at a time (the same bytes as claimsToCsv of every claim). */
export async function* claimsCsvChunks(pages: AsyncIterable<ExportedClaim[]>): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(",")}\r\n`;
  for await (const page of pages) yield page.map((c) => `${claimCsvRow(c)}\r\n`).join("");
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
  return `${[CSV_COLUMNS.join(","), ...claims.map(claimCsvRow)].join("\r\n")}\r\n`;
}

function claimCsvRow(c: ExportedClaim): string {
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
  return cells.map(csvField).join(",");
}
