import type { z } from "zod";
import { prisma } from "../db";
import { AppError } from "../errors";
import { searchSql, summariesFor } from "../search/public-search";
import type { PublicClaimSummary } from "./public-dto";
import { parseBoundedInstant } from "../validation/common";
import { SLUG_PATTERN } from "../validation/ids";
import type { apiListSchema } from "./validation";

interface Cursor {
  p: string; // publishedAt ISO
  s: string; // slug
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

/**
 * A cursor is the reader's input like any other: only what encodeCursor writes is accepted, i.e. a
 * publication instant in toISOString's form (a real date, 1900..two years from now) and a slug.
 * Anything else (+275760-09-13T00:00:00.000Z, year 0, 2025-02-30, "1") is a 400, never a query
 * PostgreSQL refuses (a 500).
 */
export function decodeCursor(raw: string): { publishedAt: Date; slug: string } {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    v = null;
  }
  const c =
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? (v as Partial<Record<keyof Cursor, unknown>>)
      : {};
  const publishedAt = parseBoundedInstant(c.p);
  if (!publishedAt || typeof c.s !== "string" || !SLUG_PATTERN.test(c.s)) {
    throw new AppError("VALIDATION", "cursor is invalid: pass the nextCursor of a previous response.");
  }
  return { publishedAt, slug: c.s };
}

export async function listClaimsForApi(
  query: z.infer<typeof apiListSchema>,
): Promise<{ data: PublicClaimSummary[]; nextCursor: string | null }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const { where, values } = searchSql({
    q: query.q,
    speaker: query.speaker,
    topic: query.topic,
    status: query.status,
    publishedSince: query.since ? new Date(query.since) : undefined,
    cursor: cursor ?? undefined,
  });
  const rows = await prisma.$queryRawUnsafe<{ id: string; slug: string; publishedAt: Date }[]>(
    `SELECT c.id, c.slug, c."publishedAt" FROM "Claim" c WHERE ${where} AND c."publishedAt" IS NOT NULL ORDER BY c."publishedAt" DESC, c.slug ASC LIMIT ${query.limit + 1}`,
    ...values,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: await summariesFor(page.map((r) => r.id)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ p: new Date(last.publishedAt).toISOString(), s: last.slug })
        : null,
  };
}
