/**
 * Public search over approved claims: quote, translation, speaker names and variants, ignoring
 * diacritics, tone-mark placement and case. On the search page every folded term is a whole
 * word of the claim's folded text (`searchVector @@ to_tsquery('simple', 'dam & phan')`, served
 * by a GIN index, never a table scan); when that finds nothing, the last term may start a word
 * (`phan:*`). The API keeps the prefix rule throughout. Matching ids come from SQL; rows are
 * read with Prisma. Counts and facets stay bounded on a million claims: see searchMatches.
 *
 * On the reader's search page a topic whose name holds the query counts too: "dam phan ba ben"
 * (the search box's own example) finds every claim of the topic "Đàm phán ba bên", not only
 * the one whose words say so, and the topic is named above the results.
 */

import type { PublicClaimSummary } from "../claims/public-dto";
import { publicClaimWhere } from "../claims/public-tags";
import {
  publicSummarySelect,
  toPublicClaimSummary,
  type PublicSpeakersAndTopics,
} from "../claims/public-queries";
import { prisma } from "../db";
import { claimSample, EXACT_COUNT_LIMIT, estimateRows } from "../db/estimate";
import { rowsInOrder } from "../db/rows-in-order";
import { itemsHoldingAllTerms, nameHoldsAllTerms, nameSharesATerm } from "./name-match";
import { searchTerms } from "./search-text";
import { AppError } from "../errors";
import { dateBoundsMessage, isDateInBounds, parseBoundedDay } from "../validation/common";
import { SLUG_PATTERN } from "../validation/ids";
import type { PublicSearchParams } from "./validation";

export type SearchFilter = Omit<PublicSearchParams, "page"> & {
  publishedSince?: Date;
  cursor?: { publishedAt: Date; slug: string };
  /** Topics whose names hold the query: their claims match it as well as claims holding its words. */
  topicSlugs?: string[];
};

export const SEARCH_PAGE_SIZE = 20;
/**
 * Topics whose names a search holds have their claims in the results while the whole search
 * stays this small (the words' matches, as the planner expects them, and the topics' claims).
 */
export const TOPIC_IN_RESULTS_LIMIT = EXACT_COUNT_LIMIT;

/**
 * tsquery text for the terms, all required: whole words, except the last term, which may be
 * the start of a word (the reader may still be typing it). Terms hold only letters/digits.
 */
export function prefixQuery(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `${t}:*` : t)).join(" & ");
}

const BAD_CURSOR = "cursor is invalid: pass the nextCursor of a previous response.";

/**
 * Second line of defence (callers validate first): a date PostgreSQL would refuse, or one outside
 * the accepted bounds, is the caller's bad input (400), never a database error (500).
 */
function checkedDay(value: string, label: string): string {
  if (parseBoundedDay(value) === null)
    throw new AppError(
      "VALIDATION",
      `${label} must be an existing date YYYY-MM-DD; ${dateBoundsMessage("it")}`,
    );
  return value;
}
function checkedInstant(value: Date, message: string): string {
  if (!isDateInBounds(value)) throw new AppError("VALIDATION", message);
  return value.toISOString();
}

export interface SearchSqlOptions {
  /**
   * "prefix" (the API, and the search page's second try): the last term may be the start of a
   * word. "words": every term is a whole word (folded Vietnamese syllables: "ngo" is "ngõ", "ngô",
   * never "ngoại"), which the GIN index answers without expanding a prefix into every word that
   * starts with it (105 ms for "duu ngo:*" on the 1M bench archive, 2.5 ms for "duu & ngo").
   */
  match?: "words" | "prefix";
  /**
   * False: the words are tested row by row (`ts_match_vq`, which no index serves) so that the
   * planner walks an order index (newest first) or a block sample instead of the GIN index.
   */
  indexed?: boolean;
}

/** WHERE clause over `c` ("Claim") for the filter, with positional parameters. */
export function searchSql(
  filter: SearchFilter,
  { match = "prefix", indexed = true }: SearchSqlOptions = {},
): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const conditions = [`c.status IN ('APPROVED','RETRACTED')`, `c."deletedAt" IS NULL`];
  const terms = filter.q ? searchTerms(filter.q) : [];
  if (terms.length) {
    const query = param(match === "prefix" ? prefixQuery(terms) : terms.join(" & "));
    const tsquery = `to_tsquery('simple'::regconfig, ${query})`;
    const holdsWords = (alias: string) =>
      indexed ? `${alias}."searchVector" @@ ${tsquery}` : `ts_match_vq(${alias}."searchVector", ${tsquery})`;
    const topics = (filter.topicSlugs ?? []).filter((s) => SLUG_PATTERN.test(s));
    const topicClaims = () =>
      `SELECT ct."claimId" FROM "ClaimTopic" ct JOIN "Topic" t ON t.id = ct."topicId" WHERE t.slug IN (${topics.map((s) => param(s)).join(", ")})`;
    // Indexed: the ids of a UNION of two indexed lookups (the tsvector's GIN index, ClaimTopic's
    // topicId index), then the claims by primary key. `words OR EXISTS (…)` tests every claim
    // (1.1 s on 100k claims in PostgreSQL 15), `c.id IN (… UNION …)` hash-joins them all (23 ms);
    // an array of ids is looked up in the primary key (16 ms, growing with the topic, not the
    // table). Row by row: the topics' claims are hashed once and each row probes them.
    conditions.push(
      topics.length === 0
        ? holdsWords("c")
        : indexed
          ? `c.id = ANY(ARRAY(SELECT w.id FROM "Claim" w WHERE ${holdsWords("w")} UNION ${topicClaims()}))`
          : `(${holdsWords("c")} OR c.id IN (${topicClaims()}))`,
    );
  }
  if (filter.speaker)
    conditions.push(`c."speakerId" IN (SELECT id FROM "Speaker" WHERE slug = ${param(filter.speaker)})`);
  if (filter.topic)
    conditions.push(
      `EXISTS (SELECT 1 FROM "ClaimTopic" ct JOIN "Topic" t ON t.id = ct."topicId" WHERE ct."claimId" = c.id AND t.slug = ${param(filter.topic)})`,
    );
  if (filter.status) conditions.push(`c.status = ${param(filter.status)}::"EditorialStatus"`);
  if (filter.from)
    conditions.push(`c."saidAt" >= ${param(`${checkedDay(filter.from, "from")}T00:00:00Z`)}::timestamp`);
  if (filter.to)
    conditions.push(`c."saidAt" <= ${param(`${checkedDay(filter.to, "to")}T23:59:59Z`)}::timestamp`);
  if (filter.publishedSince)
    conditions.push(
      `c."publishedAt" >= ${param(checkedInstant(filter.publishedSince, dateBoundsMessage("since")))}::timestamp`,
    );
  if (filter.cursor) {
    if (!SLUG_PATTERN.test(filter.cursor.slug)) throw new AppError("VALIDATION", BAD_CURSOR);
    const p = param(checkedInstant(filter.cursor.publishedAt, BAD_CURSOR));
    conditions.push(
      `(c."publishedAt" < ${p}::timestamp OR (c."publishedAt" = ${p}::timestamp AND c.slug > ${param(filter.cursor.slug)}))`,
    );
  }
  return { where: conditions.join(" AND "), values };
}

/** Claims for ids, in the order of the ids. */
export async function summariesFor(ids: string[]): Promise<PublicClaimSummary[]> {
  const rows = await rowsInOrder(ids, (some) =>
    prisma.claim.findMany({ where: { id: { in: some } }, select: { ...publicSummarySelect, id: true } }),
  );
  return rows.map(toPublicClaimSummary);
}

/** Topic and speaker names a search is matched against (the public index; see name-match.ts). */
export type SearchCatalog = PublicSpeakersAndTopics;

/**
 * Without a catalog (scripts, tests: outside a Next.js request there is no cache): the topics
 * with public claims, names only. Pages pass the cached index, which also has speakers and counts.
 */
async function loadTopicNames(): Promise<SearchCatalog> {
  const topics = await prisma.topic.findMany({
    where: { claims: { some: { claim: publicClaimWhere } } },
    select: { slug: true, nameVi: true, nameEn: true, description: true },
  });
  return { speakers: [], topics: topics.map((t) => ({ ...t, count: 0 })) };
}

type Named = { slug: string; count: number };
const byCount = <T extends Named>(a: T, b: T) => b.count - a.count || a.slug.localeCompare(b.slug);

export interface SearchSuggestions {
  /** Topics and speakers whose names share a word with the query, or else the biggest ones. */
  topics: SearchCatalog["topics"];
  speakers: SearchCatalog["speakers"];
  /** True when nothing in the names resembled the query and the lists are simply the biggest. */
  popular: boolean;
  /** The query without its last word, when that finds something. */
  fewerWords: { q: string; total: number } | null;
  /** How many the same words find with no filter, when filters were set. */
  withoutFilters: number | null;
}

export interface PublicSearchResult {
  terms: string[];
  results: PublicClaimSummary[];
  total: number;
  pages: number;
  /**
   * Topics whose names hold the query (`inResults`: their claims are in the results; a topic above
   * TOPIC_IN_RESULTS_LIMIT claims with the words' matches is only linked) and speakers whose names do.
   */
  matched: {
    topics: (SearchCatalog["topics"][number] & { inResults: boolean })[];
    speakers: SearchCatalog["speakers"];
  };
  /** Only when nothing was found. */
  suggestions: SearchSuggestions | null;
  /** True when `total` (and so `pages`) is an estimate: more than SEARCH_EXACT_LIMIT matches. */
  approximate: boolean;
  facets: {
    /** True when the facet counts are estimated from a sample of the matches (scaled to `total`). */
    approximate: boolean;
    speakers: { slug: string; name: string; count: number }[];
    topics: { slug: string; nameVi: string; nameEn: string; count: number }[];
    statuses: { status: "APPROVED" | "RETRACTED"; count: number }[];
    months: { month: string; count: number }[];
  };
}

const topicNames = (t: SearchCatalog["topics"][number]) => [t.nameVi, t.nameEn];
const speakerNames = (s: SearchCatalog["speakers"][number]) => [s.name, ...s.variants];

async function countMatching(filter: SearchFilter): Promise<number> {
  const { where, values } = searchSql(filter);
  const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Claim" c WHERE ${where}`,
    ...values,
  );
  return row?.n ?? 0;
}

/** Words the names hold, with the topics that hold them: the same rule for every count. */
function matchedTopicSlugs(catalog: SearchCatalog, q: string | undefined): string[] {
  const terms = q ? searchTerms(q) : [];
  return catalog.topics.filter((t) => nameHoldsAllTerms(topicNames(t), terms)).map((t) => t.slug);
}

async function suggest(
  params: PublicSearchParams,
  terms: string[],
  catalog: SearchCatalog,
): Promise<SearchSuggestions> {
  const near = <T extends Named>(items: T[], names: (x: T) => string[]) =>
    items
      .filter((x) => nameSharesATerm(names(x), terms))
      .sort(byCount)
      .slice(0, 5);
  let topics = near(catalog.topics, topicNames);
  let speakers = near(catalog.speakers, speakerNames);
  const popular = topics.length === 0 && speakers.length === 0;
  if (popular) {
    topics = [...catalog.topics].sort(byCount).slice(0, 5);
    speakers = [...catalog.speakers].sort(byCount).slice(0, 5);
  }
  const filtered = Boolean(params.speaker || params.topic || params.status || params.from || params.to);
  const shorter = terms.length > 1 ? terms.slice(0, -1).join(" ") : null;
  const [fewer, unfiltered] = await Promise.all([
    shorter ? countMatching({ ...params, q: shorter, topicSlugs: matchedTopicSlugs(catalog, shorter) }) : 0,
    filtered && terms.length
      ? countMatching({ q: params.q, topicSlugs: matchedTopicSlugs(catalog, params.q) })
      : null,
  ]);
  return {
    topics,
    speakers,
    popular,
    fewerWords: shorter && fewer > 0 ? { q: shorter, total: fewer } : null,
    withoutFilters: unfiltered,
  };
}

/** Matches a search counts exactly, with its facets over every one; above it the page says "about". */
export const SEARCH_EXACT_LIMIT = 1_000;
/** Claims a block sample of the table holds, for the estimate of a search's matches. */
const SAMPLE_ROWS = 10_000;
/**
 * Matches the sample must hold for a search to be estimated from it, with its facets counted on
 * it (about ±15% at fifty): fewer, and the estimate is too rough to stand for the total.
 */
const SAMPLE_MATCHES_MIN = 200;

type StatRow = {
  kind: "total" | "speaker" | "topic" | "status" | "month" | "id";
  key: string | null;
  name: string | null;
  nameEn: string | null;
  n: number;
  ord: number;
};

/**
 * One statement for the count, the four facets and (with `offset`) a page of ids, over the
 * claims `matches` selects: the matches are read once (a MATERIALIZED CTE), not once per facet.
 */
function statsSql(matches: string, offset: number | null): string {
  const ids =
    offset === null
      ? ""
      : `UNION ALL SELECT * FROM (SELECT 'id', m.id, NULL, NULL, 0, (row_number() OVER (ORDER BY m."saidAt" DESC NULLS LAST, m.slug))::int FROM m ORDER BY 6 OFFSET ${offset} LIMIT ${SEARCH_PAGE_SIZE}) ids`;
  return `WITH m AS MATERIALIZED (${matches})
    SELECT 'total' AS kind, NULL AS key, NULL AS name, NULL AS "nameEn", count(*)::int AS n, 0 AS ord FROM m
    UNION ALL SELECT * FROM (SELECT 'speaker', s.slug, s.name, NULL, f.n, (row_number() OVER (ORDER BY f.n DESC, s.name))::int
      FROM (SELECT m."speakerId" AS id, count(*)::int AS n FROM m GROUP BY 1) f JOIN "Speaker" s ON s.id = f.id ORDER BY 6 LIMIT 15) speakers
    UNION ALL SELECT * FROM (SELECT 'topic', t.slug, t."nameVi", t."nameEn", f.n, (row_number() OVER (ORDER BY f.n DESC, t."nameVi"))::int
      FROM (SELECT ct."topicId" AS id, count(*)::int AS n FROM m JOIN "ClaimTopic" ct ON ct."claimId" = m.id GROUP BY 1) f JOIN "Topic" t ON t.id = f.id ORDER BY 6 LIMIT 15) topics
    UNION ALL SELECT 'status', m.status::text, NULL, NULL, count(*)::int, 0 FROM m GROUP BY m.status
    UNION ALL SELECT * FROM (SELECT 'month', to_char(m."saidAt", 'YYYY-MM'), NULL, NULL, count(*)::int, 0
      FROM m WHERE m."saidAt" IS NOT NULL GROUP BY 2 ORDER BY 2 DESC LIMIT 24) months
    ${ids}`;
}

const MATCH_COLUMNS = `c.id, c.slug, c."speakerId", c.status, c."saidAt"`;

interface Stats {
  total: number;
  ids: string[];
  facets: Omit<PublicSearchResult["facets"], "approximate">;
}

/** The rows of statsSql, with facet counts multiplied by `scale` (a sample's or a capped pass's). */
function readStats(rows: StatRow[], scale: number): Stats {
  const of = (kind: StatRow["kind"]) => rows.filter((r) => r.kind === kind).sort((a, b) => a.ord - b.ord);
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    total: of("total")[0]?.n ?? 0,
    ids: of("id").map((r) => r.key ?? ""),
    facets: {
      speakers: of("speaker").map((r) => ({ slug: r.key ?? "", name: r.name ?? "", count: count(r.n) })),
      topics: of("topic").map((r) => ({
        slug: r.key ?? "",
        nameVi: r.name ?? "",
        nameEn: r.nameEn ?? "",
        count: count(r.n),
      })),
      statuses: of("status").map((r) => ({ status: r.key as "APPROVED" | "RETRACTED", count: count(r.n) })),
      months: of("month")
        .map((r) => ({ month: r.key ?? "", count: count(r.n) }))
        .sort((a, b) => b.month.localeCompare(a.month)),
    },
  };
}

export interface SearchMatches extends Stats {
  approximate: boolean;
}

/**
 * The count, facets and one page of a search, at a cost bounded on a million-claim archive:
 *
 * 1. A block sample of about `sampleRows` claims (the same sample every time) with its count and
 *    facets: ~15 ms whatever the words. When it holds SAMPLE_MATCHES_MIN matches or more, the
 *    search is broad: the total and facets are the sample's, scaled, and said to be estimates.
 * 2. Otherwise the matches are read through the GIN index, at most `exactLimit` + 1 of them, with
 *    their count, facets and the page in one statement: exact when they are all there. Above the
 *    limit the total is the sample's estimate (at least the limit + 1) and the facets those of
 *    the matches read, scaled.
 *
 * The page of a broad search walks the newest-first index and tests each claim (a match in 1,000
 * claims is found after 20,000 claims), or sorts every match (one visit each), whichever reads
 * fewer claims by the estimate: sorting 29,000 matches of "trao doi tu binh" read 32,000 blocks
 * (800 ms); the walk reads ~700 rows (3 ms).
 */
export async function searchMatches(
  filter: SearchFilter,
  sql: Required<SearchSqlOptions>["match"],
  offset: number,
  { sampleRows = SAMPLE_ROWS, exactLimit = SEARCH_EXACT_LIMIT, sampleMatchesMin = SAMPLE_MATCHES_MIN } = {},
): Promise<SearchMatches> {
  const { from: sample, percent, tableRows } = await claimSample(sampleRows);
  const rowByRow = searchSql(filter, { match: sql, indexed: false });
  const indexed = searchSql(filter, { match: sql });
  const sampled = readStats(
    await prisma.$queryRawUnsafe<StatRow[]>(
      statsSql(`SELECT ${MATCH_COLUMNS} FROM ${sample} WHERE ${rowByRow.where}`, null),
      ...rowByRow.values,
    ),
    100 / percent,
  );
  const estimate = Math.round((sampled.total * 100) / percent);
  const page = (total: number) => {
    const walk = ((offset + SEARCH_PAGE_SIZE) * tableRows) / Math.max(1, total) < total;
    const { where, values } = walk ? rowByRow : indexed;
    return prisma
      .$queryRawUnsafe<{ id: string }[]>(
        `SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY c."saidAt" DESC NULLS LAST, c.slug LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
        ...values,
      )
      .then((rows) => rows.map((r) => r.id));
  };
  if (percent < 100 && sampled.total >= sampleMatchesMin && estimate > exactLimit) {
    return { ...sampled, total: estimate, ids: await page(estimate), approximate: true };
  }
  // A sample that already sees more than the limit: the page is read alongside, not after.
  const early = estimate > exactLimit ? page(estimate) : null;
  early?.catch(() => undefined);
  const rows = await prisma.$queryRawUnsafe<StatRow[]>(
    statsSql(`SELECT ${MATCH_COLUMNS} FROM "Claim" c WHERE ${indexed.where} LIMIT ${exactLimit + 1}`, offset),
    ...indexed.values,
  );
  const read = readStats(rows, 1);
  if (read.total <= exactLimit) return { ...read, approximate: false };
  const total = Math.max(exactLimit + 1, estimate);
  const scaled = readStats(rows, total / read.total);
  return { ...scaled, total, ids: await (early ?? page(total)), approximate: true };
}

/** Whether the words, as whole words, are in any claim the filters allow (one index probe). */
async function wordsFindAny(params: PublicSearchParams): Promise<boolean> {
  const { where, values } = searchSql(params, { match: "words" });
  const rows = await prisma.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "Claim" c WHERE ${where} LIMIT 1`,
    ...values,
  );
  return rows.length > 0;
}

/** The matched topics whose claims the results take in (see TOPIC_IN_RESULTS_LIMIT). */
async function topicsInResults(
  params: PublicSearchParams,
  matched: SearchCatalog["topics"],
): Promise<Set<string>> {
  const topicClaims = matched.reduce((n, t) => n + t.count, 0);
  if (matched.length === 0 || topicClaims > TOPIC_IN_RESULTS_LIMIT) return new Set();
  const words = searchSql(params, { match: "words" });
  const expected = await estimateRows(`SELECT 1 FROM "Claim" c WHERE ${words.where}`, words.values);
  return expected + topicClaims > TOPIC_IN_RESULTS_LIMIT ? new Set() : new Set(matched.map((t) => t.slug));
}

export async function searchPublishedClaims(
  params: PublicSearchParams,
  catalog?: SearchCatalog,
): Promise<PublicSearchResult> {
  const names = catalog ?? (await loadTopicNames());
  const terms = params.q ? searchTerms(params.q) : [];
  const matchedTopics = itemsHoldingAllTerms(names.topics, topicNames, terms);
  const matchedSpeakers = itemsHoldingAllTerms(names.speakers, speakerNames, terms).sort(byCount).slice(0, 5);
  // Matched topics' claims join the results while the search stays of a size to count; beyond it
  // the topics are only linked (their own pages list them by position): taking tens of thousands
  // of claims into a search that is estimated anyway cost seconds on a million-claim archive.
  const inResults = await topicsInResults(params, matchedTopics);
  const filter = { ...params, topicSlugs: [...inResults] };
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;
  // Whole words first; when they find nothing, the last word may be the start of one (the reader
  // may have stopped typing early: "zaporizh"). With topics' claims in the results, whether the
  // words found anything is asked on its own.
  let found = await searchMatches(filter, "words", offset);
  if (terms.length && (inResults.size ? !(await wordsFindAny(params)) : found.total === 0))
    found = await searchMatches(filter, "prefix", offset);
  const { total } = found;
  return {
    terms,
    results: await summariesFor(found.ids),
    total,
    pages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    matched: {
      topics: matchedTopics.sort(byCount).map((t) => ({ ...t, inResults: inResults.has(t.slug) })),
      speakers: matchedSpeakers,
    },
    suggestions: total === 0 ? await suggest(params, terms, names) : null,
    facets: { ...found.facets, approximate: found.approximate },
    approximate: found.approximate,
  };
}
