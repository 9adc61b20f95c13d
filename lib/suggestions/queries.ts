import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { assertRole, type Actor } from "../permissions";
import type { Highlight } from "./compare";

/** Suggested links as the dashboard shows them (staff only: claim.read_internal). */
export interface SuggestionClaim {
  id: string;
  speaker: string;
  status: string;
  /** The quote as compared (the highlights are code-point offsets in it). */
  quote: string;
  highlights: Highlight[];
}

export interface SuggestionView {
  id: string;
  type: "CONTRADICTS" | "UPDATES";
  reasons: string[];
  similarity: number;
  createdAt: Date;
  /** The later statement (the link's from side) and the earlier one. */
  later: SuggestionClaim;
  earlier: SuggestionClaim;
}

const claimSelect = {
  id: true,
  status: true,
  deletedAt: true,
  speaker: { select: { name: true } },
} satisfies Prisma.ClaimSelect;

const suggestionSelect = {
  id: true,
  type: true,
  reasons: true,
  similarity: true,
  createdAt: true,
  fromQuote: true,
  toQuote: true,
  fromHighlights: true,
  toHighlights: true,
  fromClaim: { select: claimSelect },
  toClaim: { select: claimSelect },
} satisfies Prisma.LinkSuggestionSelect;

type Row = Prisma.LinkSuggestionGetPayload<{ select: typeof suggestionSelect }>;

function highlights(value: Prisma.JsonValue): Highlight[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((h) => {
    const o = h as { start?: unknown; end?: unknown } | null;
    return o && typeof o.start === "number" && typeof o.end === "number"
      ? [{ start: o.start, end: o.end }]
      : [];
  });
}

function toView(r: Row): SuggestionView {
  return {
    id: r.id,
    type: r.type === "UPDATES" ? "UPDATES" : "CONTRADICTS",
    reasons: r.reasons,
    similarity: r.similarity,
    createdAt: r.createdAt,
    later: {
      id: r.fromClaim.id,
      speaker: r.fromClaim.speaker.name,
      status: r.fromClaim.status,
      quote: r.fromQuote,
      highlights: highlights(r.fromHighlights),
    },
    earlier: {
      id: r.toClaim.id,
      speaker: r.toClaim.speaker.name,
      status: r.toClaim.status,
      quote: r.toQuote,
      highlights: highlights(r.toHighlights),
    },
  };
}

/** Open suggestions where neither claim is deleted. */
const openWhere: Prisma.LinkSuggestionWhereInput = {
  status: "OPEN",
  fromClaim: { deletedAt: null },
  toClaim: { deletedAt: null },
};

/** The claim page's panel: open suggestions involving this claim. */
export async function suggestionsForClaim(actor: Actor | null, claimId: string): Promise<SuggestionView[]> {
  assertRole(actor, "claim.read_internal");
  const rows = await prisma.linkSuggestion.findMany({
    where: { ...openWhere, OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: suggestionSelect,
  });
  return rows.map(toView);
}

export const QUEUE_PAGE_SIZE = 50;

/** The queue of open suggestions, newest first, and how many there are in all. */
export async function openSuggestions(
  actor: Actor | null,
  page = 1,
): Promise<{ rows: SuggestionView[]; total: number }> {
  assertRole(actor, "claim.read_internal");
  const [rows, total] = await Promise.all([
    prisma.linkSuggestion.findMany({
      where: openWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: suggestionSelect,
    }),
    prisma.linkSuggestion.count({ where: openWhere }),
  ]);
  return { rows: rows.map(toView), total };
}
