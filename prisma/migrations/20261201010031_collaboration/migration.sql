-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'ASSIGNED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RETRACTED', 'ANNOTATION', 'REPLY');

-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATE', 'DAILY', 'OFF');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assignedEditorId" TEXT,
ADD COLUMN     "assignedReviewerId" TEXT,
ADD COLUMN     "dueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailFrequency" "EmailFrequency" NOT NULL DEFAULT 'IMMEDIATE';

-- CreateTable
CREATE TABLE "Watch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "claimId" TEXT,
    "speakerId" TEXT,
    "topicId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "claimId" TEXT,
    "annotationId" TEXT,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnotationMention" (
    "annotationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "AnnotationMention_pkey" PRIMARY KEY ("annotationId","userId")
);

-- CreateIndex
CREATE INDEX "Watch_claimId_idx" ON "Watch"("claimId");

-- CreateIndex
CREATE INDEX "Watch_speakerId_idx" ON "Watch"("speakerId");

-- CreateIndex
CREATE INDEX "Watch_topicId_idx" ON "Watch"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_claimId_key" ON "Watch"("userId", "claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_speakerId_key" ON "Watch"("userId", "speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_userId_topicId_key" ON "Watch"("userId", "topicId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_emailedAt_idx" ON "Notification"("userId", "emailedAt");

-- CreateIndex
CREATE INDEX "AnnotationMention_userId_idx" ON "AnnotationMention"("userId");

-- CreateIndex
CREATE INDEX "Claim_assignedReviewerId_status_idx" ON "Claim"("assignedReviewerId", "status");

-- CreateIndex
CREATE INDEX "Claim_assignedEditorId_status_idx" ON "Claim"("assignedEditorId", "status");

-- CreateIndex
CREATE INDEX "Claim_dueAt_idx" ON "Claim"("dueAt");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assignedEditorId_fkey" FOREIGN KEY ("assignedEditorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assignedReviewerId_fkey" FOREIGN KEY ("assignedReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationMention" ADD CONSTRAINT "AnnotationMention_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationMention" ADD CONSTRAINT "AnnotationMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every existing claim is carried by its author until someone reassigns it.
UPDATE "Claim" SET "assignedEditorId" = "createdById" WHERE "assignedEditorId" IS NULL;

-- A watch follows exactly one thing.
ALTER TABLE "Watch" ADD CONSTRAINT "Watch_one_target" CHECK (num_nonnulls("claimId", "speakerId", "topicId") = 1);
