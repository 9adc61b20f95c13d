/**
 * The dashboard claim list's filter and order as SQL over `"Claim" c` (positional parameters in
 * `values`). SQL rather than a Prisma `where`: Prisma orders every capped count by id, which on
 * a million claims walks the primary key through the table, and a statement of our own can be
 * counted up to a limit and estimated above it (lib/db/estimate.ts) with plans the indexes of
 * migration dashboard_list_indexes serve.
 */
import { OPEN_STATUSES } from "../assignments/queries";
import { passedCutoff } from "../deadlines/due";
import type { EditorialStatus, LinkType, VerificationStatus } from "../generated/prisma/client";
import { searchTerms } from "../search/search-text";
import type { STAFF_SORTS } from "./validation";

export interface StaffClaimFilter {
  status?: EditorialStatus;
  verification?: VerificationStatus;
  speaker?: string; // speaker id
  topic?: string; // topic slug
  outlet?: string; // outlet id
  linkType?: LinkType;
  from?: string; // YYYY-MM-DD (said at)
  to?: string;
  q?: string;
  sort?: (typeof STAFF_SORTS)[number];
  page: number;
  view?:
    | "review-queue"
    | "my-drafts"
    | "changes-requested"
    | "deleted"
    | "assigned-to-me"
    | "overdue"
    | "deadline-passed";
}

/** Newest change first by default; every order ends on the id so pages never overlap. */
export const STAFF_ORDER_SQL: Record<(typeof STAFF_SORTS)[number], string> = {
  updated: `c."updatedAt" DESC, c.id ASC`,
  "said-desc": `c."saidAt" DESC NULLS LAST, c.id ASC`,
  "said-asc": `c."saidAt" ASC NULLS LAST, c.id ASC`,
  created: `c."createdAt" DESC, c.id ASC`,
};

/** The same orders backwards (each a backward scan of the index that serves the forward one). */
export const STAFF_REVERSE_ORDER_SQL: Record<(typeof STAFF_SORTS)[number], string> = {
  updated: `c."updatedAt" ASC, c.id DESC`,
  "said-desc": `c."saidAt" ASC NULLS FIRST, c.id DESC`,
  "said-asc": `c."saidAt" DESC NULLS FIRST, c.id DESC`,
  created: `c."createdAt" ASC, c.id DESC`,
};

/**
 * `topicId`: the filter's topic, looked up by its slug beforehand (the planner then estimates
 * that topic's share of claims from its statistics instead of an average topic's).
 * `from` is the claims the conditions of `where` apply to, as `c` (the claims table, or a topic's
 * rows standing for its claims).
 */
export function staffFilterSql(
  actorId: string,
  filter: Omit<StaffClaimFilter, "page" | "topic"> & { topicId?: string },
  now = new Date(),
  textMatch: "words" | "words-row-by-row" | "prefix" = "words",
): { from: string; where: string; values: unknown[] } {
  const values: unknown[] = [];
  const p = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const when = (value: Date | string) =>
    `${p(typeof value === "string" ? value : value.toISOString())}::timestamp`;
  const and = [filter.view === "deleted" ? `c."deletedAt" IS NOT NULL` : `c."deletedAt" IS NULL`];
  if (filter.status) and.push(`c.status = ${p(filter.status)}::"EditorialStatus"`);
  switch (filter.view) {
    case "review-queue":
      and.push(`c.status = 'IN_REVIEW'`, `c."createdById" <> ${p(actorId)}`);
      break;
    case "my-drafts":
      and.push(`c.status = 'DRAFT'`, `c."createdById" = ${p(actorId)}`);
      break;
    case "changes-requested":
      and.push(`c.status = 'CHANGES_REQUESTED'`);
      break;
    // Assignment views (lib/assignments/): the person's claims as editor or reviewer; open claims
    // past their due date, whoever they are assigned to.
    case "assigned-to-me": {
      const id = p(actorId);
      and.push(`(c."assignedEditorId" = ${id} OR c."assignedReviewerId" = ${id})`);
      break;
    }
    case "overdue":
      and.push(`c."dueAt" < ${when(now)}`, `c.status = ANY(${p([...OPEN_STATUSES])}::"EditorialStatus"[])`);
      break;
    // Predictions and promises whose own due date has passed (lib/deadlines/): time to re-check them.
    case "deadline-passed":
      and.push(`c."deadlineAt" <= ${when(passedCutoff(now))}`);
      break;
  }
  // The public search's rule (lib/search/public-search.ts): whole words of the folded text
  // through the tsvector's GIN index ("hoa" is "hòa", "hoà", "hóa", never "hoang"); with
  // "prefix" (the list's second try when whole words find nothing) each term starts a word,
  // through the trigram index (terms are letters and digits only). Short terms make trigrams
  // that most claims hold: "hoa binh lau dai" as prefixes read 3,000 rows after a 70 ms index
  // scan on a million claims; as words, a 9 ms one.
  // "words-row-by-row": the same words tested on each row (no index serves it), for a walk down
  // the list's order index when the words are common (see listClaimsForStaff).
  const terms = searchTerms(filter.q ?? "");
  if (terms.length && textMatch === "words")
    and.push(`c."searchVector" @@ to_tsquery('simple'::regconfig, ${p(terms.join(" & "))})`);
  if (terms.length && textMatch === "words-row-by-row")
    and.push(`ts_match_vq(c."searchVector", to_tsquery('simple'::regconfig, ${p(terms.join(" & "))}))`);
  if (textMatch === "prefix") for (const term of terms) and.push(`c."searchText" LIKE ${p(`% ${term}%`)}`);
  if (filter.verification) and.push(`c.verification = ${p(filter.verification)}::"VerificationStatus"`);
  if (filter.speaker) and.push(`c."speakerId" = ${p(filter.speaker)}`);
  // A topic and a date range and nothing else: the topic's rows carry their claim's dates
  // (migration claim_topic_claim_dates), so the list is one range of one index. Meeting the
  // topic's claims with the range's instead hashed a quarter of a million-claim archive (120 ms).
  const topicRows =
    filter.topicId &&
    (filter.from || filter.to) &&
    !(filter.view || filter.status || filter.verification || filter.speaker || filter.outlet) &&
    !(filter.linkType || terms.length);
  let from = `"Claim" c`;
  if (topicRows)
    from = `(SELECT ct."claimId" AS id, ct."claimSaidAt" AS "saidAt", ct."claimUpdatedAt" AS "updatedAt",
        ct."claimCreatedAt" AS "createdAt", ct."claimDeletedAt" AS "deletedAt"
        FROM "ClaimTopic" ct WHERE ct."topicId" = ${p(filter.topicId)}) c`;
  else if (filter.topicId)
    and.push(
      `EXISTS (SELECT 1 FROM "ClaimTopic" ct WHERE ct."claimId" = c.id AND ct."topicId" = ${p(filter.topicId)})`,
    );
  if (filter.outlet)
    and.push(
      `EXISTS (SELECT 1 FROM "Appearance" a JOIN "Article" ar ON ar.id = a."articleId" WHERE a."claimId" = c.id AND a."deletedAt" IS NULL AND ar."outletId" = ${p(filter.outlet)})`,
    );
  if (filter.linkType) {
    const type = `${p(filter.linkType)}::"LinkType"`;
    and.push(
      `(EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l."fromClaimId" = c.id AND l.type = ${type} AND l."deletedAt" IS NULL)` +
        ` OR EXISTS (SELECT 1 FROM "ClaimLink" l WHERE l."toClaimId" = c.id AND l.type = ${type} AND l."deletedAt" IS NULL))`,
    );
  }
  if (filter.from) and.push(`c."saidAt" >= ${when(`${filter.from}T00:00:00Z`)}`);
  if (filter.to) and.push(`c."saidAt" <= ${when(`${filter.to}T23:59:59Z`)}`);
  return { from, where: and.join(" AND "), values };
}
