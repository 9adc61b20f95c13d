-- AlterTable
ALTER TABLE "ClaimTopic" ADD COLUMN     "claimCreatedAt" TIMESTAMP(3),
ADD COLUMN     "claimDeletedAt" TIMESTAMP(3),
ADD COLUMN     "claimSaidAt" TIMESTAMP(3),
ADD COLUMN     "claimUpdatedAt" TIMESTAMP(3);

-- Hand-written. The dashboard's topic + date range list (lib/claims/staff-filter-sql.ts) met the
-- topic's claims with every claim in the range: on a million claims, a 3-month range is 250,000
-- index entries hashed against the biggest topic's 46,000 (120 ms). With the claim's dates beside
-- its topics, the list is one range of one index (5 ms).
--
-- The copies are kept here, never by the app. A topic row takes its claim's values when written;
-- a claim's change reaches its topic rows in the same statement. The claim's writers update the
-- claim row before replacing its topics (lib/claims/service.ts mutateClaim), so the row lock
-- orders a topic row written by one transaction after a concurrent change of its claim.
CREATE OR REPLACE FUNCTION public.claim_topic_claim_dates_fill()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  SELECT c."saidAt", c."updatedAt", c."createdAt", c."deletedAt"
    INTO NEW."claimSaidAt", NEW."claimUpdatedAt", NEW."claimCreatedAt", NEW."claimDeletedAt"
    FROM "Claim" c WHERE c.id = NEW."claimId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ClaimTopic_claim_dates_fill"
  BEFORE INSERT OR UPDATE ON "ClaimTopic"
  FOR EACH ROW EXECUTE FUNCTION public.claim_topic_claim_dates_fill();

CREATE OR REPLACE FUNCTION public.claim_topic_claim_dates_follow()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  -- The fill trigger above reads the claim's new values for each row this touches.
  UPDATE "ClaimTopic" SET "claimId" = "claimId" WHERE "claimId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_topic_dates_follow"
  AFTER UPDATE OF "saidAt", "updatedAt", "createdAt", "deletedAt" ON "Claim"
  FOR EACH ROW
  WHEN (OLD."saidAt" IS DISTINCT FROM NEW."saidAt" OR OLD."updatedAt" IS DISTINCT FROM NEW."updatedAt"
    OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
  EXECUTE FUNCTION public.claim_topic_claim_dates_follow();

-- Existing rows (the fill trigger reads each one's claim).
UPDATE "ClaimTopic" SET "claimId" = "claimId";

CREATE INDEX "ClaimTopic_live_topic_said_idx" ON "ClaimTopic" ("topicId", "claimSaidAt")
  INCLUDE ("claimId", "claimUpdatedAt", "claimCreatedAt") WHERE "claimDeletedAt" IS NULL;
