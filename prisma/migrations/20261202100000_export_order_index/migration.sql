-- Hand-written (a partial index: Prisma's schema language cannot express it).
-- `npm run export` reads live claims in pages by (saidAt, slug), undated last (lib/claims/export.ts):
-- each page starts where the last ended, inside this index. Without it, each page of a million-claim
-- archive re-read the claims before it (1.3 s a page, ~45 minutes for one export).
CREATE INDEX "Claim_live_said_slug_idx" ON "Claim" ("saidAt" ASC NULLS LAST, "slug") INCLUDE ("id") WHERE "deletedAt" IS NULL;
