-- A topic's claims, read from the index alone (declared in schema.prisma).
DROP INDEX "ClaimTopic_topicId_idx";
CREATE INDEX "ClaimTopic_topicId_claimId_idx" ON "ClaimTopic"("topicId", "claimId");

-- Hand-written (partial indexes: Prisma's schema language cannot express them).
-- The dashboard's claim list (lib/claims/staff-filter-sql.ts) on a million claims: each order it
-- offers over live claims, alone or after the filters views start from (state, verification,
-- speaker), reads a page's ids from an index already in that order, and the matches are counted up
-- to the limit from the same index without visiting the table. Deleted claims (the admins' view)
-- have their own, small index.
CREATE INDEX "Claim_live_updated_idx" ON "Claim" ("updatedAt" DESC, "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_live_said_desc_idx" ON "Claim" ("saidAt" DESC NULLS LAST, "id") WHERE "deletedAt" IS NULL;
-- A date range sorted by another date is read from this one alone (it carries both other dates).
CREATE INDEX "Claim_live_said_asc_idx" ON "Claim" ("saidAt" ASC NULLS LAST, "id") INCLUDE ("updatedAt", "createdAt") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_live_created_idx" ON "Claim" ("createdAt" DESC, "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_live_status_updated_idx" ON "Claim" ("status", "updatedAt" DESC, "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_live_verification_updated_idx" ON "Claim" ("verification", "updatedAt" DESC, "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_live_speaker_updated_idx" ON "Claim" ("speakerId", "updatedAt" DESC, "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_live_speaker_said_idx" ON "Claim" ("speakerId", "saidAt" DESC NULLS LAST, "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Claim_deleted_updated_idx" ON "Claim" ("updatedAt" DESC, "id") WHERE "deletedAt" IS NOT NULL;
