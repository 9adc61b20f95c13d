-- CreateEnum
CREATE TYPE "LinkSuggestionStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateTable
CREATE TABLE "LinkSuggestion" (
    "id" TEXT NOT NULL,
    "pairKey" TEXT NOT NULL,
    "fromClaimId" TEXT NOT NULL,
    "toClaimId" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,
    "status" "LinkSuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "reasons" TEXT[],
    "similarity" DOUBLE PRECISION NOT NULL,
    "fromQuote" TEXT NOT NULL,
    "toQuote" TEXT NOT NULL,
    "fromHighlights" JSONB NOT NULL,
    "toHighlights" JSONB NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "linkId" TEXT,
    "pendingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LinkSuggestion_pairKey_key" ON "LinkSuggestion"("pairKey");

-- CreateIndex
CREATE INDEX "LinkSuggestion_status_createdAt_idx" ON "LinkSuggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "LinkSuggestion_fromClaimId_idx" ON "LinkSuggestion"("fromClaimId");

-- CreateIndex
CREATE INDEX "LinkSuggestion_toClaimId_idx" ON "LinkSuggestion"("toClaimId");

-- AddForeignKey
ALTER TABLE "LinkSuggestion" ADD CONSTRAINT "LinkSuggestion_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSuggestion" ADD CONSTRAINT "LinkSuggestion_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSuggestion" ADD CONSTRAINT "LinkSuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
