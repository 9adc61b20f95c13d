import { z } from "zod";
import { addOrProposeAppearanceInTx, appearanceInputSchema } from "../appearances/service";
import { isPendingAnswer } from "../pending/propose";
import { publicTagsForClaim } from "../claims/public-tags";
import { createClaimInTx } from "../claims/service";
import { claimContentSchema } from "../claims/validation";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { searchableWords } from "../search/search-text";
import { createSpeakerInTx } from "../speakers/service";
import { idField, lineField } from "../validation/common";
import { extractSuggestions } from "./extract-cache";
import type { Candidate } from "./types";
import { publicChangeTransaction } from "../edge/outbox";

/**
 * From a stored article to draft claims: run the extractor with the newsroom's speakers,
 * flag candidates that repeat an existing claim (same words ignoring diacritics, tone marks and
 * punctuation, or high trigram word similarity), and turn accepted candidates into draft claims
 * with their appearance and chain — or into a new appearance of the existing claim.
 */
export interface SimilarClaim {
  id: string;
  slug: string;
  quote: string;
  status: string;
  speaker: string;
  score: number; // 0..1 word similarity of the quote to the claim's folded text
}

export interface ReviewCandidate extends Candidate {
  matches: SimilarClaim[];
}

export async function findSimilarClaims(quote: string, limit = 3): Promise<SimilarClaim[]> {
  const words = searchableWords(quote).trim();
  if (words.split(" ").length < 3) return [];
  // `<%` is pg_trgm's indexable word-similarity operator (threshold 0.6 by default).
  return prisma.$queryRawUnsafe<SimilarClaim[]>(
    `SELECT c.id, c.slug, c.quote, c.status::text AS status, s.name AS speaker, word_similarity($1, c."searchText")::float AS score
       FROM "Claim" c JOIN "Speaker" s ON s.id = c."speakerId"
      WHERE c."deletedAt" IS NULL AND $1 <% c."searchText"
      ORDER BY score DESC, c."updatedAt" DESC LIMIT ${Math.max(1, Math.min(10, limit))}`,
    words,
  );
}

export async function reviewArticle(actor: Actor | null, articleId: string) {
  assertRole(actor, "claim.read_internal");
  const article = await prisma.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, text: true, publishedAt: true, outlet: { select: { id: true, name: true } }, appearances: { where: { deletedAt: null }, select: { start: true, end: true, claimId: true } } },
  });
  if (!article) return null;
  const speakers = await prisma.speaker.findMany({ where: { deletedAt: null }, select: { id: true, name: true, variants: true, kind: true } });
  // The stored text is already normalised, so offsets match it exactly. The extractor runs in a
  // worker thread with a time limit (never on this request's thread), its result cached by the
  // text's content hash; past the limit it gives the paragraphs it finished (`extraction`).
  const { candidates, complete, reason, message } = await extractSuggestions(article.text, {
    articleDate: article.publishedAt?.toISOString().slice(0, 10),
    outlet: article.outlet.name,
    speakers: speakers.map((s) => ({ key: s.id, name: s.name, variants: s.variants, kind: s.kind })),
  });
  const matches = await Promise.all(candidates.map((c) => findSimilarClaims(c.quote.text)));
  const withMatches: ReviewCandidate[] = candidates.map((c, i) => ({ ...c, matches: matches[i] ?? [] }));
  return { article, candidates: withMatches, speakers: speakers.map((s) => ({ id: s.id, name: s.name })), extraction: { complete, reason: reason ?? null, message: message ?? null } };
}

export const acceptCandidateSchema = z
  .strictObject({
    articleId: idField,
    mode: z.enum(["new", "appearance"], { error: "mode must be new or appearance." }),
    claimId: idField.optional(),
    speakerId: idField.optional(),
    newSpeaker: z.strictObject({ name: lineField(200, "Speaker name"), kind: z.enum(["PERSON", "ORGANISATION", "UNNAMED_SOURCE"]) }).optional(),
    content: claimContentSchema.omit({ speakerId: true }).optional(),
    appearance: appearanceInputSchema.omit({ articleId: true }),
  })
  .refine((v) => v.mode === "appearance" || v.content, { error: "A new claim needs its content.", path: ["content"] })
  .refine((v) => v.mode === "new" || v.claimId, { error: "Choose the existing claim this is an appearance of.", path: ["claimId"] })
  .refine((v) => v.mode === "appearance" || v.speakerId || v.newSpeaker, { error: "Choose or create the speaker.", path: ["speakerId"] });

export async function acceptCandidate(actor: Actor | null, input: z.output<typeof acceptCandidateSchema>) {
  assertRole(actor, "appearance.manage");
  return publicChangeTransaction(async (tx) => {
    let claimId = input.claimId;
    if (input.mode === "new") {
      let speakerId = input.speakerId;
      if (!speakerId && input.newSpeaker) {
        const sp = await createSpeakerInTx(tx, actor, { ...input.newSpeaker, variants: [], affiliation: null, country: null, description: null });
        speakerId = sp.id;
      }
      const created = await createClaimInTx(tx, actor, { ...input.content!, speakerId: speakerId! });
      claimId = created.id;
    } else if (!(await tx.claim.findFirst({ where: { id: claimId!, deletedAt: null }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "The existing claim was not found.");
    }
    // A source added to a published claim may wait for a reviewer (the answer then names the pending change).
    const appearance = await addOrProposeAppearanceInTx(tx, actor, claimId!, { ...input.appearance, articleId: input.articleId });
    if (isPendingAnswer(appearance)) return { claimId: claimId!, appearanceId: null, pendingChange: appearance.pendingChange, message: appearance.message, publicTags: [] };
    return { claimId: claimId!, appearanceId: appearance.id, publicTags: await publicTagsForClaim(tx, claimId!) };
  });
}
