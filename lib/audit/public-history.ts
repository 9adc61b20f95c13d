/**
 * A public claim's public history, hash-chained per claim, so that a reader can check that what
 * was published was not changed quietly afterwards.
 *
 * The audit log's own chain (lib/audit/chain.ts) hashes internal content too (who, internal
 * notes, evidence links), which readers may not see and so could not check. Each claim's public
 * history is therefore a chain of its own, over public fields only: one entry when the claim was
 * published and one for each correction or retraction readers saw (Revision.publicChanges).
 * An entry's hash is sha256 of the canonical JSON (chain.ts: no whitespace, keys in code point
 * order) of
 *   { v: 1, claim, version, at, event, fields, reason, content, prevHash }
 * where prevHash is the previous entry's hash (64 zeros for the first) and content the claim's
 * public fields after the change (PublicContent). The JSON of GET /api/v1/claims/<slug>/history
 * carries exactly these members, so anyone can recompute every hash and link; a hash kept
 * earlier that no longer appears means the history was rewritten.
 *
 * Each entry also names the audit event that recorded the change (its seq and chain hash): the
 * link from the public chain into the internal one, which `npm run audit:verify` checks.
 */

import { unstable_cache } from "next/cache";
import { PUBLIC_CACHE_SECONDS } from "../claims/public-queries";
import { publicClaimWhere, publicTag } from "../claims/public-tags";
import { revisionHistorySelect, type ClaimSnapshot } from "../claims/snapshot";
import { isPublicField, isPublicSnapshot } from "../corrections/public-diff";
import { prisma } from "../db";
import { CHAIN_VERSION, canonicalJson, GENESIS_HASH, sha256Hex } from "./chain";

/** A claim's public fields, as readers see them (no ids, notes or evidence links). */
export interface PublicContent {
  speaker: string | null; // the speaker's slug (set when the speaker is created, never changed)
  roleHeld: string | null;
  quote: string;
  language: string;
  translation: string | null;
  kind: string;
  saidAt: string | null;
  saidAtPrecision: string;
  venue: string | null;
  topics: string[];
  verification: string;
  rating: string | null;
  ratingExplanation: string | null;
  status: string;
  retractionReason: string | null;
}

export type PublicHistoryEvent = "publication" | "correction" | "retraction";

/** What is hashed: every member but `hash` and `audit`. */
export interface PublicHistoryContent {
  v: number;
  claim: string;
  version: number;
  at: string;
  event: PublicHistoryEvent;
  /** The public fields corrected ("quote", "verification", … as in /corrections); [] for the publication. */
  fields: string[];
  reason: string | null;
  content: PublicContent;
  prevHash: string;
}

export interface PublicHistoryEntry extends PublicHistoryContent {
  hash: string;
  /** The audit event that recorded this change: its place in the audit chain and its hash. */
  audit: { seq: string; hash: string } | null;
}

export function publicEntryHash(entry: PublicHistoryContent): string {
  const { v, claim, version, at, event, fields, reason, content, prevHash } = entry;
  return sha256Hex(canonicalJson({ v, claim, version, at, event, fields, reason, content, prevHash }));
}

function publicContent(snapshot: ClaimSnapshot, speakerSlugs: Map<string, string>): PublicContent {
  const s = snapshot as Partial<ClaimSnapshot>;
  return {
    speaker: (s.speakerId && speakerSlugs.get(s.speakerId)) ?? null,
    roleHeld: s.roleHeld ?? null,
    quote: s.quote ?? "",
    language: s.language ?? "vi",
    translation: s.translation ?? null,
    kind: s.kind ?? "DIRECT",
    saidAt: s.saidAt ?? null,
    saidAtPrecision: s.saidAtPrecision ?? "DAY",
    venue: s.venue ?? null,
    topics: [...(s.topics ?? [])].map(String).sort(),
    verification: s.verification ?? "UNVERIFIED",
    rating: s.rating ?? null,
    ratingExplanation: s.ratingExplanation ?? null,
    status: s.status ?? "APPROVED",
    retractionReason: s.retractionReason ?? null,
  };
}

/** Checks a public history as a reader would (oldest first): the first entry whose hash or link is wrong. */
export function checkPublicHistory(entries: readonly PublicHistoryEntry[]): number | null {
  let prev = GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (e.prevHash !== prev || publicEntryHash(e) !== e.hash) return i;
    prev = e.hash;
  }
  return null;
}

/** One public claim's public history, oldest first; null when no public claim has this slug. Uncached. */
export async function loadPublicHistory(slug: string): Promise<PublicHistoryEntry[] | null> {
  const claim = await prisma.claim.findFirst({
    where: { ...publicClaimWhere, slug },
    select: {
      id: true,
      revisions: {
        orderBy: { version: "asc" },
        select: revisionHistorySelect,
      },
    },
  });
  if (!claim) return null;
  const snapshots = claim.revisions.map((r) => r.snapshot as unknown as ClaimSnapshot);
  const speakerIds = [...new Set(snapshots.map((s) => s?.speakerId).filter((x): x is string => !!x))];
  const speakers = await prisma.speaker.findMany({
    where: { id: { in: speakerIds } },
    select: { id: true, slug: true },
  });
  const speakerSlugs = new Map(speakers.map((s) => [s.id, s.slug]));

  const picked: { rev: (typeof claim.revisions)[number]; event: PublicHistoryEvent; fields: string[] }[] = [];
  let wasPublic = false;
  for (const [i, rev] of claim.revisions.entries()) {
    const snapshot = snapshots[i];
    const isPublic = isPublicSnapshot(snapshot);
    const changed = rev.publicChanges.filter(isPublicField);
    if (!wasPublic && isPublic) picked.push({ rev, event: "publication", fields: [] });
    else if (wasPublic && changed.length > 0)
      picked.push({
        rev,
        event: changed.includes("retraction") ? "retraction" : "correction",
        fields: changed.filter((f) => f !== "retraction"),
      });
    wasPublic = isPublic;
  }

  // The audit events of these changes. Every change to a claim writes one revision and one audit
  // event with the same action in one transaction, so the n-th revision with an action is
  // recorded by the n-th audit event of the claim with that action.
  const actions = [...new Set(picked.map((p) => p.rev.action))];
  const audits = actions.length
    ? await prisma.auditEvent.findMany({
        where: { entityType: "Claim", entityId: claim.id, action: { in: actions } },
        orderBy: { id: "asc" },
        select: { action: true, seq: true, hash: true },
      })
    : [];
  const auditOf = (rev: (typeof claim.revisions)[number]) => {
    const nth = claim.revisions.filter((r) => r.action === rev.action && r.version < rev.version).length;
    const a = audits.filter((x) => x.action === rev.action)[nth];
    return a?.seq != null && a.hash ? { seq: String(a.seq), hash: a.hash } : null;
  };

  const entries: PublicHistoryEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (const { rev, event, fields } of picked) {
    const body: PublicHistoryContent = {
      v: CHAIN_VERSION,
      claim: slug,
      version: rev.version,
      at: rev.createdAt.toISOString(),
      event,
      fields,
      reason: rev.publicReason,
      content: publicContent(rev.snapshot as unknown as ClaimSnapshot, speakerSlugs),
      prevHash,
    };
    const hash = publicEntryHash(body);
    entries.push({ ...body, hash, audit: auditOf(rev) });
    prevHash = hash;
  }
  return entries;
}

/** The same, cached under the claim's own tag, which every change to the claim expires. */
export function findPublicHistory(slug: string): Promise<PublicHistoryEntry[] | null> {
  return unstable_cache(() => loadPublicHistory(slug), ["public-claim-history", slug], {
    tags: [publicTag.claim(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}
