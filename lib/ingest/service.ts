import type { DbWriter } from "../audit/record";
import type { z } from "zod";
import { chainNameKey } from "../appearances/chain-references";
import { addOrProposeAppearanceInTx } from "../appearances/service";
import { isPendingAnswer } from "../pending/propose";
import { publicTagsForClaim } from "../claims/public-tags";
import { createClaimInTx } from "../claims/service";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { searchableWords } from "../search/search-text";
import { createSpeakerInTx } from "../speakers/service";
import { recordAcceptedInTx, spanStatesOfArticle, type SpanDecision } from "./decisions";
import { extractSuggestions } from "./extract-cache";
import { sortForPicking } from "./picking";
import { enrichCandidates, type EnrichedCandidate } from "./enrich";
import { publicChangeTransaction } from "../edge/outbox";
import { suggestedDeadline } from "../deadlines/suggest";
import type { acceptCandidateSchema, similarForSpanSchema } from "./validation";

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
  speakerId: string;
  score: number; // 0..1 word similarity of the quote to the claim's folded text
}

export interface ReviewCandidate extends EnrichedCandidate {
  /** Claims this statement may repeat; null when not looked up yet (see EAGER_SIMILARITY_CHECKS). */
  matches: SimilarClaim[] | null;
  /** What an editor decided about it (lib/ingest/decisions.ts), shared by everyone. */
  decision: SpanDecision | null;
  /** Claims this very span of the article is a source of already (or waits to be, for a reviewer). */
  attachedTo: string[];
}

/**
 * Candidates, in document order, checked for duplicates while the review page is rendered. Each
 * check is a trigram look-up (a few milliseconds through the index, tens while the index's pending
 * list is long); checking all of an article with hundreds of attributed quotes made the page wait
 * seconds, so the rest are looked up when someone works on that card (GET /api/ingest/similar).
 */
export const EAGER_SIMILARITY_CHECKS = 30;

/**
 * Characters of a quote compared with existing claims. The opening words are enough to recognise
 * a repeated statement, while a query's trigram count — and so its cost — grows with its length.
 */
export const SIMILARITY_QUOTE_MAX_CHARS = 400;

const MIN_SIMILARITY_WORDS = 3;

/** The folded words of `quote` compared by the trigram query, or null when too few to mean anything. */
function similarityWords(quote: string): string | null {
  const cut = quote.length > SIMILARITY_QUOTE_MAX_CHARS ? quote.slice(0, SIMILARITY_QUOTE_MAX_CHARS) : quote;
  const words = searchableWords(cut).trim().split(" ").filter(Boolean);
  // The cut may fall inside a word: a fragment would only lower the similarity of a true repeat.
  if (cut.length < quote.length) words.pop();
  return words.length < MIN_SIMILARITY_WORDS ? null : words.join(" ");
}

/**
 * Similar claims for each quote, in one statement whatever the number of quotes (a LATERAL join
 * runs the trigram look-up once per quote); answers in the order of `quotes`.
 *
 * Sequential scans are switched off for it: the planner prices word_similarity like an addition,
 * so whenever the trigram index's pending list is long (rows inserted since the last vacuum, up to
 * 4 MB; PGlite never autovacuums) it prefers scanning every claim, computing the similarity for
 * each — measured at 100+ ms per quote on 2,000 claims, against 2–20 ms through the index
 * (npm run bench:review).
 */
export async function findSimilarClaimsForQuotes(quotes: string[], limit = 3): Promise<SimilarClaim[][]> {
  const words = quotes.map(similarityWords);
  const asked = words.flatMap((w, i) => (w === null ? [] : [{ w, i }]));
  const answers: SimilarClaim[][] = quotes.map(() => []);
  if (asked.length === 0) return answers;
  const rows = await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
    // `<%` is pg_trgm's indexable word-similarity operator (threshold 0.6 by default). The speaker
    // is joined outside the look-up so that the trigram index is the only way into "Claim".
    return tx.$queryRawUnsafe<(SimilarClaim & { i: number })[]>(
      `SELECT q.i, m.id, m.slug, m.quote, m.status, s.name AS speaker, m."speakerId", m.score
         FROM unnest($1::text[], $2::int[]) AS q(words, i)
        CROSS JOIN LATERAL (
          SELECT c.id, c.slug, c.quote, c.status::text AS status, c."speakerId", word_similarity(q.words, c."searchText")::float AS score, c."updatedAt"
            FROM "Claim" c
           WHERE c."deletedAt" IS NULL AND q.words <% c."searchText"
           ORDER BY score DESC, c."updatedAt" DESC LIMIT ${Math.max(1, Math.min(10, limit))}
        ) m
        JOIN "Speaker" s ON s.id = m."speakerId"
        ORDER BY q.i, m.score DESC, m."updatedAt" DESC`,
      asked.map((a) => a.w),
      asked.map((a) => a.i),
    );
  });
  for (const { i, ...claim } of rows) answers[i]!.push(claim);
  return answers;
}

export async function findSimilarClaims(quote: string, limit = 3): Promise<SimilarClaim[]> {
  const [matches] = await findSimilarClaimsForQuotes([quote], limit);
  return matches ?? [];
}

/**
 * A stored article as the review page reads it, and the newsroom's speakers the extractor links
 * to; null when the article does not exist (or was deleted).
 */
export async function loadArticleForReview(articleId: string) {
  const article = await prisma.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: {
      id: true,
      title: true,
      text: true,
      publishedAt: true,
      outlet: { select: { id: true, name: true } },
      appearances: { where: { deletedAt: null }, select: { start: true, end: true, claimId: true } },
    },
  });
  if (!article) return null;
  const speakers = await prisma.speaker.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, variants: true, kind: true },
  });
  return { article, speakers };
}

type ArticleForReview = NonNullable<Awaited<ReturnType<typeof loadArticleForReview>>>;

/**
 * The extractor's suggestions for a stored article. The stored text is already normalised, so
 * offsets match it exactly. The extractor runs in a worker thread with a time limit (never on
 * the request's thread), its result cached by the text's content hash; past the limit it gives
 * the paragraphs it finished.
 */
export function suggestForArticle({ article, speakers }: ArticleForReview) {
  return extractSuggestions(article.text, {
    articleDate: article.publishedAt?.toISOString().slice(0, 10),
    outlet: article.outlet.name,
    speakers: speakers.map((s) => ({ key: s.id, name: s.name, variants: s.variants, kind: s.kind })),
  });
}

export async function reviewArticle(actor: Actor | null, articleId: string) {
  assertRole(actor, "claim.read_internal");
  const loaded = await loadArticleForReview(articleId);
  if (!loaded) return null;
  const { article, speakers } = loaded;
  const { candidates: found, complete, reason, message } = await suggestForArticle(loaded);
  const candidates = enrichCandidates(article.text, found);
  // The page's cost must not grow with the number of candidates: only the first ones are checked now.
  const eager = await findSimilarClaimsForQuotes(
    candidates.slice(0, EAGER_SIMILARITY_CHECKS).map((c) => c.quote.text),
  );
  const stateOf = await spanStatesOfArticle(article.id);
  const withMatches: ReviewCandidate[] = candidates.map((c, i) => ({
    ...c,
    matches: i < eager.length ? eager[i]! : null,
    ...stateOf(c.quote),
  }));
  return {
    article,
    candidates: withMatches,
    // For picking: sorted as Vietnamese readers expect, whatever the case or diacritics (sortForPicking).
    speakers: sortForPicking(speakers.map((s) => ({ id: s.id, name: s.name }))),
    extraction: { complete, reason: reason ?? null, message: message ?? null },
    similarity: { checked: eager.length, of: candidates.length },
  };
}

/**
 * Similar claims for one candidate of a stored article, named by its code-point offsets (what the
 * review page knows of a card), or null when the article does not exist. Only the compared prefix
 * of the span is read from the database: SQL substr counts characters, i.e. code points.
 */
export async function findSimilarClaimsForSpan(
  actor: Actor | null,
  input: z.output<typeof similarForSpanSchema>,
): Promise<SimilarClaim[] | null> {
  assertRole(actor, "claim.read_internal");
  const [row] = await prisma.$queryRawUnsafe<{ quote: string }[]>(
    `SELECT substr(text, $2, $3) AS quote FROM "Article" WHERE id = $1 AND "deletedAt" IS NULL`,
    input.articleId,
    input.start + 1,
    Math.min(input.end - input.start, SIMILARITY_QUOTE_MAX_CHARS + 1),
  );
  if (!row) return null;
  return findSimilarClaims(row.quote);
}

type AcceptInput = z.output<typeof acceptCandidateSchema>;

/** The new claim's speaker: the one chosen, or one created now in the same transaction. */
async function speakerForNewClaim(
  tx: DbWriter,
  actor: Actor,
  input: Extract<AcceptInput, { mode: "new" }>,
): Promise<string> {
  if (input.speakerId) return input.speakerId;
  if (!input.newSpeaker)
    throw new AppError("VALIDATION", "Choose or create the speaker.", {
      fields: { speakerId: ["Choose or create the speaker."] },
    });
  return (
    await createSpeakerInTx(tx, actor, {
      ...input.newSpeaker,
      variants: [],
      affiliation: null,
      country: null,
      description: null,
    })
  ).id;
}

/**
 * The suggested chain with the references ingestion knows for sure: its first node is the
 * article's publishing outlet, its origin (when a person, organisation or unnamed source) is the
 * claim's speaker — whatever words the article used for them ("ông Sơn"). Other nodes are resolved
 * by name when the appearance is saved, as for chains built by hand (lib/appearances/chain-references.ts).
 */
async function chainWithKnownReferences(
  tx: DbWriter,
  articleId: string,
  claimId: string,
  chain: AcceptInput["appearance"]["chain"],
) {
  const article = await tx.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { outlet: { select: { id: true, name: true } } },
  });
  const claim = await tx.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    select: { speaker: { select: { id: true, name: true } } },
  });
  return chain.map((node, i) => {
    if (
      i === 0 &&
      node.kind === "OUTLET" &&
      !node.outletId &&
      article &&
      chainNameKey(node.label) === chainNameKey(article.outlet.name)
    )
      return { ...node, outletId: article.outlet.id };
    if (i === chain.length - 1 && i > 0 && node.kind !== "OUTLET" && !node.speakerId && claim)
      return { ...node, label: claim.speaker.name, speakerId: claim.speaker.id };
    return node;
  });
}

export async function acceptCandidate(actor: Actor | null, input: AcceptInput) {
  assertRole(actor, "appearance.manage");
  return publicChangeTransaction(async (tx) => {
    let claimId: string;
    if (input.mode === "new") {
      // The due date the quote gives (a promise "trong 100 ngày"), counted from the day it was
      // said or else the article's, unless the editor sent one (or cleared it) with the card.
      const article = await tx.article.findFirst({
        where: { id: input.articleId, deletedAt: null },
        select: { publishedAt: true },
      });
      const deadline =
        input.content.deadlineAt === undefined
          ? suggestedDeadline(input.content.quote, input.content.saidAt ?? article?.publishedAt ?? null)
          : {};
      claimId = (
        await createClaimInTx(tx, actor, {
          ...input.content,
          ...deadline,
          speakerId: await speakerForNewClaim(tx, actor, input),
        })
      ).id;
    } else {
      if (
        !(await tx.claim.findFirst({ where: { id: input.claimId, deletedAt: null }, select: { id: true } }))
      ) {
        throw new AppError("NOT_FOUND", "The existing claim was not found.");
      }
      claimId = input.claimId;
    }
    const chain = await chainWithKnownReferences(tx, input.articleId, claimId, input.appearance.chain);
    // A source added to a published claim may wait for a reviewer (the answer then names the pending change).
    const appearance = await addOrProposeAppearanceInTx(tx, actor, claimId, {
      ...input.appearance,
      chain,
      articleId: input.articleId,
    });
    const span = { articleId: input.articleId, start: input.appearance.start, end: input.appearance.end };
    const outcome = input.mode === "new" ? ("NEW_CLAIM" as const) : ("ADDED_AS_SOURCE" as const);
    if (isPendingAnswer(appearance)) {
      await recordAcceptedInTx(tx, actor.id, span, {
        outcome,
        claimId,
        pendingChangeId: appearance.pendingChange.id,
      });
      return {
        claimId,
        appearanceId: null,
        pendingChange: appearance.pendingChange,
        message: appearance.message,
        publicTags: [],
      };
    }
    await recordAcceptedInTx(tx, actor.id, span, { outcome, claimId, pendingChangeId: null });
    return { claimId, appearanceId: appearance.id, publicTags: await publicTagsForClaim(tx, claimId) };
  });
}
