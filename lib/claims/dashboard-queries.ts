/** Reads for the newsroom dashboard (staff only: drafts and internal fields included). */

import { prisma } from "../db";
import { claimSample, type Counted, EXACT_COUNT_LIMIT, estimateOrCount, estimateRows } from "../db/estimate";
import { rowsInOrder } from "../db/rows-in-order";
import type { Prisma } from "../generated/prisma/client";
import { EditorialStatus } from "../generated/prisma/enums";
import { assertRole, type Actor } from "../permissions";
import { claimSnapshotSelect, toClaimSnapshot } from "./snapshot";
import {
  STAFF_ORDER_SQL,
  STAFF_REVERSE_ORDER_SQL,
  type StaffClaimFilter,
  staffFilterSql,
} from "./staff-filter-sql";
import { searchTerms } from "../search/search-text";

export const STAFF_PAGE_SIZE = 25;

/**
 * A page of the dashboard's claim list. The page's ids come from one statement of our own
 * (lib/claims/staff-filter-sql.ts), its rows from Prisma; the matches are counted up to
 * `countLimit` (tests lower it) and estimated above it, so a view costs the same on a million claims.
 */
export async function listClaimsForStaff(
  actor: Actor | null,
  filter: StaffClaimFilter,
  countLimit = EXACT_COUNT_LIMIT,
  deepOffset = DEEP_OFFSET,
) {
  assertRole(actor, "claim.read_internal");
  // Deleted claims are listed for admins only: they alone can restore them.
  if (filter.view === "deleted") assertRole(actor, "claim.undelete");
  const { topic, ...rest } = filter;
  const topicId = topic
    ? (await prisma.topic.findUnique({ where: { slug: topic }, select: { id: true } }))?.id
    : undefined;
  if (topic && !topicId) return { claims: [], total: 0, approximate: false, pages: 1 };
  const sql = (textMatch?: "words" | "words-row-by-row" | "prefix") =>
    staffFilterSql(actor.id, { ...rest, topicId }, new Date(), textMatch);
  const sample = searchTerms(filter.q ?? "").length ? await claimSample(TEXT_SAMPLE_ROWS) : null;
  if (sample && sample.percent < 100) {
    // Common words: sorting every match costs a visit each (20,000 claims hold "dam phan ba ben"
    // in the 1M bench archive: 103 ms), so the list walks its order index and tests each claim,
    // and the total is the sample's estimate. The planner cannot tell: it multiplies the words'
    // frequencies as if they were independent. (A table smaller than the sample is counted.)
    const rowByRow = sql("words-row-by-row");
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${sample.from} WHERE ${rowByRow.where}`,
      ...rowByRow.values,
    );
    const estimate = Math.round(((row?.n ?? 0) * 100) / sample.percent);
    if ((row?.n ?? 0) >= TEXT_SAMPLE_MATCHES_MIN && estimate > countLimit)
      return staffPage(rowByRow, filter, countLimit, deepOffset, { count: estimate, approximate: true });
  }
  const found = await staffPage(sql(), filter, countLimit, deepOffset);
  // Whole words first; when they find nothing, each term may start a word ("zelen").
  if (found.total === 0 && searchTerms(filter.q ?? "").length)
    return staffPage(sql("prefix"), filter, countLimit, deepOffset);
  return found;
}

/** Claims the block sample holds when a text filter's matches are estimated. */
const TEXT_SAMPLE_ROWS = 10_000;
/** Matches the sample must hold for its estimate to stand for the total. */
const TEXT_SAMPLE_MATCHES_MIN = 50;

async function staffPage(
  { from, where, values }: { from: string; where: string; values: unknown[] },
  filter: StaffClaimFilter,
  countLimit: number,
  deepOffset: number,
  known?: Counted,
) {
  const offset = (filter.page - 1) * STAFF_PAGE_SIZE;
  const sort = filter.sort ?? "updated";
  const fromWhere = `FROM ${from} WHERE ${where}`;
  const expected = known?.count ?? (await estimateRows(`SELECT 1 ${fromWhere}`, values));
  const countMatches = () =>
    known ? Promise.resolve(known) : estimateOrCount(fromWhere, values, countLimit, expected);
  // A date range ordered by another date: the planner walks that date's index hoping to meet the
  // range soon, and when the range lies far down it reads half the table (3 s on a million
  // claims). A range of modest size is read first and sorted (OFFSET 0 keeps the order apart).
  const rangeFirst =
    Boolean(filter.from || filter.to) && !sort.startsWith("said") && expected < RANGE_FIRST_ROWS;
  const ids = (order: string, limit: number, skip: number) =>
    prisma.$queryRawUnsafe<{ id: string }[]>(
      rangeFirst
        ? `SELECT c.id FROM (SELECT c.id, c."updatedAt", c."createdAt" ${fromWhere} OFFSET 0) c
            ORDER BY ${order} LIMIT ${limit} OFFSET ${skip}`
        : `SELECT c.id ${fromWhere} ORDER BY ${order} LIMIT ${limit} OFFSET ${skip}`,
      ...values,
    );
  let page: string[];
  let hasNext: boolean;
  let counted: Counted;
  if (offset < deepOffset) {
    const [idRows, count] = await Promise.all([
      ids(STAFF_ORDER_SQL[sort], STAFF_PAGE_SIZE + 1, offset),
      countMatches(),
    ]);
    page = idRows.slice(0, STAFF_PAGE_SIZE).map((r) => r.id);
    hasNext = idRows.length > STAFF_PAGE_SIZE;
    counted = count;
  } else {
    // Deep pages: skipping hundreds of thousands of rows costs as many index entries (the last
    // page of a million claims: 106 ms). A page in the back half of the list is counted from
    // its end in the reverse order, as the public lists do; with an estimated total the back
    // pages stay aligned on the end (the last page is the oldest claims).
    counted = await countMatches();
    const total = counted.count;
    const end = Math.min(offset + STAFF_PAGE_SIZE, total);
    if (total - end < offset) {
      page =
        end > offset
          ? (await ids(STAFF_REVERSE_ORDER_SQL[sort], end - offset, total - end)).map((r) => r.id).reverse()
          : [];
      hasNext = end < total;
    } else {
      const idRows = await ids(STAFF_ORDER_SQL[sort], STAFF_PAGE_SIZE + 1, offset);
      page = idRows.slice(0, STAFF_PAGE_SIZE).map((r) => r.id);
      hasNext = idRows.length > STAFF_PAGE_SIZE;
    }
  }
  const claims = await rowsInOrder(page, (some) =>
    prisma.claim.findMany({ where: { id: { in: some } }, select: staffListSelect }),
  );
  // An estimate may be off either way: its pages go on while a next one exists, and end where none does.
  const pages = !counted.approximate
    ? Math.max(1, Math.ceil(counted.count / STAFF_PAGE_SIZE))
    : hasNext
      ? Math.max(Math.ceil(counted.count / STAFF_PAGE_SIZE), filter.page + 1)
      : filter.page;
  return { claims, total: counted.count, approximate: counted.approximate, pages };
}

/** Pages from this many rows on may be read from the end of the list (see staffPage). */
const DEEP_OFFSET = 10_000;

/** Up to this many expected matches a date range is read before it is sorted. */
const RANGE_FIRST_ROWS = 200_000;

const staffListSelect = {
  id: true,
  slug: true,
  quote: true,
  status: true,
  verification: true,
  version: true,
  updatedAt: true,
  saidAt: true,
  speaker: { select: { name: true } },
  createdBy: { select: { name: true } },
  dueAt: true,
  deadlineAt: true,
  assignedEditor: { select: { name: true } },
  assignedReviewer: { select: { name: true } },
} satisfies Prisma.ClaimSelect;

/**
 * Claims in each editorial state (the dashboard's chips): exact up to EXACT_COUNT_LIMIT, the
 * planner's estimate above (grouping a million claims by state on every dashboard view costs a
 * full read of the table).
 */
export async function countClaimsByStatus(
  actor: Actor | null,
  countLimit = EXACT_COUNT_LIMIT,
): Promise<Record<EditorialStatus, Counted>> {
  assertRole(actor, "claim.read_internal");
  const count = (status: EditorialStatus) =>
    estimateOrCount(
      `FROM "Claim" c WHERE c.status = $1::"EditorialStatus" AND c."deletedAt" IS NULL`,
      [status],
      countLimit,
    );
  const counted = await Promise.all(
    Object.values(EditorialStatus).map(async (s) => [s, await count(s)] as const),
  );
  return Object.fromEntries(counted) as Record<EditorialStatus, Counted>;
}

export async function findClaimForStaff(actor: Actor | null, id: string) {
  assertRole(actor, "claim.read_internal");
  return prisma.claim.findUnique({
    where: { id },
    select: {
      ...claimSnapshotSelect,
      createdById: true,
      lastEditedById: true,
      deletedAt: true,
      publishedAt: true,
      retractedAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      lastEditedBy: { select: { name: true } },
      speaker: { select: { name: true, slug: true } },
      appearances: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          exact: true,
          start: true,
          end: true,
          anchorLostAt: true,
          article: { select: { id: true, title: true, text: true, outlet: { select: { name: true } } } },
          chain: {
            orderBy: { position: "asc" },
            select: { position: true, kind: true, label: true, outletId: true, speakerId: true },
          },
        },
      },
      linksFrom: {
        where: { deletedAt: null },
        select: { id: true, type: true, note: true, toClaim: { select: linkedStaffSelect } },
      },
      linksTo: {
        where: { deletedAt: null },
        select: { id: true, type: true, note: true, fromClaim: { select: linkedStaffSelect } },
      },
      annotations: {
        where: { deletedAt: null, parentId: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          visibility: true,
          createdAt: true,
          version: true,
          resolvedAt: true,
          resolvedBy: { select: { name: true } },
          author: { select: { name: true } },
          mentions: { select: { user: { select: { name: true } } } },
          anchorTarget: true,
          anchorExact: true,
          anchorStart: true,
          anchorEnd: true,
          appearanceId: true,
          replies: {
            where: { deletedAt: null },
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              body: true,
              createdAt: true,
              visibility: true,
              author: { select: { name: true } },
              mentions: { select: { user: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
}

const linkedStaffSelect = {
  id: true,
  quote: true,
  status: true,
  deletedAt: true,
  speaker: { select: { name: true } },
} satisfies Prisma.ClaimSelect;

export async function claimFormOptions(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  const [speakers, topics, outlets, articles] = await Promise.all([
    prisma.speaker.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true },
    }),
    prisma.topic.findMany({ orderBy: { nameEn: "asc" }, select: { slug: true, nameEn: true, nameVi: true } }),
    prisma.outlet.findMany({
      where: { deletedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.article.findMany({
      where: { deletedAt: null },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      select: { id: true, title: true, outlet: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    speakers,
    topics,
    outlets,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outletId: a.outlet.id,
      outletName: a.outlet.name,
    })),
  };
}

export { toClaimSnapshot };
