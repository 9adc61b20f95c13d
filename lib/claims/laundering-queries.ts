/**
 * Reads for the source-laundering alert (internal): a claim's alert and who acknowledged it, and
 * an outlet's record of relaying unnamed sources. Public pages use public-queries.ts instead.
 */

import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";
import { classifyOrigin, ORIGIN_KINDS, type OriginKind, type SourcingAnalysis } from "./laundering";
import { loadSourcing } from "./laundering-service";

export interface AckView {
  by: string;
  at: Date;
  note: string | null;
}

export interface ClaimSourcingView {
  analysis: SourcingAnalysis;
  /** The acknowledgement of the sources as they are now. */
  current: AckView | null;
  /** The latest acknowledgement of earlier sources, when none holds for the current ones. */
  stale: AckView | null;
}

export async function claimSourcingForStaff(
  actor: Actor | null,
  claimId: string,
): Promise<ClaimSourcingView> {
  assertRole(actor, "claim.read_internal");
  const analysis = await loadSourcing(prisma, claimId);
  const acks = await prisma.sourcingAck.findMany({
    where: { claimId },
    orderBy: [{ acknowledgedAt: "desc" }, { id: "desc" }],
    take: 20,
    select: {
      fingerprint: true,
      acknowledgedAt: true,
      note: true,
      acknowledgedBy: { select: { name: true } },
    },
  });
  const view = (a: (typeof acks)[number]): AckView => ({
    by: a.acknowledgedBy.name,
    at: a.acknowledgedAt,
    note: a.note,
  });
  const current = acks.find((a) => a.fingerprint === analysis.fingerprint);
  return {
    analysis,
    current: current ? view(current) : null,
    stale: !current && acks[0] ? view(acks[0]) : null,
  };
}

export interface OutletSourcing {
  outlet: { id: string; name: string; slug: string; url: string | null };
  /** Appearances in this outlet's articles (live claims, articles and appearances). */
  appearances: number;
  /** Of those, the ones whose chain starts with an unnamed source. */
  unnamed: number;
  byOrigin: Record<OriginKind, number>;
  /** Appearances in other outlets' articles that relay this outlet (a node between publisher and origin, or the origin). */
  relayedByOthers: number;
  /** The latest appearances with an unnamed origin (at most 20). */
  recentUnnamed: {
    appearanceId: string;
    claimId: string;
    quote: string;
    speaker: string;
    articleTitle: string;
    origin: string;
  }[];
}

/** An outlet's record: how often the claims it publishes go back to someone nobody names. */
export async function outletSourcingForStaff(
  actor: Actor | null,
  outletId: string,
): Promise<OutletSourcing | null> {
  assertRole(actor, "claim.read_internal");
  const outlet = await prisma.outlet.findFirst({
    where: { id: outletId, deletedAt: null },
    select: { id: true, name: true, slug: true, url: true },
  });
  if (!outlet) return null;
  const live = { deletedAt: null, claim: { deletedAt: null } } as const;
  const [rows, relayedByOthers] = await Promise.all([
    prisma.appearance.findMany({
      where: { ...live, article: { outletId, deletedAt: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        claim: { select: { id: true, quote: true, speaker: { select: { name: true } } } },
        article: { select: { title: true } },
        chain: { select: { position: true, kind: true, label: true } },
      },
    }),
    prisma.appearance.count({
      where: {
        ...live,
        article: { deletedAt: null, outletId: { not: outletId } },
        chain: { some: { outletId, position: { gt: 0 } } },
      },
    }),
  ]);
  const byOrigin = Object.fromEntries(ORIGIN_KINDS.map((k) => [k, 0])) as Record<OriginKind, number>;
  const recentUnnamed: OutletSourcing["recentUnnamed"] = [];
  for (const r of rows) {
    const origin = classifyOrigin(r.chain);
    if (!origin) continue;
    byOrigin[origin.kind]++;
    if (origin.kind === "unnamed" && recentUnnamed.length < 20)
      recentUnnamed.push({
        appearanceId: r.id,
        claimId: r.claim.id,
        quote: r.claim.quote,
        speaker: r.claim.speaker.name,
        articleTitle: r.article.title,
        origin: origin.label,
      });
  }
  return {
    outlet,
    appearances: rows.length,
    unnamed: byOrigin.unnamed,
    byOrigin,
    relayedByOthers,
    recentUnnamed,
  };
}
