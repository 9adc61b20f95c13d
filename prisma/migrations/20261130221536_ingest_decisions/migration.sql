-- CreateEnum
CREATE TYPE "IngestOutcome" AS ENUM ('NEW_CLAIM', 'ADDED_AS_SOURCE', 'REJECTED');

-- CreateTable
CREATE TABLE "IngestDecision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "outcome" "IngestOutcome" NOT NULL,
    "claimId" TEXT,
    "pendingChangeId" TEXT,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IngestDecision_claimId_idx" ON "IngestDecision"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "IngestDecision_articleId_start_end_key" ON "IngestDecision"("articleId", "start", "end");

-- AddForeignKey
ALTER TABLE "IngestDecision" ADD CONSTRAINT "IngestDecision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestDecision" ADD CONSTRAINT "IngestDecision_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestDecision" ADD CONSTRAINT "IngestDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: one live appearance per claim, article and span. The review page offered "add as
-- source" again after a reload and the same span could be attached twice; existing duplicates are
-- removed the way the app removes a source (deletedAt set), keeping the first one added.
UPDATE "Appearance" a SET "deletedAt" = now()
 WHERE a."deletedAt" IS NULL AND a."start" IS NOT NULL AND a."end" IS NOT NULL
   AND EXISTS (
     SELECT 1 FROM "Appearance" b
      WHERE b."deletedAt" IS NULL AND b."claimId" = a."claimId" AND b."articleId" = a."articleId"
        AND b."start" = a."start" AND b."end" = a."end"
        AND (b."createdAt", b.id) < (a."createdAt", a.id)
   );
-- Partial (only live rows): Prisma's schema language cannot express the WHERE; its diff keeps it.
CREATE UNIQUE INDEX "Appearance_live_span_key" ON "Appearance" ("claimId", "articleId", "start", "end") WHERE "deletedAt" IS NULL;
