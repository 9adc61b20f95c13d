import { unstable_cache } from "next/cache";
import { PUBLIC_CACHE_SECONDS } from "../claims/public-queries";
import { publicClaimWhere, publicTag } from "../claims/public-tags";
import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";
import { compareQuotes, type DriftKind, type QuoteComparison } from "./compare";
import { liveAppearancesForDrift } from "./service";

/** One outlet's words for the claim, as the drift panel shows them. */
export interface DriftSource {
  appearanceId: string;
  outlet: string;
  articleTitle: string;
  publishedAt: string | null;
  exact: string;
}

export interface DriftReport {
  base: DriftSource;
  compared: (DriftSource & { comparison: QuoteComparison; confirmed: boolean })[];
}

/**
 * Every live appearance of the claim compared with the earliest one (lib/drift/compare.ts), and
 * which drifts a reviewer confirmed; null when the claim has fewer than two appearances. Staff only.
 */
export async function quoteDriftReport(actor: Actor | null, claimId: string): Promise<DriftReport | null> {
  assertRole(actor, "claim.read_internal");
  const appearances = await liveAppearancesForDrift(prisma, claimId);
  const [base, ...rest] = appearances;
  if (!base || rest.length === 0) return null;
  const confirmed = await prisma.quoteDrift.findMany({
    where: { claimId, baseAppearanceId: base.id },
    select: { appearanceId: true },
  });
  const isConfirmed = new Set(confirmed.map((d) => d.appearanceId));
  const source = (a: (typeof appearances)[number]): DriftSource => ({
    appearanceId: a.id,
    outlet: a.article.outlet.name,
    articleTitle: a.article.title,
    publishedAt: a.article.publishedAt?.toISOString() ?? null,
    exact: a.exact,
  });
  return {
    base: source(base),
    compared: rest.map((a) => ({
      ...source(a),
      comparison: compareQuotes(base.exact, a.exact),
      confirmed: isConfirmed.has(a.id),
    })),
  };
}

/** A confirmed drift as readers see it: public fields only (outlets and their printed words). */
export interface PublicQuoteDrift {
  id: string;
  outlet: string;
  quoted: string;
  baseOutlet: string;
  baseQuoted: string;
  kinds: DriftKind[];
}

/** Uncached (tests, and the cached reader below). */
export async function loadPublicQuoteDrifts(slug: string): Promise<PublicQuoteDrift[]> {
  const live = { deletedAt: null, article: { deletedAt: null } };
  const rows = await prisma.quoteDrift.findMany({
    where: { claim: { ...publicClaimWhere, slug }, appearance: live, baseAppearance: live },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kinds: true,
      appearance: { select: { exact: true, article: { select: { outlet: { select: { name: true } } } } } },
      baseAppearance: {
        select: { exact: true, article: { select: { outlet: { select: { name: true } } } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    outlet: r.appearance.article.outlet.name,
    quoted: r.appearance.exact,
    baseOutlet: r.baseAppearance.article.outlet.name,
    baseQuoted: r.baseAppearance.exact,
    kinds: r.kinds,
  }));
}

/** The confirmed drifts of a published claim, cached under the claim's tag (expired by each change). */
export function findPublicQuoteDrifts(slug: string): Promise<PublicQuoteDrift[]> {
  return unstable_cache(() => loadPublicQuoteDrifts(slug), ["public-quote-drift", slug], {
    tags: [publicTag.claim(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}
