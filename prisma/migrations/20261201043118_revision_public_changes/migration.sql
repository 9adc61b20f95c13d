-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "publicChanges" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "publicReason" TEXT;

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- Backfill: versions already written that changed what readers saw (the previous version was
-- public). The groups are those of lib/corrections/public-diff.ts; ->> reads a missing key and a
-- JSON null alike, so snapshots written before a field existed do not count as changes.
WITH pairs AS (
    SELECT r."id", r."snapshot" AS cur, p."snapshot" AS prev
    FROM "Revision" r
    JOIN "Revision" p ON p."claimId" = r."claimId" AND p."version" = r."version" - 1
    WHERE p."snapshot"->>'status' IN ('APPROVED', 'RETRACTED')
), changes AS (
    SELECT "id", array_remove(ARRAY[
        CASE WHEN cur->>'speakerId' IS DISTINCT FROM prev->>'speakerId' THEN 'speaker' END,
        CASE WHEN cur->>'roleHeld' IS DISTINCT FROM prev->>'roleHeld' THEN 'roleHeld' END,
        CASE WHEN cur->>'quote' IS DISTINCT FROM prev->>'quote'
              OR cur->>'language' IS DISTINCT FROM prev->>'language' THEN 'quote' END,
        CASE WHEN cur->>'translation' IS DISTINCT FROM prev->>'translation' THEN 'translation' END,
        CASE WHEN cur->>'kind' IS DISTINCT FROM prev->>'kind' THEN 'kind' END,
        CASE WHEN left(cur->>'saidAt', 10) IS DISTINCT FROM left(prev->>'saidAt', 10)
              OR cur->>'saidAtPrecision' IS DISTINCT FROM prev->>'saidAtPrecision' THEN 'saidAt' END,
        CASE WHEN cur->>'venue' IS DISTINCT FROM prev->>'venue' THEN 'venue' END,
        CASE WHEN cur->>'topics' IS DISTINCT FROM prev->>'topics' THEN 'topics' END,
        CASE WHEN cur->>'verification' IS DISTINCT FROM prev->>'verification' THEN 'verification' END,
        CASE WHEN cur->>'rating' IS DISTINCT FROM prev->>'rating'
              OR cur->>'ratingExplanation' IS DISTINCT FROM prev->>'ratingExplanation' THEN 'rating' END,
        CASE WHEN cur->>'status' IS DISTINCT FROM prev->>'status'
              OR cur->>'retractionReason' IS DISTINCT FROM prev->>'retractionReason' THEN 'retraction' END
    ], NULL) AS fields
    FROM pairs
)
UPDATE "Revision" r SET "publicChanges" = c.fields
FROM changes c
WHERE r."id" = c."id" AND cardinality(c.fields) > 0;
