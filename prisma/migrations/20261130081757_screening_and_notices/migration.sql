-- CreateEnum
CREATE TYPE "ScreeningStatus" AS ENUM ('OPEN', 'CONTACT', 'MONITORING', 'FORWARDED', 'UNREACHABLE');

-- CreateEnum
CREATE TYPE "ScreeningAttemptMethod" AS ENUM ('PHONE', 'SMS', 'VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('CENTRALIZED_ISOLATION', 'HOME_ISOLATION', 'RISK', 'RELEASE');

-- CreateTable
CREATE TABLE "ScreeningItem" (
    "id" UUID NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "phone" VARCHAR(20),
    "idType" "IdType" NOT NULL DEFAULT 'RESIDENT_ID',
    "idNumber" VARCHAR(30),
    "reason" VARCHAR(200),
    "sourceArea" VARCHAR(100),
    "arrivalDate" DATE,
    "pushedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "ScreeningStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" UUID,
    "resolvedByName" VARCHAR(50),
    "resolutionNote" VARCHAR(500),
    "contactId" UUID,
    "monitoringStart" DATE,
    "forwardedToCounty" VARCHAR(6),
    "forwardedFromCounty" VARCHAR(6),
    "importBatch" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ScreeningItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreeningAttempt" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "method" "ScreeningAttemptMethod" NOT NULL,
    "note" VARCHAR(500),
    "createdById" UUID NOT NULL,
    "createdByName" VARCHAR(50) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScreeningAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeRecord" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "givenById" UUID NOT NULL,
    "givenByName" VARCHAR(50) NOT NULL,

    CONSTRAINT "NoticeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScreeningItem_countyCode_status_dueAt_idx" ON "ScreeningItem"("countyCode", "status", "dueAt");

-- CreateIndex
CREATE INDEX "ScreeningItem_countyCode_receivedAt_idx" ON "ScreeningItem"("countyCode", "receivedAt");

-- CreateIndex
CREATE INDEX "ScreeningItem_countyCode_idNumber_idx" ON "ScreeningItem"("countyCode", "idNumber");

-- CreateIndex
CREATE INDEX "ScreeningAttempt_itemId_at_idx" ON "ScreeningAttempt"("itemId", "at");

-- CreateIndex
CREATE INDEX "NoticeRecord_contactId_givenAt_idx" ON "NoticeRecord"("contactId", "givenAt");

-- AddForeignKey
ALTER TABLE "ScreeningAttempt" ADD CONSTRAINT "ScreeningAttempt_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ScreeningItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

