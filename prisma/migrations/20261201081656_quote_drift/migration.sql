-- CreateEnum
CREATE TYPE "DriftKind" AS ENUM ('NUMBER', 'NEGATION_ADDED', 'NEGATION_DROPPED', 'NAMED_PARTY', 'HEDGE_DROPPED', 'QUALIFIER_REMOVED');

-- CreateTable
CREATE TABLE "QuoteDrift" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "appearanceId" TEXT NOT NULL,
    "baseAppearanceId" TEXT NOT NULL,
    "kinds" "DriftKind"[],
    "confirmedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuoteDrift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuoteDrift_claimId_idx" ON "QuoteDrift"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteDrift_appearanceId_baseAppearanceId_key" ON "QuoteDrift"("appearanceId", "baseAppearanceId");

-- AddForeignKey
ALTER TABLE "QuoteDrift" ADD CONSTRAINT "QuoteDrift_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteDrift" ADD CONSTRAINT "QuoteDrift_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "Appearance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteDrift" ADD CONSTRAINT "QuoteDrift_baseAppearanceId_fkey" FOREIGN KEY ("baseAppearanceId") REFERENCES "Appearance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteDrift" ADD CONSTRAINT "QuoteDrift_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
