-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "anchorLostAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Appearance" ADD COLUMN     "anchorLostAt" TIMESTAMP(3);
