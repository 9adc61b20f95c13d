import { z } from "zod";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { searchWhere } from "../search/public-search";
import type { PublicClaimSummary } from "./public-dto";
import { publicSummarySelect, toPublicClaimSummary } from "./public-queries";

/** GET /api/v1/claims: filters + keyset (cursor) pagination, newest publication first. */
export const apiListSchema = z.strictObject({
  q: z.string().max(200).optional(),
  speaker: z.string().regex(/^[a-z0-9-]{1,120}$/, { error: "speaker must be a speaker slug." }).optional(),
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "topic must be a topic slug." }).optional(),
  status: z.enum(["APPROVED", "RETRACTED"], { error: "status must be APPROVED or RETRACTED." }).optional(),
  since: z.iso.datetime({ offset: true, error: "since must be an ISO 8601 date-time." }).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number({ error: "limit must be a number." }).int().min(1, { error: "limit must be 1–100." }).max(100, { error: "limit must be 1–100." }).default(20),
});

interface Cursor {
  p: string; // publishedAt ISO
  s: string; // slug
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

function decodeCursor(raw: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Cursor>;
    if (typeof v.p !== "string" || typeof v.s !== "string" || Number.isNaN(new Date(v.p).getTime())) throw new Error("shape");
    return { p: v.p, s: v.s };
  } catch {
    throw new AppError("VALIDATION", "cursor is invalid: pass the nextCursor of a previous response.");
  }
}

export async function listClaimsForApi(query: z.infer<typeof apiListSchema>): Promise<{ data: PublicClaimSummary[]; nextCursor: string | null }> {
  const and: Prisma.ClaimWhereInput[] = [searchWhere({ q: query.q, speaker: query.speaker, topic: query.topic, status: query.status }), { publishedAt: { not: null } }];
  if (query.since) and.push({ publishedAt: { gte: new Date(query.since) } });
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const p = new Date(c.p);
    and.push({ OR: [{ publishedAt: { lt: p } }, { publishedAt: p, slug: { gt: c.s } }] });
  }
  const rows = await prisma.claim.findMany({
    where: { AND: and },
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: query.limit + 1,
    select: publicSummarySelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toPublicClaimSummary),
    nextCursor: rows.length > query.limit && last?.publishedAt ? encodeCursor({ p: last.publishedAt.toISOString(), s: last.slug }) : null,
  };
}
