-- AlterEnum
ALTER TYPE "PendingChangeKind" ADD VALUE 'CLAIM_CORRECT';
