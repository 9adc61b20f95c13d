-- Hand-written (partial indexes with INCLUDE: Prisma's schema language cannot express them).
-- Public list, speaker and topic pages find a page's claims by position (lib/claims/public-queries.ts
-- publicPageIds): the ids of the page are read from an index that holds the sort key and the id,
-- so skipping to page 30,000 of a million-claim archive is an index-only scan (no table visits for
-- the skipped entries), walked from the nearer end of the list. The counts of those pages are
-- index-only scans of the same indexes.
DROP INDEX "Claim_public_newest_idx";
CREATE INDEX "Claim_public_newest_idx" ON "Claim" ("saidAt" DESC NULLS LAST, "slug") INCLUDE ("id")
  WHERE "status" IN ('APPROVED', 'RETRACTED') AND "deletedAt" IS NULL;
-- A speaker's timeline: the speaker's public claims in the same order.
CREATE INDEX "Claim_public_speaker_newest_idx" ON "Claim" ("speakerId", "saidAt" DESC NULLS LAST, "slug") INCLUDE ("id")
  WHERE "status" IN ('APPROVED', 'RETRACTED') AND "deletedAt" IS NULL;
