-- Public lists and search results show public claims newest first. This partial index holds
-- exactly those claims in that order, so a page of a broad search (a common word matching
-- thousands of claims) walks it and stops after 20 matches instead of sorting every match;
-- rare words still go through the search vector's GIN index. Hand-written: Prisma's schema
-- language cannot express the WHERE (partial indexes are kept by its diff, see the drift test).
CREATE INDEX "Claim_public_newest_idx" ON "Claim" ("saidAt" DESC NULLS LAST, "slug")
  WHERE "status" IN ('APPROVED', 'RETRACTED') AND "deletedAt" IS NULL;
