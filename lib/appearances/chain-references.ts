import type { DbWriter } from "../audit/record";
import { searchableWords } from "../search/search-text";

/**
 * One representation for attribution-chain nodes, whichever path wrote them (the sources panel,
 * ingestion, a reviewer applying a proposed source, the seed): a node that names a known outlet
 * carries its `outletId`, a node that names a known speaker its `speakerId`. Corroboration
 * (lib/claims/corroboration.ts) compares nodes by those references, so "TTXVN ← Bùi Thanh Sơn"
 * saved by ingestion and "Dân trí ← TTXVN ← Bùi Thanh Sơn" built by hand share one origin.
 *
 * A name matches when its folded words (no diacritics, tone marks, case or punctuation) equal
 * those of the outlet's name, or of the speaker's name or one of its variants; a name that matches
 * more than one live outlet or speaker is left unresolved rather than guessed.
 */
export interface ChainNodeInput {
  kind: "OUTLET" | "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
  label: string;
  outletId?: string | null;
  speakerId?: string | null;
}

/** The words a node's label is compared by ("Dân trí" → "dan tri"). */
export function chainNameKey(name: string): string {
  return searchableWords(name).trim();
}

/** The only id among `ids` (deduplicated), or null when there is none or more than one. */
function only(ids: Iterable<string> | undefined): string | null {
  const set = new Set(ids ?? []);
  return set.size === 1 ? [...set][0]! : null;
}

/** `chain` with outlet and speaker references filled in where a node names a known one (ids already given are kept). */
export async function resolveChainReferences<T extends ChainNodeInput>(
  tx: DbWriter,
  chain: readonly T[],
): Promise<(T & { outletId: string | null; speakerId: string | null })[]> {
  const outletKeys = new Set<string>();
  const speakerKeys = new Set<string>();
  for (const n of chain) {
    const key = chainNameKey(n.label);
    if (!key) continue;
    if (n.kind === "OUTLET" && !n.outletId) outletKeys.add(key);
    if (n.kind !== "OUTLET" && !n.speakerId) speakerKeys.add(key);
  }
  const outletsByKey = new Map<string, string[]>();
  if (outletKeys.size > 0) {
    // Outlets are few (one per publisher); their names are compared here rather than in SQL so that
    // the comparison is the same folding on every database.
    const outlets = await tx.outlet.findMany({
      where: { deletedAt: null },
      select: { id: true, name: true },
    });
    for (const o of outlets) {
      const key = chainNameKey(o.name);
      if (outletKeys.has(key)) outletsByKey.set(key, [...(outletsByKey.get(key) ?? []), o.id]);
    }
  }
  const speakersByKey = new Map<string, string[]>();
  if (speakerKeys.size > 0) {
    // searchText holds the folded words of name and variants: the trigram index narrows the look-up.
    const speakers = await tx.speaker.findMany({
      where: { deletedAt: null, OR: [...speakerKeys].map((k) => ({ searchText: { contains: ` ${k} ` } })) },
      select: { id: true, name: true, variants: true },
    });
    for (const s of speakers) {
      for (const key of new Set([s.name, ...s.variants].map(chainNameKey))) {
        if (speakerKeys.has(key)) speakersByKey.set(key, [...(speakersByKey.get(key) ?? []), s.id]);
      }
    }
  }
  return chain.map((n) => {
    const key = chainNameKey(n.label);
    return {
      ...n,
      outletId: n.outletId ?? (n.kind === "OUTLET" ? only(outletsByKey.get(key)) : null),
      speakerId: n.speakerId ?? (n.kind !== "OUTLET" ? only(speakersByKey.get(key)) : null),
    };
  });
}
