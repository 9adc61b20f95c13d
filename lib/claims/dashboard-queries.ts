/** Reads for the newsroom dashboard (staff only: drafts and internal fields included). */

import { prisma } from "../db";
import { type Counted, countOrEstimate, EXACT_COUNT_LIMIT } from "../db/estimate";
import type { LinkType, Prisma, VerificationStatus } from "../generated/prisma/client";
import { EditorialStatus } from "../generated/prisma/enums";
import { assignedToWhere, overdueWhere } from "../assignments/queries";
import { deadlinePassedWhere } from "../deadlines/due";
import { assertRole, type Actor } from "../permissions";
import { searchTerms } from "../search/search-text";
import { claimSnapshotSelect, toClaimSnapshot } from "./snapshot";
import type { STAFF_SORTS } from "./validation";

export const STAFF_PAGE_SIZE = 25;

export interface StaffClaimFilter {
  status?: EditorialStatus;
  verification?: VerificationStatus;
  speaker?: string; // speaker id
  topic?: string; // topic slug
  outlet?: string; // outlet id
  linkType?: LinkType;
  from?: string; // YYYY-MM-DD (said at)
  to?: string;
  q?: string;
  sort?: (typeof STAFF_SORTS)[number];
  page: number;
  view?:
    | "review-queue"
    | "my-drafts"
    | "changes-requested"
    | "deleted"
    | "assigned-to-me"
    | "overdue"
    | "deadline-passed";
}

const staffOrder: Record<(typeof STAFF_SORTS)[number], Prisma.ClaimOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  "said-desc": [{ saidAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  "said-asc": [{ saidAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  created: [{ createdAt: "desc" }, { id: "asc" }],
};

/** `countLimit`: how far the matches are counted (tests lower it). */
export async function listClaimsForStaff(
  actor: Actor | null,
  filter: StaffClaimFilter,
  countLimit = EXACT_COUNT_LIMIT,
) {
  assertRole(actor, "claim.read_internal");
  const where: Prisma.ClaimWhereInput = { deletedAt: null };
  // Deleted claims are listed for admins only: they alone can restore them.
  if (filter.view === "deleted") {
    assertRole(actor, "claim.undelete");
    where.deletedAt = { not: null };
  }
  if (filter.status) where.status = filter.status;
  if (filter.view === "review-queue")
    Object.assign(where, { status: "IN_REVIEW", createdById: { not: actor.id } });
  if (filter.view === "my-drafts") Object.assign(where, { status: "DRAFT", createdById: actor.id });
  if (filter.view === "changes-requested") Object.assign(where, { status: "CHANGES_REQUESTED" });
  const and: Prisma.ClaimWhereInput[] = searchTerms(filter.q ?? "").map((t) => ({
    searchText: { contains: ` ${t}` },
  }));
  // Assignment views (lib/assignments/): the person's claims as editor or reviewer; open claims
  // past their due date, whoever they are assigned to.
  if (filter.view === "assigned-to-me") and.push(assignedToWhere(actor.id));
  if (filter.view === "overdue") and.push(overdueWhere());
  // Predictions and promises whose own due date has passed (lib/deadlines/): time to re-check them.
  if (filter.view === "deadline-passed") and.push(deadlinePassedWhere());
  if (filter.verification) and.push({ verification: filter.verification });
  if (filter.speaker) and.push({ speakerId: filter.speaker });
  if (filter.topic) and.push({ topics: { some: { topic: { slug: filter.topic } } } });
  if (filter.outlet)
    and.push({ appearances: { some: { deletedAt: null, article: { outletId: filter.outlet } } } });
  if (filter.linkType)
    and.push({
      OR: [
        { linksFrom: { some: { type: filter.linkType, deletedAt: null } } },
        { linksTo: { some: { type: filter.linkType, deletedAt: null } } },
      ],
    });
  if (filter.from) and.push({ saidAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ saidAt: { lte: new Date(`${filter.to}T23:59:59Z`) } });
  if (and.length) where.AND = and;
  // Counted up to countLimit only (counting every one of a million matches costs more
  // than the page); above it the list says "more than 5,000" and pages on while a next one exists.
  const [rows, counted] = await Promise.all([
    prisma.claim.findMany({
      where,
      orderBy: staffOrder[filter.sort ?? "updated"],
      skip: (filter.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE + 1,
      select: {
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
      },
    }),
    prisma.claim.count({ where, take: countLimit + 1 }),
  ]);
  const claims = rows.slice(0, STAFF_PAGE_SIZE);
  const hasNext = rows.length > STAFF_PAGE_SIZE;
  const moreThan = counted > countLimit;
  const pages = moreThan
    ? Math.max(filter.page + (hasNext ? 1 : 0), Math.ceil(countLimit / STAFF_PAGE_SIZE))
    : Math.max(1, Math.ceil(counted / STAFF_PAGE_SIZE));
  /** `total` is exact, or (`moreThan`) a lower bound: countLimit. */
  return { claims, total: moreThan ? countLimit : counted, moreThan, pages };
}

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
    countOrEstimate(
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
