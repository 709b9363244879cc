-- AlterTable
ALTER TABLE "CaseTrackEntry" ADD COLUMN     "removedAt" TIMESTAMP(3);

