-- CreateEnum
CREATE TYPE "AssistStatus" AS ENUM ('OPEN', 'SAME_PERSON', 'NOT_SAME_PERSON');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- DropIndex
DROP INDEX "Person_idNumber_key";

-- DropIndex
DROP INDEX "Person_name_phone_idx";

-- DropIndex
DROP INDEX "Person_phone_idx";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "countyCode" VARCHAR(6),
ADD COLUMN     "identityKey" VARCHAR(40),
ADD COLUMN     "mergedIntoId" UUID;

-- Data: a person record now belongs to one county (docs/decisions/0004-identity-model.md).
-- The county that registered the person first keeps the row; every other county that holds a
-- record of the person gets a copy of the row as it stands, and its records point to the copy.
CREATE TEMP TABLE person_county ON COMMIT DROP AS
  SELECT "personId" AS person_id, "countyCode" AS county, min("createdAt") AS first_at
  FROM (SELECT "personId", "countyCode", "createdAt" FROM "Case"
        UNION ALL SELECT "personId", "countyCode", "createdAt" FROM "Contact") AS records
  GROUP BY 1, 2;
UPDATE "Person" AS p SET "countyCode" = first.county
  FROM (SELECT DISTINCT ON (person_id) person_id, county FROM person_county ORDER BY person_id, first_at, county) AS first
  WHERE first.person_id = p."id";
CREATE TEMP TABLE person_copy ON COMMIT DROP AS
  SELECT pc.person_id, pc.county, gen_random_uuid() AS new_id
  FROM person_county AS pc JOIN "Person" AS p ON p."id" = pc.person_id
  WHERE p."countyCode" <> pc.county;
INSERT INTO "Person" ("id", "countyCode", "name", "sex", "birthDate", "idType", "idNumber", "phone", "address", "createdAt", "updatedAt")
  SELECT c.new_id, c.county, p."name", p."sex", p."birthDate", p."idType", p."idNumber", p."phone", p."address", p."createdAt", CURRENT_TIMESTAMP
  FROM person_copy AS c JOIN "Person" AS p ON p."id" = c.person_id;
UPDATE "Case" AS x SET "personId" = c.new_id FROM person_copy AS c WHERE x."personId" = c.person_id AND x."countyCode" = c.county;
UPDATE "Contact" AS x SET "personId" = c.new_id FROM person_copy AS c WHERE x."personId" = c.person_id AND x."countyCode" = c.county;
-- No person is created without a record; should one exist, it goes to the first county.
UPDATE "Person" SET "countyCode" = (SELECT min("code") FROM "Jurisdiction" WHERE "level" = 'COUNTY') WHERE "countyCode" IS NULL;
ALTER TABLE "Person" ALTER COLUMN "countyCode" SET NOT NULL;
UPDATE "Person" SET "identityKey" = "idType"::text || ':' || upper("idNumber") WHERE "idNumber" IS NOT NULL;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "mergedIntoId" UUID;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "mergedIntoCaseId" UUID,
ADD COLUMN     "mergedIntoId" UUID;

-- Data: one active plan per person. Of two ACTIVE contacts of one person, the one released
-- last keeps running and the others are merged into it (their plans stay as history); of two
-- open cases, the first registered stays open.
WITH ranked AS (
  SELECT c."id", first_value(c."id") OVER w AS keep_id, row_number() OVER w AS rn
  FROM "Contact" AS c LEFT JOIN "IsolationPlan" AS p ON p."contactId" = c."id" AND p."active"
  WHERE c."status" = 'ACTIVE'
  WINDOW w AS (PARTITION BY c."personId" ORDER BY p."releaseDate" DESC NULLS LAST, c."createdAt", c."id")
)
UPDATE "Contact" AS c SET "status" = 'MERGED', "mergedIntoId" = r.keep_id, "statusReason" = 'duplicate active plan merged by migration identity_per_county'
  FROM ranked AS r WHERE r."id" = c."id" AND r.rn > 1;
WITH ranked AS (
  SELECT "id", first_value("id") OVER w AS keep_id, row_number() OVER w AS rn
  FROM "Case" WHERE "status" = 'UNDER_TREATMENT'
  WINDOW w AS (PARTITION BY "personId" ORDER BY "createdAt", "id")
)
UPDATE "Case" AS c SET "status" = 'MERGED', "mergedIntoId" = r.keep_id
  FROM ranked AS r WHERE r."id" = c."id" AND r.rn > 1;

-- CreateTable
CREATE TABLE "AssistRequest" (
    "id" UUID NOT NULL,
    "fromCountyCode" VARCHAR(6) NOT NULL,
    "toCountyCode" VARCHAR(6) NOT NULL,
    "fromPersonId" UUID NOT NULL,
    "fromContactId" UUID,
    "fromCaseId" UUID,
    "toPersonId" UUID NOT NULL,
    "category" "ContactCategory",
    "lastExposureDate" DATE,
    "identifiedDate" DATE,
    "exposureSetting" "ExposureSetting",
    "sourceKind" VARCHAR(20),
    "sourceDate" DATE,
    "requestedById" UUID NOT NULL,
    "requestedByName" VARCHAR(50) NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "AssistStatus" NOT NULL DEFAULT 'OPEN',
    "managingCountyCode" VARCHAR(6),
    "answerNote" VARCHAR(500),
    "answeredById" UUID,
    "answeredByName" VARCHAR(50),
    "answeredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AssistRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransferRequest" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "fromCountyCode" VARCHAR(6) NOT NULL,
    "toCountyCode" VARCHAR(6) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedByName" VARCHAR(50) NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "TransferStatus" NOT NULL DEFAULT 'OPEN',
    "answerNote" VARCHAR(500),
    "answeredById" UUID,
    "answeredByName" VARCHAR(50),
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "TransferRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssistRequest_toCountyCode_status_requestedAt_idx" ON "AssistRequest"("toCountyCode", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "AssistRequest_fromCountyCode_status_requestedAt_idx" ON "AssistRequest"("fromCountyCode", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "AssistRequest_fromPersonId_toPersonId_idx" ON "AssistRequest"("fromPersonId", "toPersonId");

-- CreateIndex
CREATE INDEX "TransferRequest_toCountyCode_status_requestedAt_idx" ON "TransferRequest"("toCountyCode", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "TransferRequest_fromCountyCode_status_requestedAt_idx" ON "TransferRequest"("fromCountyCode", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "TransferRequest_contactId_idx" ON "TransferRequest"("contactId");

-- CreateIndex
CREATE INDEX "Person_identityKey_idx" ON "Person"("identityKey");

-- CreateIndex
CREATE INDEX "Person_countyCode_name_phone_idx" ON "Person"("countyCode", "name", "phone");

-- CreateIndex
CREATE INDEX "Person_countyCode_phone_idx" ON "Person"("countyCode", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "Person_countyCode_identityKey_key" ON "Person"("countyCode", "identityKey");

-- CreateIndex
CREATE INDEX "Contact_mergedIntoId_idx" ON "Contact"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_mergedIntoCaseId_fkey" FOREIGN KEY ("mergedIntoCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistRequest" ADD CONSTRAINT "AssistRequest_fromPersonId_fkey" FOREIGN KEY ("fromPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistRequest" ADD CONSTRAINT "AssistRequest_fromContactId_fkey" FOREIGN KEY ("fromContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistRequest" ADD CONSTRAINT "AssistRequest_fromCaseId_fkey" FOREIGN KEY ("fromCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistRequest" ADD CONSTRAINT "AssistRequest_toPersonId_fkey" FOREIGN KEY ("toPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Guarantees the schema language cannot state (partial unique indexes), relied on by the
-- services: one running plan per person, one open case per person, one active plan row per
-- contact, one open transfer per contact, one open 协查 per pair of records.
CREATE UNIQUE INDEX "Contact_one_active_per_person" ON "Contact"("personId") WHERE "status" = 'ACTIVE';
CREATE UNIQUE INDEX "Case_one_open_per_person" ON "Case"("personId") WHERE "status" = 'UNDER_TREATMENT';
CREATE UNIQUE INDEX "IsolationPlan_one_active_per_contact" ON "IsolationPlan"("contactId") WHERE "active";
CREATE UNIQUE INDEX "TransferRequest_one_open_per_contact" ON "TransferRequest"("contactId") WHERE "status" = 'OPEN';
CREATE UNIQUE INDEX "AssistRequest_one_open_per_pair" ON "AssistRequest"("fromPersonId", "toPersonId") WHERE "status" = 'OPEN';
