-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DEADLINE_PASSED';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "deadlineAt" TIMESTAMP(3),
ADD COLUMN     "deadlinePhrase" TEXT,
ADD COLUMN     "deadlineRemindedFor" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Claim_deadlineAt_idx" ON "Claim"("deadlineAt");
