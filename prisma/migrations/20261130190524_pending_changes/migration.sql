-- CreateEnum
CREATE TYPE "PendingChangeKind" AS ENUM ('LINK_CREATE', 'LINK_DELETE', 'SPEAKER_UPDATE', 'SPEAKER_MERGE', 'APPEARANCE_CREATE', 'APPEARANCE_DELETE');

-- CreateEnum
CREATE TYPE "PendingChangeStatus" AS ENUM ('PENDING', 'APPLIED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "PendingChange" (
    "id" TEXT NOT NULL,
    "kind" "PendingChangeKind" NOT NULL,
    "status" "PendingChangeStatus" NOT NULL DEFAULT 'PENDING',
    "claimId" TEXT,
    "speakerId" TEXT,
    "payload" JSONB NOT NULL,
    "before" JSONB,
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingChange_status_createdAt_idx" ON "PendingChange"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PendingChange_claimId_status_idx" ON "PendingChange"("claimId", "status");

-- CreateIndex
CREATE INDEX "PendingChange_speakerId_status_idx" ON "PendingChange"("speakerId", "status");

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingChange" ADD CONSTRAINT "PendingChange_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
