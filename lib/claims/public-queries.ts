import { unstable_cache } from "next/cache";
import { prisma } from "../db";
import { type Counted, countOrEstimate, EXACT_COUNT_LIMIT, estimateRows } from "../db/estimate";
import { rowsInOrder } from "../db/rows-in-order";
import type { ClaimKind, EditorialStatus, LinkType, Prisma } from "../generated/prisma/client";
import { countIndependentChains } from "./corroboration";
import { publicSourcing } from "./public-sourcing";
import { claimStatementSelect } from "./snapshot";
import type {
  PublicAnnotation,
  PublicAppearance,
  PublicClaim,
  PublicClaimSummary,
  PublicRelatedClaim,
  PublicTopicRef,
} from "./public-dto";
import { PUBLIC_STATUSES, publicClaimWhere, publicTag } from "./public-tags";
import { ratingScale } from "./rating";

/**
 * Everything readers may see: approved claims (and retracted ones, which keep their page
 * with the notice), public fields only — never drafts, internal notes, or staff names.
 * Results are plain JSON and cached by tag; services expire the tags when a claim changes.
 */
// A safety net: cached entries older than this are refreshed even without a change signal
// (e.g. when several app servers each keep their own cache).
export const PUBLIC_CACHE_SECONDS = 300;

export const publicSummarySelect = {
  slug: true,
  ...claimStatementSelect,
  language: true,
  ratingExplanation: true,
  publishedAt: true,
  updatedAt: true,
  speaker: { select: { slug: true, name: true, kind: true, affiliation: true, country: true } },
  topics: { select: { topic: { select: { slug: true, nameVi: true, nameEn: true } } } },
} satisfies Prisma.ClaimSelect;

type SummaryRow = Prisma.ClaimGetPayload<{ select: typeof publicSummarySelect }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toPublicClaimSummary(c: SummaryRow): PublicClaimSummary {
  const rating = c.rating ? ratingScale[c.rating] : null;
  return {
    slug: c.slug,
    url: `/claims/${c.slug}`,
    quote: c.quote,
    translation: c.translation,
    language: c.language,
    kind: c.kind,
    saidAt: day(c.saidAt),
    saidAtPrecision: c.saidAtPrecision,
    venue: c.venue,
    status: c.status as PublicClaimSummary["status"],
    verification: c.verification,
    rating: rating
      ? {
          value: rating.value,
          label: rating.labelVi,
          labelEn: rating.labelEn,
          explanation: c.ratingExplanation,
        }
      : null,
    speaker: { ...c.speaker, roleHeld: c.roleHeld },
    topics: c.topics.map((t) => t.topic).sort((a, b) => a.slug.localeCompare(b.slug)),
    publishedAt: iso(c.publishedAt),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const linkedSelect = {
  slug: true,
  quote: true,
  kind: true,
  saidAt: true,
  status: true,
  deletedAt: true,
  speaker: { select: { name: true, slug: true } },
} satisfies Prisma.ClaimSelect;

const detailSelect = {
  ...publicSummarySelect,
  retractionReason: true,
  retractedAt: true,
  appearances: {
    where: { deletedAt: null },
    orderBy: [{ article: { publishedAt: "asc" } }, { createdAt: "asc" }],
    select: {
      exact: true,
      prefix: true,
      suffix: true,
      start: true,
      end: true,
      article: {
        select: {
          slug: true,
          title: true,
          url: true,
          byline: true,
          publishedAt: true,
          language: true,
          outlet: { select: { slug: true, name: true, url: true } },
        },
      },
      chain: {
        orderBy: { position: "asc" },
        select: { position: true, kind: true, label: true, outletId: true, speakerId: true },
      },
    },
  },
  linksFrom: {
    where: { deletedAt: null },
    select: { type: true, note: true, toClaim: { select: linkedSelect } },
  },
  linksTo: {
    where: { deletedAt: null },
    select: { type: true, note: true, fromClaim: { select: linkedSelect } },
  },
  annotations: {
    where: { visibility: "PUBLIC", deletedAt: null, parentId: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      body: true,
      createdAt: true,
      anchorTarget: true,
      anchorExact: true,
      replies: {
        where: { visibility: "PUBLIC", deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true },
      },
    },
  },
} satisfies Prisma.ClaimSelect;

function isPublic(c: { status: EditorialStatus; deletedAt: Date | null }): boolean {
  return PUBLIC_STATUSES.includes(c.status) && c.deletedAt === null;
}

type LinkedRow = Prisma.ClaimGetPayload<{ select: typeof linkedSelect }>;
const relatedClaim = (c: LinkedRow): PublicRelatedClaim["claim"] => ({
  slug: c.slug,
  quote: c.quote,
  kind: c.kind,
  speakerName: c.speaker.name,
  speakerSlug: c.speaker.slug,
  saidAt: day(c.saidAt),
  status: c.status as PublicRelatedClaim["claim"]["status"],
});

async function loadPublishedClaim(slug: string): Promise<PublicClaim | null> {
  const row = await prisma.claim.findFirst({ where: { ...publicClaimWhere, slug }, select: detailSelect });
  if (!row) return null;
  const appearances: PublicAppearance[] = row.appearances.map((a) => ({
    outlet: a.article.outlet,
    article: {
      slug: a.article.slug,
      title: a.article.title,
      url: a.article.url,
      byline: a.article.byline,
      publishedAt: iso(a.article.publishedAt),
      language: a.article.language,
    },
    excerpt: { prefix: a.prefix, exact: a.exact, suffix: a.suffix },
    position: a.start !== null && a.end !== null ? { start: a.start, end: a.end } : null,
    chain: a.chain.map((n) => ({ kind: n.kind, label: n.label })),
  }));
  const related: PublicRelatedClaim[] = [
    ...row.linksFrom
      .filter((l) => isPublic(l.toClaim))
      .map((l) => ({
        type: l.type,
        direction: "outgoing" as const,
        note: l.note,
        claim: relatedClaim(l.toClaim),
      })),
    ...row.linksTo
      .filter((l) => isPublic(l.fromClaim))
      .map((l) => ({
        type: l.type,
        direction: "incoming" as const,
        note: l.note,
        claim: relatedClaim(l.fromClaim),
      })),
  ];
  const annotations: PublicAnnotation[] = row.annotations.map((a) => ({
    id: a.id,
    body: a.body,
    createdAt: a.createdAt.toISOString(),
    anchor: a.anchorTarget && a.anchorExact ? { target: a.anchorTarget, exact: a.anchorExact } : null,
    replies: a.replies.map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt.toISOString() })),
  }));
  return {
    ...toPublicClaimSummary(row),
    appearances,
    firstAppearance: appearances[0] ?? null,
    corroboration: countIndependentChains(row.appearances.map((a) => a.chain)),
    sourcing: publicSourcing(row.appearances),
    related,
    annotations,
    retraction:
      row.status === "RETRACTED" ? { reason: row.retractionReason, retractedAt: iso(row.retractedAt) } : null,
  };
}

/** One published claim, cached under its own tag. */
export function findPublishedClaimBySlug(slug: string): Promise<PublicClaim | null> {
  return unstable_cache(() => loadPublishedClaim(slug), ["public-claim", slug], {
    tags: [publicTag.claim(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

export const PUBLIC_PAGE_SIZE = 20;

export interface PublishedClaimsPage {
  claims: PublicClaimSummary[];
  total: number;
  /** True when `total` (and so `pages`) is an estimate: lists above EXACT_COUNT_LIMIT claims. */
  approximate: boolean;
  pages: number;
}

/** Which public claims a paged list shows: all of them, a speaker's, a topic's (or both). */
interface PublicScope {
  speakerId?: string;
  topicId?: string;
}

/** The claim at the far end of a link (alias `o`) is public. */
const publicEnd = `o.status IN ('APPROVED','RETRACTED') AND o."deletedAt" IS NULL`;

function publicScopeSql(scope: PublicScope): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const conditions = [`c.status IN ('APPROVED','RETRACTED')`, `c."deletedAt" IS NULL`];
  if (scope.speakerId !== undefined) {
    values.push(scope.speakerId);
    conditions.push(`c."speakerId" = $${values.length}`);
  }
  if (scope.topicId !== undefined) {
    values.push(scope.topicId);
    conditions.push(
      `EXISTS (SELECT 1 FROM "ClaimTopic" ct WHERE ct."claimId" = c.id AND ct."topicId" = $${values.length})`,
    );
  }
  return { where: conditions.join(" AND "), values };
}

/**
 * The ids of page `page` of a scope's public claims, newest first (saidAt, then slug, as page
 * URLs have always numbered them), without reading the claims before the page: the ids come from
 * the public-newest indexes, which hold the sort key and the id (an index-only scan skips entries
 * without visiting the table), walked from the nearer end of the list, so page 1 and the last
 * page cost the same however long the list. `total` places the page from the end.
 */
async function publicPageIds(scope: PublicScope, page: number, total: number): Promise<string[]> {
  const start = (page - 1) * PUBLIC_PAGE_SIZE;
  const end = Math.min(start + PUBLIC_PAGE_SIZE, total);
  if (start >= end) return [];
  const { where, values } = publicScopeSql(scope);
  const fromEnd = total - end < start;
  const order = fromEnd
    ? `c."saidAt" ASC NULLS FIRST, c.slug DESC OFFSET ${total - end}`
    : `c."saidAt" DESC NULLS LAST, c.slug ASC OFFSET ${start}`;
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY ${order} LIMIT ${end - start}`,
    ...values,
  );
  const ids = rows.map((r) => r.id);
  return fromEnd ? ids.reverse() : ids;
}

/**
 * How many public claims a scope has: exact up to EXACT_COUNT_LIMIT, estimated above (counting
 * 700,000 index entries for every list page of a million-claim archive costs more than the page).
 * With an estimate the pages near the end are still placed from the end (the last page holds the
 * oldest claims), those near the start from the start; only a page in the middle may be shifted by
 * the estimate's error.
 */
async function countPublic(scope: PublicScope): Promise<Counted> {
  const { where, values } = publicScopeSql(scope);
  const fromWhere = `FROM "Claim" c WHERE ${where}`;
  // Counting even up to the limit probes ClaimTopic once per claim for a topic (40 ms for the
  // biggest topic of the 1M bench archive); the planner's estimate (per-topic and per-speaker
  // statistics, within 5% there) settles the clearly big ones first.
  const expected = await estimateRows(`SELECT 1 ${fromWhere}`, values);
  if (expected > 2 * EXACT_COUNT_LIMIT) return { count: expected, approximate: true };
  return countOrEstimate(fromWhere, values, EXACT_COUNT_LIMIT, expected);
}

/** One page of the public claims list, uncached (benches, scripts); pages use listPublishedClaims. */
export async function loadPublishedClaimsPage(page: number): Promise<PublishedClaimsPage> {
  const { count: total, approximate } = await countPublic({});
  const rows = await rowsInOrder(await publicPageIds({}, page, total), (ids) =>
    prisma.claim.findMany({ where: { id: { in: ids } }, select: { ...publicSummarySelect, id: true } }),
  );
  return {
    claims: rows.map(toPublicClaimSummary),
    total,
    approximate,
    pages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
  };
}

export function listPublishedClaims(page: number): Promise<PublishedClaimsPage> {
  return unstable_cache(() => loadPublishedClaimsPage(page), ["public-claims-page", String(page)], {
    tags: [publicTag.lists],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/** Newest approved claims (feeds): approval time, newest first. */
export function latestApprovedClaims(limit = 50): Promise<PublicClaimSummary[]> {
  return unstable_cache(
    async () =>
      (
        await prisma.claim.findMany({
          where: { status: "APPROVED", deletedAt: null },
          orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
          take: limit,
          select: publicSummarySelect,
        })
      ).map(toPublicClaimSummary),
    ["public-latest", String(limit)],
    { tags: [publicTag.lists], revalidate: PUBLIC_CACHE_SECONDS },
  )();
}

/** One page of a long list, and where it sits. */
export interface PageOf<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  /** True when `total` (and so `pages`) is an estimate (see countPublic). */
  approximate: boolean;
}

const pageOf = <T>(items: T[], page: number, { count: total, approximate }: Counted): PageOf<T> => ({
  items,
  page,
  total,
  approximate,
  pages: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
});

export type TimelineClaim = PublicClaimSummary & {
  links: {
    type: PublicRelatedClaim["type"];
    direction: "outgoing" | "incoming";
    claim: PublicRelatedClaim["claim"];
  }[];
};

export interface SpeakerTimeline {
  speaker: {
    slug: string;
    name: string;
    kind: string;
    affiliation: string | null;
    country: string | null;
    description: string | null;
    variants: string[];
  };
  /** Newest first, one page; filtered by `topic` when one is given. */
  claims: PageOf<TimelineClaim>;
  /** Every topic the speaker has public claims on, with counts over all of them (the filter). */
  topics: (PublicTopicRef & { count: number })[];
  topic: PublicTopicRef | null;
  /** Public claims of the speaker on all topics. */
  total: number;
  /** True when `total` (and the topic counts) are estimates: a speaker above EXACT_COUNT_LIMIT claims. */
  totalApproximate: boolean;
  /** Contradiction links between the speaker's public claims and other public claims, all pages. */
  contradictions: number;
}

/**
 * A speaker's public claims, a page at a time: a speaker quoted every day for years must not
 * make one page render (and cache) thousands of claims. Null when the speaker, the topic or
 * the page does not exist.
 */
export function getSpeakerTimeline(
  slug: string,
  { page = 1, topic: topicSlug = null }: { page?: number; topic?: string | null } = {},
): Promise<SpeakerTimeline | null> {
  return unstable_cache(
    () => loadSpeakerTimeline(slug, { page, topic: topicSlug }),
    ["public-speaker", slug, topicSlug ?? "", String(page)],
    { tags: [publicTag.speaker(slug)], revalidate: PUBLIC_CACHE_SECONDS },
  )();
}

/** Claims a speaker's topic counts are taken from when the speaker has too many to count them all. */
const TOPIC_COUNT_SAMPLE = 1_000;

type TopicCount = { id: string; slug: string; nameVi: string; nameEn: string; count: number };

/** Topic counts over the speaker's public claims: all of them, or the newest `limit`. */
function topicCounts(speakerId: string, limit: number | null): Promise<TopicCount[]> {
  const { where, values } = publicScopeSql({ speakerId });
  const claims =
    limit === null
      ? `(SELECT c.id FROM "Claim" c WHERE ${where}) c`
      : `(SELECT c.id FROM "Claim" c WHERE ${where} ORDER BY c."saidAt" DESC NULLS LAST, c.slug LIMIT ${limit}) c`;
  return prisma.$queryRawUnsafe<TopicCount[]>(
    `SELECT t.id, t.slug, t."nameVi", t."nameEn", count(*)::int AS count
       FROM ${claims} JOIN "ClaimTopic" ct ON ct."claimId" = c.id JOIN "Topic" t ON t.id = ct."topicId"
      GROUP BY t.id, t.slug, t."nameVi", t."nameEn"`,
    ...values,
  );
}

/**
 * The topics of a speaker's public claims with counts (the timeline's filter), from the counts
 * over the speaker's newest TOPIC_COUNT_SAMPLE claims (`newest`, read alongside the speaker's
 * count): exact when those are all the speaker's claims, recounted over all of them when the
 * speaker's count is exact but larger, else scaled to the estimated total.
 */
async function speakerTopics(speakerId: string, all: Counted, newest: TopicCount[]): Promise<TopicCount[]> {
  if (!all.approximate && all.count <= TOPIC_COUNT_SAMPLE) return newest;
  if (!all.approximate) return topicCounts(speakerId, null);
  const scale = all.count / TOPIC_COUNT_SAMPLE;
  return newest.map((r) => ({ ...r, count: Math.max(1, Math.round(r.count * scale)) }));
}

/**
 * Contradiction links between a speaker's public claims and other public claims, each way (a
 * link between two of the speaker's own claims counts once each way). The live CONTRADICTS
 * links (their own partial index, ClaimLink_contradicts_idx: an index-only read of some 10,000
 * rows at a million claims) are taken both ways and met by one read of the speaker's claims: a
 * CTE of the claims probed the whole link index twice per claim (48 ms for the 27,500 claims of
 * the biggest speaker of the 1M bench archive), a join per direction read the claims twice
 * (17–48 ms); this is 13 ms there, 3 ms for a speaker with a handful. Each far end is looked up
 * by its id (the LATERAL … LIMIT 1): left to itself the planner read every public claim of the
 * archive to find a few hundred links (1.3 s on a million claims).
 */
async function countContradictions(speakerId: string): Promise<number> {
  const { where, values } = publicScopeSql({ speakerId });
  const link = `l.type = 'CONTRADICTS' AND l."deletedAt" IS NULL`;
  const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `WITH ends AS MATERIALIZED (
            SELECT e.other FROM (
                SELECT l."fromClaimId" AS mine, l."toClaimId" AS other FROM "ClaimLink" l WHERE ${link}
                UNION ALL
                SELECT l."toClaimId", l."fromClaimId" FROM "ClaimLink" l WHERE ${link}) e
              JOIN "Claim" c ON c.id = e.mine WHERE ${where})
     SELECT count(*)::int AS n FROM ends, LATERAL (SELECT 1 FROM "Claim" o WHERE o.id = ends.other AND ${publicEnd} LIMIT 1) public_end`,
    ...values,
  );
  return row?.n ?? 0;
}

const { speaker: _speaker, ...summaryWithoutSpeaker } = publicSummarySelect;

type TimelineLink = {
  type: LinkType;
  direction: "outgoing" | "incoming";
  claim: PublicRelatedClaim["claim"];
};

/**
 * The public CONTRADICTS and UPDATES links of some claims, each way, with the claim at the other
 * end (public only): outgoing first, then incoming, each in the order the links were made.
 */
async function timelineLinks(ids: string[]): Promise<Map<string, TimelineLink[]>> {
  if (ids.length === 0) return new Map();
  const link = `l."deletedAt" IS NULL AND l.type IN ('CONTRADICTS', 'UPDATES')`;
  const columns = `l.type::text AS type, l."createdAt", l.id AS "linkId", o.slug, o.quote, o.kind::text AS kind,
    o."saidAt", o.status::text AS status, s.name AS "speakerName", s.slug AS "speakerSlug"`;
  const rows = await prisma.$queryRawUnsafe<
    {
      claimId: string;
      outgoing: boolean;
      type: LinkType;
      slug: string;
      quote: string;
      kind: ClaimKind;
      saidAt: Date | null;
      status: EditorialStatus;
      speakerName: string;
      speakerSlug: string;
    }[]
  >(
    `SELECT * FROM (
       SELECT l."fromClaimId" AS "claimId", true AS outgoing, ${columns}
         FROM "ClaimLink" l JOIN "Claim" o ON o.id = l."toClaimId" JOIN "Speaker" s ON s.id = o."speakerId"
        WHERE l."fromClaimId" = ANY($1::text[]) AND ${link} AND ${publicEnd}
       UNION ALL
       SELECT l."toClaimId", false, ${columns}
         FROM "ClaimLink" l JOIN "Claim" o ON o.id = l."fromClaimId" JOIN "Speaker" s ON s.id = o."speakerId"
        WHERE l."toClaimId" = ANY($1::text[]) AND ${link} AND ${publicEnd}) ends
     ORDER BY outgoing DESC, "createdAt", "linkId"`,
    ids,
  );
  const byClaim = new Map<string, TimelineLink[]>();
  for (const r of rows) {
    const claim = relatedClaim({
      slug: r.slug,
      quote: r.quote,
      kind: r.kind,
      saidAt: r.saidAt === null ? null : new Date(r.saidAt),
      status: r.status,
      deletedAt: null,
      speaker: { name: r.speakerName, slug: r.speakerSlug },
    });
    const links = byClaim.get(r.claimId) ?? [];
    links.push({ type: r.type, direction: r.outgoing ? "outgoing" : "incoming", claim });
    byClaim.set(r.claimId, links);
  }
  return byClaim;
}

/** The same, uncached (benches, scripts). */
export async function loadSpeakerTimeline(
  slug: string,
  { page = 1, topic: topicSlug = null }: { page?: number; topic?: string | null } = {},
): Promise<SpeakerTimeline | null> {
  const speaker = await prisma.speaker.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      affiliation: true,
      country: true,
      description: true,
      variants: true,
    },
  });
  if (!speaker) return null;
  const own = { ...publicClaimWhere, speakerId: speaker.id } satisfies Prisma.ClaimWhereInput;
  // The page's claims without their speaker (the page's own read of the speaker is shown) and,
  // alongside, their public contradiction and update links in one statement (Prisma read them
  // a relation at a time: ten statements in a row).
  const timelineRows = async (ids: string[]) => {
    const [rows, links] = await Promise.all([
      rowsInOrder(ids, (some) =>
        prisma.claim.findMany({
          where: { id: { in: some } },
          select: { ...summaryWithoutSpeaker, id: true },
        }),
      ),
      timelineLinks(ids),
    ]);
    return rows.map((r) => ({ ...r, links: links.get(r.id) ?? [] }));
  };
  const [all, contradictions, newestTopics] = await Promise.all([
    countPublic({ speakerId: speaker.id }),
    countContradictions(speaker.id),
    topicCounts(speaker.id, TOPIC_COUNT_SAMPLE),
  ]);
  const topics = await speakerTopics(speaker.id, all, newestTopics);
  // A topic outside a sampled list (all.approximate) is looked up: it exists for this speaker
  // when one of the speaker's public claims is on it.
  const topic = topicSlug
    ? (topics.find((t) => t.slug === topicSlug) ??
      (all.approximate
        ? await prisma.topic.findFirst({
            where: { slug: topicSlug, claims: { some: { claim: own } } },
            select: { id: true, slug: true, nameVi: true, nameEn: true },
          })
        : null))
    : null;
  if (topicSlug && !topic) return null;
  const scope: PublicScope = topic ? { speakerId: speaker.id, topicId: topic.id } : { speakerId: speaker.id };
  const counted = topic ? await countPublic(scope) : all;
  const rows = await timelineRows(await publicPageIds(scope, page, counted.count));
  if (rows.length === 0) return null; // no public claims (no public speaker page), or past the last page
  const claims = rows.map((r) => ({
    // Each claim is this speaker's: shown as read above, not as the later query read it (a rename
    // committed between the two would print two names on one page).
    ...toPublicClaimSummary({
      ...r,
      speaker: {
        slug: speaker.slug,
        name: speaker.name,
        kind: speaker.kind,
        affiliation: speaker.affiliation,
        country: speaker.country,
      },
    }),
    links: r.links,
  }));
  const { id: _id, ...publicSpeaker } = speaker;
  const topicRef = ({ slug, nameVi, nameEn }: PublicTopicRef) => ({ slug, nameVi, nameEn });
  return {
    speaker: publicSpeaker,
    claims: pageOf(claims, page, counted),
    topics: topics
      .map((t) => ({ ...topicRef(t), count: t.count }))
      .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
    topic: topic ? topicRef(topic) : null,
    total: all.count,
    totalApproximate: all.approximate,
    contradictions,
  };
}

export interface TopicClaims {
  topic: PublicTopicRef & { description: string | null };
  /** Newest first, one page. */
  claims: PageOf<PublicClaimSummary>;
  /** Distinct speakers over all the topic's public claims (estimated when `claims.approximate`). */
  speakers: number;
}

/** A topic's public claims, a page at a time. Null when the topic or the page does not exist (page 1 of an empty topic exists). */
export function getTopicClaims(slug: string, page = 1): Promise<TopicClaims | null> {
  return unstable_cache(() => loadTopicClaims(slug, page), ["public-topic", slug, String(page)], {
    tags: [publicTag.topic(slug)],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}

/**
 * A topic's public claims and their distinct speakers: counted together in one read of at most
 * EXACT_COUNT_LIMIT + 1 claims, or both estimated when the topic is clearly bigger (counting
 * the speakers with Prisma's relation filter read every speaker's claims: 110 ms for the
 * biggest topic of the 100k bench archive).
 */
async function countTopic(topicId: string): Promise<{ total: Counted; speakers: number }> {
  const { where, values } = publicScopeSql({ topicId });
  const fromWhere = `FROM "Claim" c WHERE ${where}`;
  const expected = await estimateRows(`SELECT 1 ${fromWhere}`, values);
  const estimatedSpeakers = () => estimateRows(`SELECT DISTINCT c."speakerId" ${fromWhere}`, values);
  if (expected > 2 * EXACT_COUNT_LIMIT)
    return { total: { count: expected, approximate: true }, speakers: await estimatedSpeakers() };
  const [row] = await prisma.$queryRawUnsafe<{ n: number; speakers: number }[]>(
    `SELECT count(*)::int AS n, count(DISTINCT s)::int AS speakers
       FROM (SELECT c."speakerId" AS s ${fromWhere} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`,
    ...values,
  );
  if ((row?.n ?? 0) <= EXACT_COUNT_LIMIT)
    return { total: { count: row?.n ?? 0, approximate: false }, speakers: row?.speakers ?? 0 };
  return {
    total: { count: Math.max(EXACT_COUNT_LIMIT + 1, expected), approximate: true },
    speakers: await estimatedSpeakers(),
  };
}

/** The same, uncached (benches, scripts). */
export async function loadTopicClaims(slug: string, page = 1): Promise<TopicClaims | null> {
  const topic = await prisma.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, nameVi: true, nameEn: true, description: true },
  });
  if (!topic) return null;
  const { total, speakers } = await countTopic(topic.id);
  const rows = await rowsInOrder(await publicPageIds({ topicId: topic.id }, page, total.count), (ids) =>
    prisma.claim.findMany({ where: { id: { in: ids } }, select: { ...publicSummarySelect, id: true } }),
  );
  if (page > 1 && rows.length === 0) return null;
  const { id: _id, ...publicTopic } = topic;
  return { topic: publicTopic, claims: pageOf(rows.map(toPublicClaimSummary), page, total), speakers };
}

export interface PublicSpeakerIndexEntry {
  slug: string;
  name: string;
  kind: PublicClaimSummary["speaker"]["kind"];
  affiliation: string | null;
  /** Other spellings and languages of the name (search suggestions match them too). */
  variants: string[];
  count: number;
}
export interface PublicTopicIndexEntry extends PublicTopicRef {
  description: string | null;
  count: number;
}
export interface PublicSpeakersAndTopics {
  speakers: PublicSpeakerIndexEntry[];
  topics: PublicTopicIndexEntry[];
}

/**
 * Speakers and topics that have at least one public claim, with counts (index pages, search
 * suggestions). Uncached: for callers outside a Next.js request (scripts, tests); pages use
 * listPublicSpeakersAndTopics.
 */
export async function loadPublicSpeakersAndTopics(): Promise<PublicSpeakersAndTopics> {
  const [speakers, topics] = await Promise.all([
    prisma.speaker.findMany({
      where: { deletedAt: null, claims: { some: publicClaimWhere } },
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        kind: true,
        affiliation: true,
        variants: true,
        _count: { select: { claims: { where: publicClaimWhere } } },
      },
    }),
    prisma.topic.findMany({
      where: { claims: { some: { claim: publicClaimWhere } } },
      orderBy: { nameVi: "asc" },
      select: {
        slug: true,
        nameVi: true,
        nameEn: true,
        description: true,
        _count: { select: { claims: { where: { claim: publicClaimWhere } } } },
      },
    }),
  ]);
  return {
    speakers: speakers.map(({ _count, ...s }) => ({ ...s, count: _count.claims })),
    topics: topics.map(({ _count, ...t }) => ({ ...t, count: _count.claims })),
  };
}

/** The same, cached under the lists tag: every change to a public claim may change a count. */
export function listPublicSpeakersAndTopics(): Promise<PublicSpeakersAndTopics> {
  return unstable_cache(loadPublicSpeakersAndTopics, ["public-index"], {
    tags: [publicTag.lists],
    revalidate: PUBLIC_CACHE_SECONDS,
  })();
}
