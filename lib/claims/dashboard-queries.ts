import { prisma } from "../db";
import type { EditorialStatus, Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "../permissions";
import { foldText } from "../text/normalize";
import { claimSnapshotSelect, toClaimSnapshot, type ClaimSnapshot } from "./snapshot";

/** Reads for the newsroom dashboard (staff only: drafts and internal fields included). */
export const STAFF_PAGE_SIZE = 25;

export interface StaffClaimFilter {
  status?: EditorialStatus;
  q?: string;
  page: number;
  view?: "review-queue" | "my-drafts" | "changes-requested" | "deleted";
}

export async function listClaimsForStaff(actor: Actor | null, filter: StaffClaimFilter) {
  assertRole(actor, "claim.read_internal");
  const where: Prisma.ClaimWhereInput = { deletedAt: null };
  // Deleted claims are listed for admins only: they alone can restore them.
  if (filter.view === "deleted") {
    assertRole(actor, "claim.undelete");
    where.deletedAt = { not: null };
  }
  if (filter.status) where.status = filter.status;
  if (filter.view === "review-queue") Object.assign(where, { status: "IN_REVIEW", createdById: { not: actor.id } });
  if (filter.view === "my-drafts") Object.assign(where, { status: "DRAFT", createdById: actor.id });
  if (filter.view === "changes-requested") Object.assign(where, { status: "CHANGES_REQUESTED" });
  const q = filter.q ? foldText(filter.q).trim() : "";
  if (q) where.searchText = { contains: q };
  const [claims, total] = await Promise.all([
    prisma.claim.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
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
      },
    }),
    prisma.claim.count({ where }),
  ]);
  return { claims, total, pages: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}

export async function countClaimsByStatus(actor: Actor | null): Promise<Record<EditorialStatus, number>> {
  assertRole(actor, "claim.read_internal");
  const rows = await prisma.claim.groupBy({ by: ["status"], where: { deletedAt: null }, _count: { _all: true } });
  const counts = { DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 0, REJECTED: 0, RETRACTED: 0 } satisfies Record<EditorialStatus, number>;
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
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
        select: { id: true, exact: true, article: { select: { title: true, outlet: { select: { name: true } } } }, chain: { orderBy: { position: "asc" }, select: { position: true, kind: true, label: true } } },
      },
    },
  });
}

export async function listRevisions(actor: Actor | null, claimId: string) {
  assertRole(actor, "claim.read_internal");
  const rows = await prisma.revision.findMany({
    where: { claimId },
    orderBy: { version: "desc" },
    select: { version: true, action: true, createdAt: true, snapshot: true, actor: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, snapshot: r.snapshot as unknown as ClaimSnapshot }));
}

export async function claimFormOptions(actor: Actor | null) {
  assertRole(actor, "claim.read_internal");
  const [speakers, topics] = await Promise.all([
    prisma.speaker.findMany({ where: { deletedAt: null, mergedIntoId: null }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
    prisma.topic.findMany({ orderBy: { nameEn: "asc" }, select: { slug: true, nameEn: true, nameVi: true } }),
  ]);
  return { speakers, topics };
}

export { toClaimSnapshot };
