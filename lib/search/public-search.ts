/**
 * Public search over approved claims: quote, translation, speaker names and variants, ignoring
 * diacritics, tone-mark placement and case. Every folded term must start a word of the claim's
 * folded text: `searchVector @@ to_tsquery('simple', 'dam & phan:*')`, served by a GIN index
 * on the tsvector, never a table scan. Matching ids come from SQL; rows are read with Prisma.
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
import { type Counted, countOrEstimate, EXACT_COUNT_LIMIT, estimateRows } from "../db/estimate";
import { rowsInOrder } from "../db/rows-in-order";
import { nameHoldsAllTerms, nameSharesATerm } from "./name-match";
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
/** Matches the facets are counted on when there are too many to count them all. */
export const FACET_SAMPLE = 2_000;
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

/** WHERE clause over `c` ("Claim") for the filter, with positional parameters. */
export function searchSql(filter: SearchFilter): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const conditions = [`c.status IN ('APPROVED','RETRACTED')`, `c."deletedAt" IS NULL`];
  const terms = filter.q ? searchTerms(filter.q) : [];
  if (terms.length) {
    const query = param(prefixQuery(terms));
    const holdsWords = (alias: string) =>
      `${alias}."searchVector" @@ to_tsquery('simple'::regconfig, ${query})`;
    const topics = (filter.topicSlugs ?? []).filter((s) => SLUG_PATTERN.test(s));
    // The ids of a UNION of two indexed lookups (the tsvector's GIN index, ClaimTopic's topicId
    // index), then the claims by primary key. `words OR EXISTS (…)` tests every claim (1.1 s on
    // 100k claims in PostgreSQL 15), `c.id IN (… UNION …)` hash-joins them all (23 ms); an array
    // of ids is looked up in the primary key (16 ms, growing with the topic, not the table).
    conditions.push(
      topics.length
        ? `c.id = ANY(ARRAY(SELECT w.id FROM "Claim" w WHERE ${holdsWords("w")} UNION SELECT ct."claimId" FROM "ClaimTopic" ct JOIN "Topic" t ON t.id = ct."topicId" WHERE t.slug IN (${topics.map((s) => param(s)).join(", ")})))`
        : holdsWords("c"),
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
  /** True when `total` (and so `pages`) is an estimate: more than EXACT_COUNT_LIMIT matches. */
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

/** Claims a block sample of the table holds, for the estimate of a search's matches. */
const SAMPLE_ROWS = 20_000;
/** The same sample every time: page 1 and page 2 of a search say the same total. */
const SAMPLE_SEED = 17;

/**
 * How many claims a search matches: exact up to EXACT_COUNT_LIMIT, estimated above it from a
 * block sample of about SAMPLE_ROWS claims (the same sample every time, so page 1 and page 2 say
 * the same). The planner's own estimate multiplies the words' frequencies as if they were
 * independent: 153 for "trao doi tu binh", which 28,984 claims of the 1M bench archive hold, so a
 * page said "about 5,001". A sample that finds clearly more than the limit is taken without
 * counting (counting 5,001 matches reads 5,001 scattered rows: 224 ms against the sample's 30).
 */
export async function countMatches(
  where: string,
  values: unknown[],
  { sampleRows = SAMPLE_ROWS, limit = EXACT_COUNT_LIMIT } = {},
): Promise<Counted & { sample?: { percent: number } }> {
  const [table] = await prisma.$queryRawUnsafe<{ rows: number }[]>(
    `SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = '"Claim"'::regclass`,
  );
  const percent = Math.min(100, (100 * sampleRows) / Math.max(1, table?.rows ?? 0));
  const [sample] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Claim" c TABLESAMPLE SYSTEM (${percent}) REPEATABLE (${SAMPLE_SEED}) WHERE ${where}`,
    ...values,
  );
  const sampled = Math.round(((sample?.n ?? 0) * 100) / percent);
  if (percent < 100 && sampled > 2 * limit) return { count: sampled, approximate: true, sample: { percent } };
  const counted = await countOrEstimate(`FROM "Claim" c WHERE ${where}`, values, limit);
  return counted.approximate ? { count: Math.max(counted.count, sampled), approximate: true } : counted;
}

/** The matched topics whose claims the results take in (see TOPIC_IN_RESULTS_LIMIT). */
async function topicsInResults(
  params: PublicSearchParams,
  matched: SearchCatalog["topics"],
): Promise<Set<string>> {
  const topicClaims = matched.reduce((n, t) => n + t.count, 0);
  if (matched.length === 0 || topicClaims > TOPIC_IN_RESULTS_LIMIT) return new Set();
  const words = searchSql(params);
  const expected = await estimateRows(`SELECT 1 FROM "Claim" c WHERE ${words.where}`, words.values);
  return expected + topicClaims > TOPIC_IN_RESULTS_LIMIT ? new Set() : new Set(matched.map((t) => t.slug));
}

export async function searchPublishedClaims(
  params: PublicSearchParams,
  catalog?: SearchCatalog,
): Promise<PublicSearchResult> {
  const names = catalog ?? (await loadTopicNames());
  const terms = params.q ? searchTerms(params.q) : [];
  const matchedTopics = names.topics.filter((t) => nameHoldsAllTerms(topicNames(t), terms));
  const matchedSpeakers = names.speakers
    .filter((s) => nameHoldsAllTerms(speakerNames(s), terms))
    .sort(byCount)
    .slice(0, 5);
  // Matched topics' claims join the results while the search stays of a size to count; beyond it
  // the topics are only linked (their own pages list them by position): taking tens of thousands
  // of claims into a search that is estimated anyway cost seconds on a million-claim archive.
  const inResults = await topicsInResults(params, matchedTopics);
  const { where, values } = searchSql({ ...params, topicSlugs: [...inResults] });
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;
  const [ids, counted] = await Promise.all([
    prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY c."saidAt" DESC NULLS LAST, c.slug LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
      ...values,
    ),
    countMatches(where, values),
  ]);
  // Facets count every match when there are few; above the exact-count limit they are counted
  // on a sample and scaled to the estimated total (a common word matches a tenth of a
  // million-claim archive: grouping all of it four times costs seconds): the block sample the
  // total came from when it did, else the first FACET_SAMPLE matches. The result says which
  // (`approximate`).
  const source = counted.sample
    ? `(SELECT * FROM "Claim" c TABLESAMPLE SYSTEM (${counted.sample.percent}) REPEATABLE (${SAMPLE_SEED}) WHERE ${where}) c`
    : counted.approximate
      ? `(SELECT * FROM "Claim" c WHERE ${where} LIMIT ${FACET_SAMPLE}) c`
      : `"Claim" c`;
  const filter = counted.approximate ? "TRUE" : where;
  const scale = counted.sample
    ? 100 / counted.sample.percent
    : counted.approximate
      ? counted.count / FACET_SAMPLE
      : 1;
  const scaled = <T extends { count: number }>(rows: T[]) =>
    rows.map((r) => ({ ...r, count: Math.max(1, Math.round(r.count * scale)) }));
  const [speakers, topics, statuses, months] = await Promise.all([
    prisma.$queryRawUnsafe<{ slug: string; name: string; count: number }[]>(
      `SELECT s.slug, s.name, count(*)::int AS count FROM ${source} JOIN "Speaker" s ON s.id = c."speakerId" WHERE ${filter} GROUP BY s.slug, s.name ORDER BY count DESC, s.name LIMIT 15`,
      ...values,
    ),
    prisma.$queryRawUnsafe<{ slug: string; nameVi: string; nameEn: string; count: number }[]>(
      `SELECT t.slug, t."nameVi", t."nameEn", count(*)::int AS count FROM ${source} JOIN "ClaimTopic" ct ON ct."claimId" = c.id JOIN "Topic" t ON t.id = ct."topicId" WHERE ${filter} GROUP BY t.slug, t."nameVi", t."nameEn" ORDER BY count DESC, t."nameVi" LIMIT 15`,
      ...values,
    ),
    prisma.$queryRawUnsafe<{ status: "APPROVED" | "RETRACTED"; count: number }[]>(
      `SELECT c.status::text AS status, count(*)::int AS count FROM ${source} WHERE ${filter} GROUP BY c.status`,
      ...values,
    ),
    prisma.$queryRawUnsafe<{ month: string; count: number }[]>(
      `SELECT to_char(c."saidAt", 'YYYY-MM') AS month, count(*)::int AS count FROM ${source} WHERE ${filter} AND c."saidAt" IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 24`,
      ...values,
    ),
  ]);
  const total = counted.count;
  return {
    terms,
    results: await summariesFor(ids.map((r) => r.id)),
    total,
    pages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    matched: {
      topics: matchedTopics.sort(byCount).map((t) => ({ ...t, inResults: inResults.has(t.slug) })),
      speakers: matchedSpeakers,
    },
    suggestions: total === 0 ? await suggest(params, terms, names) : null,
    facets: {
      speakers: scaled(speakers),
      topics: scaled(topics),
      statuses: scaled(statuses),
      months: scaled(months),
      approximate: counted.approximate,
    },
    approximate: counted.approximate,
  };
}
