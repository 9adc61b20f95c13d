-- CreateTable
CREATE TABLE "SourcingAck" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "summary" JSONB NOT NULL,
    "note" TEXT,
    "acknowledgedById" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourcingAck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourcingAck_claimId_acknowledgedAt_idx" ON "SourcingAck"("claimId", "acknowledgedAt");

-- AddForeignKey
ALTER TABLE "SourcingAck" ADD CONSTRAINT "SourcingAck_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingAck" ADD CONSTRAINT "SourcingAck_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
