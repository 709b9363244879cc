-- CreateTable
CREATE TABLE "TodayRow" (
    "countyCode" VARCHAR(6) NOT NULL,
    "contactId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "siteId" UUID,
    "assignedToId" UUID,
    "name" TEXT NOT NULL,
    "phase" TEXT,
    "releaseDate" DATE NOT NULL,
    "homeStart" DATE,
    "symDate" DATE,
    "lateness" INTEGER NOT NULL,
    "rank" INTEGER,
    "symptomatic" BOOLEAN NOT NULL,
    "placement" BOOLEAN NOT NULL,
    "overdueTests" BOOLEAN NOT NULL,
    "releaseOverdue" BOOLEAN NOT NULL,
    "missedChecks" BOOLEAN NOT NULL,
    "transfer" BOOLEAN NOT NULL,
    "testsDue" BOOLEAN NOT NULL,
    "releaseDue" BOOLEAN NOT NULL,
    "healthChecks" BOOLEAN NOT NULL,

    CONSTRAINT "TodayRow_pkey" PRIMARY KEY ("countyCode","contactId")
);

-- CreateTable
CREATE TABLE "TodayDay" (
    "countyCode" VARCHAR(6) NOT NULL,
    "day" DATE NOT NULL,
    "builtAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TodayDay_pkey" PRIMARY KEY ("countyCode")
);

-- CreateTable
CREATE TABLE "TodayStale" (
    "id" BIGSERIAL NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "contactId" UUID NOT NULL,

    CONSTRAINT "TodayStale_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TodayRow_countyCode_rank_lateness_name_contactId_idx" ON "TodayRow"("countyCode", "rank", "lateness" DESC, "name", "contactId");

-- CreateIndex
CREATE INDEX "TodayStale_countyCode_idx" ON "TodayStale"("countyCode");


-- Today kept per county (docs/decisions/0026-today-cache.md). Every table a Today row is computed
-- from marks the people it changes, per county; the next read of that county recomputes them.
-- Marks are per statement, from the transition tables, one row each and never merged: a mark
-- made by a transaction that has not committed yet stays for the read after it commits.
CREATE FUNCTION today_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Contact' THEN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT o."countyCode", o."id" FROM old_rows o;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT n."countyCode", n."id" FROM new_rows n;
    END IF;
  ELSIF TG_TABLE_NAME = 'Person' THEN
    INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT c."countyCode", c."id"
      FROM new_rows n JOIN "Contact" c ON c."personId" = n."id";
  ELSIF TG_TABLE_NAME IN ('IsolationPlan', 'TestResult', 'HealthCheck') THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT c."countyCode", c."id"
        FROM old_rows o JOIN "Contact" c ON c."id" = o."contactId";
    ELSE
      INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT c."countyCode", c."id"
        FROM new_rows n JOIN "Contact" c ON c."id" = n."contactId";
    END IF;
  ELSIF TG_TABLE_NAME IN ('PlanPhase', 'ScheduledTest') THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT c."countyCode", c."id"
        FROM old_rows o JOIN "IsolationPlan" p ON p."id" = o."planId" JOIN "Contact" c ON c."id" = p."contactId";
    ELSE
      INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT c."countyCode", c."id"
        FROM new_rows n JOIN "IsolationPlan" p ON p."id" = n."planId" JOIN "Contact" c ON c."id" = p."contactId";
    END IF;
  ELSIF TG_TABLE_NAME = 'AuditEvent' THEN
    -- The confirmed transfer to home monitoring is an audit event (lib/contacts/confirm-transfer.ts).
    INSERT INTO "TodayStale" ("countyCode", "contactId") SELECT DISTINCT c."countyCode", c."id"
      FROM new_rows n JOIN "Contact" c ON c."id"::text = n."entityId"
      WHERE n."entity" = 'Contact' AND n."action" = 'contact.transfer_home';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER today_ins AFTER INSERT ON "Contact" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "Contact" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_del AFTER DELETE ON "Contact" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "Person" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_ins AFTER INSERT ON "IsolationPlan" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "IsolationPlan" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_del AFTER DELETE ON "IsolationPlan" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_ins AFTER INSERT ON "PlanPhase" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "PlanPhase" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_del AFTER DELETE ON "PlanPhase" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_ins AFTER INSERT ON "ScheduledTest" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "ScheduledTest" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_del AFTER DELETE ON "ScheduledTest" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_ins AFTER INSERT ON "TestResult" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "TestResult" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_del AFTER DELETE ON "TestResult" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_ins AFTER INSERT ON "HealthCheck" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_upd AFTER UPDATE ON "HealthCheck" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_del AFTER DELETE ON "HealthCheck" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
CREATE TRIGGER today_ins AFTER INSERT ON "AuditEvent" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION today_mark();
