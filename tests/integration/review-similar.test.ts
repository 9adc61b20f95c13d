import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { extractionPool } from "@/lib/ingest/extract-runner";
import {
  EAGER_SIMILARITY_CHECKS,
  findSimilarClaims,
  reviewArticle,
  SIMILARITY_QUOTE_MAX_CHARS,
} from "@/lib/ingest/service";
import type { Actor } from "@/lib/permissions";
import { normalizeArticleText } from "@/lib/text/normalize";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/**
 * Issue 19, finding 1: the review page looked up similar claims for every suggested statement
 * while rendering (seconds for an article with hundreds of quotes). Now it checks only the first
 * EAGER_SIMILARITY_CHECKS candidates; the others are marked `matches: null` and each card asks
 * GET /api/ingest/similar when someone works on it. The route reads the session through
 * getActor, replaced here by whoever the test says is asking.
 */
const asking = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => asking.actor }));
const { GET: similarGet } = await import("@/app/api/ingest/similar/route");

const ORIGIN = "http://localhost:3000";
const CANDIDATES = EAGER_SIMILARITY_CHECKS + 15;
// Past the eager ones: its similar claims are only known once a card asks.
const LATE = EAGER_SIMILARITY_CHECKS + 10;

async function lookUp(query: Record<string, string>) {
  const response = await similarGet(
    new Request(`${ORIGIN}/api/ingest/similar?${new URLSearchParams(query)}`),
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      matches?: { id: string; score: number }[];
      error?: { code: string; details?: { fields?: Record<string, string[]> } };
    },
  };
}

describe.each(testDatabaseKinds())("similar claims on the review page on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let existing: { id: string; quote: string };
  let articleId: string;

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    // A published claim whose quote is one plain sentence, so that it can be quoted again verbatim.
    const claims = await prisma.claim.findMany({
      where: { status: "APPROVED", deletedAt: null },
      select: { id: true, quote: true },
      orderBy: { slug: "asc" },
    });
    existing = claims.find(
      (c) =>
        !/[“”"\n]/.test(c.quote) &&
        c.quote.split(" ").length >= 8 &&
        c.quote.length < SIMILARITY_QUOTE_MAX_CHARS,
    )!;
    expect(existing, "a seeded claim with a plain one-sentence quote").toBeDefined();
    const repeat = existing.quote.replace(/[.!?…]+$/, "");
    // The same claim is repeated first (checked when the page opens) and at LATE (not checked then).
    const lines = Array.from({ length: CANDIDATES }, (_, k) =>
      k === 0 || k === LATE
        ? `Ông Nguyễn Văn Nam nói: “${repeat}.”`
        : `Bà Trần Thị Lan cho biết: “Phiên họp thứ ${k} của hội đồng thành phố bàn về ngân sách năm tới.”`,
    );
    const text = normalizeArticleText(lines.join("\n"));
    const article = await storeTestArticle({
      title: "Nhiều phát ngôn",
      text,
      publishedAt: new Date("2025-12-20"),
    });
    articleId = article.id;
  });
  afterAll(async () => {
    await extractionPool().close();
    await close?.();
  });
  beforeEach(() => {
    asking.actor = actors.owner;
  });

  it("checks only the first EAGER_SIMILARITY_CHECKS candidates when the page opens, in document order, in one batch that answers as findSimilarClaims does", async () => {
    const review = await reviewArticle(actors.owner, articleId);
    expect(review?.extraction.complete).toBe(true);
    const candidates = review!.candidates;
    expect(candidates.length).toBe(CANDIDATES);
    expect(candidates.map((c) => c.quote.start)).toEqual(
      [...candidates.map((c) => c.quote.start)].sort((a, b) => a - b),
    );
    expect(candidates.slice(0, EAGER_SIMILARITY_CHECKS).every((c) => Array.isArray(c.matches))).toBe(true);
    expect(candidates.slice(EAGER_SIMILARITY_CHECKS).every((c) => c.matches === null)).toBe(true);
    expect(review!.similarity).toEqual({ checked: EAGER_SIMILARITY_CHECKS, of: CANDIDATES });

    expect(candidates[0]!.matches?.map((m) => m.id)).toContain(existing.id);
    expect(candidates[LATE]!.quote.text).toContain(existing.quote.replace(/[.!?…]+$/, ""));
    expect(candidates[LATE]!.matches).toBeNull();
    // The batched look-up gives each candidate what the one-quote function gives it.
    for (const c of candidates.slice(0, EAGER_SIMILARITY_CHECKS))
      expect(c.matches).toEqual(await findSimilarClaims(c.quote.text));
  });

  it("a card past the eager ones gets its similar claims from GET /api/ingest/similar", async () => {
    const late = (await reviewArticle(actors.owner, articleId))!.candidates[LATE]!;
    const answer = await lookUp({ articleId, start: String(late.quote.start), end: String(late.quote.end) });
    expect(answer.status).toBe(200);
    expect(answer.body.matches?.[0]?.id).toBe(existing.id);
    expect(answer.body.matches).toEqual(await findSimilarClaims(late.quote.text));
    // Reviewers read the review page too; so do admins.
    for (const who of [actors.reviewer, actors.admin]) {
      asking.actor = who;
      expect(
        (await lookUp({ articleId, start: String(late.quote.start), end: String(late.quote.end) })).status,
      ).toBe(200);
    }
    // A span of fewer than three words matches nothing rather than everything.
    asking.actor = actors.owner;
    expect(
      (await lookUp({ articleId, start: String(late.quote.start), end: String(late.quote.start + 3) })).body
        .matches,
    ).toEqual([]);
  });

  it("the route answers 401 to anonymous callers whatever they send, 400 to malformed queries and 404 for an unknown article", async () => {
    asking.actor = null;
    expect((await lookUp({ articleId, start: "0", end: "10" })).status).toBe(401);
    expect((await lookUp({ start: "x" })).status).toBe(401);

    asking.actor = actors.owner;
    const malformed: Record<string, string>[] = [
      {},
      { start: "0", end: "10" },
      { articleId: "not an id!", start: "0", end: "10" },
      { articleId, end: "10" },
      { articleId, start: "", end: "10" },
      { articleId, start: "-1", end: "10" },
      { articleId, start: "1.5", end: "10" },
      { articleId, start: "0x10", end: "20" },
      { articleId, start: "99999999", end: "100000000" },
      { articleId, start: "10", end: "10" },
      { articleId, start: "20", end: "10" },
    ];
    for (const query of malformed) {
      const answer = await lookUp(query);
      expect(answer.status, JSON.stringify(query)).toBe(400);
      expect(answer.body.error?.code).toBe("VALIDATION");
    }
    expect(
      (await lookUp({ articleId, start: "20", end: "10" })).body.error?.details?.fields?.end,
    ).toBeDefined();
    expect((await lookUp({ articleId: "a".repeat(25), start: "0", end: "10" })).status).toBe(404);
  });

  it("a very long quote is cut before the similarity query: a repeat is recognised by its opening words, and nothing past the cut is compared", async () => {
    const long = Array.from(
      { length: 30 },
      (_, i) =>
        `Điều khoản số ${i + 1} quy định khu vực phi quân sự thứ ${i + 1} được giám sát bởi ủy ban hỗn hợp.`,
    ).join(" ");
    expect(long.length).toBeGreaterThan(4 * SIMILARITY_QUOTE_MAX_CHARS);
    const speakerId = (await prisma.speaker.findFirstOrThrow({ select: { id: true } })).id;
    const claim = await createClaim(
      actors.owner,
      createClaimSchema.parse({ speakerId, quote: long, kind: "DIRECT", topics: [] }),
    );
    const ids = async (quote: string) => (await findSimilarClaims(quote)).map((m) => m.id);
    expect(await ids(long)).toContain(claim.id);
    expect(await ids(`${long} ${"và những điều khác nữa ".repeat(500)}`)).toContain(claim.id);
    // The same long statement, behind an opening longer than the cut: only the opening is compared.
    const opening = "các bên tiếp tục trao đổi về nhiều vấn đề khác nhau trong những tuần tới ".repeat(8);
    expect(opening.length).toBeGreaterThan(SIMILARITY_QUOTE_MAX_CHARS);
    expect(await ids(`${opening}${long}`)).not.toContain(claim.id);
  });
});
