import { z } from "zod";
import { publicClaimWhere, publicSummarySelect, toPublicClaimSummary } from "../claims/public-queries";
import type { PublicClaimSummary } from "../claims/public-dto";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { searchTerms } from "./search-text";

/**
 * Public search over approved claims: quote, translation, speaker names and variants, ignoring
 * diacritics, tone-mark placement and case. Each folded term must start a word of
 * Claim.searchText (`LIKE '% term%'`), which the trigram GIN index serves: no table scan.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()));

export const publicSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  speaker: z.string().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined),
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  status: z.enum(["APPROVED", "RETRACTED"]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PublicSearchParams = z.infer<typeof publicSearchSchema>;

export const SEARCH_PAGE_SIZE = 20;

export interface PublicSearchResult {
  terms: string[];
  results: PublicClaimSummary[];
  total: number;
  pages: number;
  facets: {
    speakers: { slug: string; name: string; count: number }[];
    topics: { slug: string; nameVi: string; count: number }[];
    statuses: { status: "APPROVED" | "RETRACTED"; count: number }[];
    months: { month: string; count: number }[];
  };
}

export function searchWhere(params: Omit<PublicSearchParams, "page">): Prisma.ClaimWhereInput {
  const terms = params.q ? searchTerms(params.q) : [];
  const and: Prisma.ClaimWhereInput[] = terms.map((t) => ({ searchText: { contains: ` ${t}` } }));
  if (params.speaker) and.push({ speaker: { slug: params.speaker } });
  if (params.topic) and.push({ topics: { some: { topic: { slug: params.topic } } } });
  if (params.status) and.push({ status: params.status });
  if (params.from) and.push({ saidAt: { gte: new Date(`${params.from}T00:00:00Z`) } });
  if (params.to) and.push({ saidAt: { lte: new Date(`${params.to}T23:59:59Z`) } });
  return { ...publicClaimWhere, AND: and };
}

export async function searchPublishedClaims(params: PublicSearchParams): Promise<PublicSearchResult> {
  const where = searchWhere(params);
  const [rows, total, bySpeaker, byTopic, byStatus, byDay] = await Promise.all([
    prisma.claim.findMany({
      where,
      orderBy: [{ saidAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
      skip: (params.page - 1) * SEARCH_PAGE_SIZE,
      take: SEARCH_PAGE_SIZE,
      select: publicSummarySelect,
    }),
    prisma.claim.count({ where }),
    prisma.claim.groupBy({ by: ["speakerId"], where, _count: { _all: true }, orderBy: { _count: { speakerId: "desc" } }, take: 15 }),
    prisma.claimTopic.groupBy({ by: ["topicId"], where: { claim: where }, _count: { _all: true }, orderBy: { _count: { topicId: "desc" } }, take: 15 }),
    prisma.claim.groupBy({ by: ["status"], where, _count: { _all: true } }),
    prisma.claim.groupBy({ by: ["saidAt"], where: { AND: [where, { saidAt: { not: null } }] }, _count: { _all: true } }),
  ]);
  const [speakers, topics] = await Promise.all([
    prisma.speaker.findMany({ where: { id: { in: bySpeaker.map((s) => s.speakerId) } }, select: { id: true, slug: true, name: true } }),
    prisma.topic.findMany({ where: { id: { in: byTopic.map((t) => t.topicId) } }, select: { id: true, slug: true, nameVi: true } }),
  ]);
  const months = new Map<string, number>();
  for (const d of byDay) if (d.saidAt) months.set(d.saidAt.toISOString().slice(0, 7), (months.get(d.saidAt.toISOString().slice(0, 7)) ?? 0) + d._count._all);
  return {
    terms: params.q ? searchTerms(params.q) : [],
    results: rows.map(toPublicClaimSummary),
    total,
    pages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    facets: {
      speakers: bySpeaker.flatMap((s) => {
        const sp = speakers.find((x) => x.id === s.speakerId);
        return sp ? [{ slug: sp.slug, name: sp.name, count: s._count._all }] : [];
      }),
      topics: byTopic.flatMap((t) => {
        const tp = topics.find((x) => x.id === t.topicId);
        return tp ? [{ slug: tp.slug, nameVi: tp.nameVi, count: t._count._all }] : [];
      }),
      statuses: byStatus.map((s) => ({ status: s.status as "APPROVED" | "RETRACTED", count: s._count._all })),
      months: [...months.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([month, count]) => ({ month, count })),
    },
  };
}
