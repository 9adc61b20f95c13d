import type { z } from "zod";
import { assertRole, type Actor } from "../permissions";
import { findSimilarClaimsForQuotes, type SimilarClaim } from "./service";
import type { saidBeforeSchema } from "./validation";

/**
 * "Has this been said before?": claims like the one being typed in the dashboard's claim form, so
 * that an editor adds a source to the existing claim rather than creating a duplicate. The same
 * trigram look-up as ingestion's duplicate check (findSimilarClaimsForQuotes: folded words, so
 * diacritics, tone marks and case do not matter), asked once with the quote and once with the
 * translation. A claim's folded text holds its quote and its translation, so the Vietnamese and
 * the English rendering of one statement meet whichever of the two each claim was written in.
 * Claims of the same speaker come first, then the closest; the claim being edited is left out.
 */
export interface SaidBeforeMatch extends SimilarClaim {
  sameSpeaker: boolean;
}

export const SAID_BEFORE_LIMIT = 5;

export async function findSaidBefore(
  actor: Actor | null,
  input: z.output<typeof saidBeforeSchema>,
): Promise<SaidBeforeMatch[]> {
  assertRole(actor, "claim.read_internal");
  const texts = [input.quote, input.translation].filter((t): t is string => !!t && t.trim().length > 0);
  if (texts.length === 0) return [];
  const answers = await findSimilarClaimsForQuotes(texts, SAID_BEFORE_LIMIT + 1);
  const best = new Map<string, SimilarClaim>();
  for (const claim of answers.flat()) {
    if (claim.id === input.excludeId) continue;
    const seen = best.get(claim.id);
    if (!seen || claim.score > seen.score) best.set(claim.id, claim);
  }
  return [...best.values()]
    .map((c) => ({ ...c, sameSpeaker: !!input.speakerId && c.speakerId === input.speakerId }))
    .sort((a, b) => Number(b.sameSpeaker) - Number(a.sameSpeaker) || b.score - a.score)
    .slice(0, SAID_BEFORE_LIMIT);
}
