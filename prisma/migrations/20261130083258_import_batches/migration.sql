-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('CONTACTS', 'LAB_RESULTS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('STAGED', 'COMMITTED');

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "createdById" UUID NOT NULL,
    "sourceCaseId" UUID,
    "fileName" VARCHAR(200) NOT NULL,
    "headers" JSONB NOT NULL,
    "rows" JSONB NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'STAGED',
    "recorded" JSONB NOT NULL DEFAULT '{}',
    "result" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_countyCode_createdAt_idx" ON "ImportBatch"("countyCode", "createdAt");

