/**
 * Counts that stay cheap on a large archive: exact up to a threshold, estimated above it. Counting
 * every match of a broad query reads every match (700,000 index entries for "all public claims"
 * at a million claims); counting up to the threshold reads at most that many, and above it the
 * planner's own row estimate (from the statistics ANALYZE keeps) is given instead, marked
 * `approximate` so pages can say "about".
 */
import { prisma } from "../db";

/** Above this many matches a count is estimated. */
export const EXACT_COUNT_LIMIT = 5_000;

export interface Counted {
  count: number;
  approximate: boolean;
}

interface PlanRoot {
  Plan: { "Plan Rows": number };
}

/**
 * `fromWhere` is the statement's `FROM … WHERE …` (positional parameters in `values`). Exact when
 * at most `limit` rows match; otherwise the planner's estimate (`expected`, if at hand), never
 * below limit + 1.
 */
export async function countOrEstimate(
  fromWhere: string,
  values: unknown[],
  limit = EXACT_COUNT_LIMIT,
  expected?: number,
): Promise<Counted> {
  const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${limit + 1}) AS capped`,
    ...values,
  );
  const exact = row?.n ?? 0;
  if (exact <= limit) return { count: exact, approximate: false };
  return {
    count: Math.max(limit + 1, expected ?? (await estimateRows(`SELECT 1 ${fromWhere}`, values))),
    approximate: true,
  };
}

/** The planner's estimate of how many rows a statement returns (it is planned, not run). */
export async function estimateRows(sql: string, values: unknown[]): Promise<number> {
  const [plan] = await prisma.$queryRawUnsafe<{ "QUERY PLAN": PlanRoot[] }[]>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    ...values,
  );
  return Math.round(plan?.["QUERY PLAN"][0]?.Plan["Plan Rows"] ?? 0);
}

/**
 * The planner's estimate when it expects more than `limit` rows, counted (up to the limit)
 * otherwise: counting even up to the limit reads thousands of scattered rows when the matches
 * are spread thin. Only for lists whose pages do not depend on the total being right — the
 * dashboard's, which pages on while a next page exists. `expected`: the estimate, if at hand.
 */
export async function estimateOrCount(
  fromWhere: string,
  values: unknown[],
  limit = EXACT_COUNT_LIMIT,
  expected?: number,
): Promise<Counted> {
  const estimate = expected ?? (await estimateRows(`SELECT 1 ${fromWhere}`, values));
  if (estimate > limit) return { count: estimate, approximate: true };
  return countOrEstimate(fromWhere, values, limit, estimate);
}

/** The same block sample every time: pages of one list agree on an estimated total. */
const SAMPLE_SEED = 17;

export interface ClaimSample {
  /** `"Claim" c TABLESAMPLE …`: about `rows` claims, read a block at a time. */
  from: string;
  /** Share of the table's blocks sampled, 0–100 (100: the whole table, so counts are exact). */
  percent: number;
  /** The table's size by its statistics (at least 1). */
  tableRows: number;
}

/**
 * A block sample of about `rows` claims, for estimating how many claims a condition holds when
 * the planner cannot (several words are not independent: it expected 153 claims of the 1M bench
 * archive to hold "trao doi tu binh", 28,984 did). The condition must be tested row by row:
 * an index cannot serve a sample.
 */
export async function claimSample(rows: number): Promise<ClaimSample> {
  const [table] = await prisma.$queryRawUnsafe<{ rows: number }[]>(
    `SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = '"Claim"'::regclass`,
  );
  const tableRows = Math.max(1, table?.rows ?? 0);
  const percent = Math.min(100, (100 * rows) / tableRows);
  return {
    from: `"Claim" c TABLESAMPLE SYSTEM (${percent}) REPEATABLE (${SAMPLE_SEED})`,
    percent,
    tableRows,
  };
}
