-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "IdType" AS ENUM ('RESIDENT_ID', 'PASSPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseClassification" AS ENUM ('CONFIRMED', 'ASYMPTOMATIC');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('UNDER_TREATMENT', 'RECOVERED', 'DIED');

-- CreateEnum
CREATE TYPE "ContactCategory" AS ENUM ('CLOSE', 'SECONDARY', 'GENERAL');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('ACTIVE', 'RELEASED', 'BECAME_CASE', 'ENDED_EARLY');

-- CreateEnum
CREATE TYPE "ExposureSetting" AS ENUM ('HOUSEHOLD', 'WORKPLACE', 'TRANSPORT', 'MEAL', 'MEDICAL', 'SOCIAL', 'SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('CENTRALIZED_ISOLATION', 'HOME_HEALTH_MONITORING', 'HOME_ISOLATION', 'MEDICAL_OBSERVATION');

-- CreateEnum
CREATE TYPE "SampleType" AS ENUM ('NASOPHARYNGEAL', 'OROPHARYNGEAL');

-- CreateEnum
CREATE TYPE "TestOutcome" AS ENUM ('NEGATIVE', 'POSITIVE', 'PENDING');

-- CreateEnum
CREATE TYPE "CheckSlot" AS ENUM ('MORNING', 'EVENING');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "sex" "Sex",
    "birthDate" DATE,
    "idType" "IdType" NOT NULL DEFAULT 'RESIDENT_ID',
    "idNumber" VARCHAR(30),
    "phone" VARCHAR(20),
    "address" VARCHAR(200),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "classification" "CaseClassification" NOT NULL,
    "onsetDate" DATE,
    "firstPositiveDate" DATE,
    "confirmedDate" DATE NOT NULL,
    "currentLocation" VARCHAR(200),
    "status" "CaseStatus" NOT NULL DEFAULT 'UNDER_TREATMENT',
    "notes" TEXT,
    "sourceContactId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTrackEntry" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "place" VARCHAR(200) NOT NULL,
    "activity" VARCHAR(200),

    CONSTRAINT "CaseTrackEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "category" "ContactCategory" NOT NULL,
    "sourceCaseId" UUID,
    "sourceContactId" UUID,
    "countyCode" VARCHAR(6) NOT NULL,
    "exposureSetting" "ExposureSetting",
    "exposureNote" VARCHAR(200),
    "lastExposureDate" DATE NOT NULL,
    "identifiedDate" DATE NOT NULL,
    "riskNoticeDate" DATE,
    "status" "ContactStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusDate" DATE,
    "statusReason" VARCHAR(500),
    "previousCategory" "ContactCategory",
    "siteId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "version" VARCHAR(40) NOT NULL,
    "policy" JSONB NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "IsolationPlan" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "category" "ContactCategory" NOT NULL,
    "policyVersion" VARCHAR(40) NOT NULL,
    "releaseDate" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IsolationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPhase" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,

    CONSTRAINT "PlanPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledTest" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "phase" "PhaseKind" NOT NULL,
    "doubleSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ScheduledTest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhaseExtension" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "phase" "PhaseKind" NOT NULL,
    "previousEnd" DATE NOT NULL,
    "newEnd" DATE NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhaseExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestResult" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "sampleDate" DATE NOT NULL,
    "sampleType" "SampleType",
    "lab" VARCHAR(100),
    "result" "TestOutcome" NOT NULL,
    "ctOrf1ab" DECIMAL(4,1),
    "ctN" DECIMAL(4,1),
    "doubleSample" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthCheck" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "slot" "CheckSlot" NOT NULL,
    "temperature" DECIMAL(3,1) NOT NULL,
    "symptoms" TEXT[],
    "note" VARCHAR(500),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsolationSite" (
    "id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "address" VARCHAR(200),
    "capacity" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsolationSite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumber_key" ON "Person"("idNumber");

-- CreateIndex
CREATE INDEX "Person_name_phone_idx" ON "Person"("name", "phone");

-- CreateIndex
CREATE INDEX "Person_phone_idx" ON "Person"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "Case_sourceContactId_key" ON "Case"("sourceContactId");

-- CreateIndex
CREATE INDEX "Case_countyCode_confirmedDate_idx" ON "Case"("countyCode", "confirmedDate");

-- CreateIndex
CREATE INDEX "Case_personId_idx" ON "Case"("personId");

-- CreateIndex
CREATE INDEX "CaseTrackEntry_caseId_date_idx" ON "CaseTrackEntry"("caseId", "date");

-- CreateIndex
CREATE INDEX "Contact_countyCode_status_category_idx" ON "Contact"("countyCode", "status", "category");

-- CreateIndex
CREATE INDEX "Contact_sourceCaseId_idx" ON "Contact"("sourceCaseId");

-- CreateIndex
CREATE INDEX "Contact_sourceContactId_idx" ON "Contact"("sourceContactId");

-- CreateIndex
CREATE INDEX "Contact_personId_idx" ON "Contact"("personId");

-- CreateIndex
CREATE INDEX "Contact_siteId_status_idx" ON "Contact"("siteId", "status");

-- CreateIndex
CREATE INDEX "IsolationPlan_contactId_active_idx" ON "IsolationPlan"("contactId", "active");

-- CreateIndex
CREATE INDEX "IsolationPlan_active_releaseDate_idx" ON "IsolationPlan"("active", "releaseDate");

-- CreateIndex
CREATE INDEX "PlanPhase_kind_startDate_idx" ON "PlanPhase"("kind", "startDate");

-- CreateIndex
CREATE INDEX "PlanPhase_startDate_endDate_idx" ON "PlanPhase"("startDate", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "PlanPhase_planId_seq_key" ON "PlanPhase"("planId", "seq");

-- CreateIndex
CREATE INDEX "ScheduledTest_planId_date_idx" ON "ScheduledTest"("planId", "date");

-- CreateIndex
CREATE INDEX "ScheduledTest_date_idx" ON "ScheduledTest"("date");

-- CreateIndex
CREATE INDEX "PhaseExtension_planId_idx" ON "PhaseExtension"("planId");

-- CreateIndex
CREATE INDEX "TestResult_contactId_sampleDate_idx" ON "TestResult"("contactId", "sampleDate");

-- CreateIndex
CREATE INDEX "TestResult_sampleDate_idx" ON "TestResult"("sampleDate");

-- CreateIndex
CREATE INDEX "HealthCheck_date_idx" ON "HealthCheck"("date");

-- CreateIndex
CREATE UNIQUE INDEX "HealthCheck_contactId_date_slot_key" ON "HealthCheck"("contactId", "date", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "IsolationSite_countyCode_name_key" ON "IsolationSite"("countyCode", "name");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_sourceContactId_fkey" FOREIGN KEY ("sourceContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTrackEntry" ADD CONSTRAINT "CaseTrackEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_sourceCaseId_fkey" FOREIGN KEY ("sourceCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_sourceContactId_fkey" FOREIGN KEY ("sourceContactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "IsolationSite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsolationPlan" ADD CONSTRAINT "IsolationPlan_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsolationPlan" ADD CONSTRAINT "IsolationPlan_policyVersion_fkey" FOREIGN KEY ("policyVersion") REFERENCES "PolicyVersion"("version") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPhase" ADD CONSTRAINT "PlanPhase_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IsolationPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledTest" ADD CONSTRAINT "ScheduledTest_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IsolationPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhaseExtension" ADD CONSTRAINT "PhaseExtension_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IsolationPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestResult" ADD CONSTRAINT "TestResult_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCheck" ADD CONSTRAINT "HealthCheck_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsolationSite" ADD CONSTRAINT "IsolationSite_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Jurisdiction"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

