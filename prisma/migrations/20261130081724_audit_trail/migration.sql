-- CreateTable
CREATE TABLE "PersonAccessLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorRole" "Role" NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "via" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonAccessLog_at_idx" ON "PersonAccessLog"("at");

-- CreateIndex
CREATE INDEX "PersonAccessLog_actorId_id_idx" ON "PersonAccessLog"("actorId", "id");

-- CreateIndex
CREATE INDEX "PersonAccessLog_personId_id_idx" ON "PersonAccessLog"("personId", "id");

-- CreateIndex
CREATE INDEX "PersonAccessLog_countyCode_id_idx" ON "PersonAccessLog"("countyCode", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_countyCode_id_idx" ON "AuditEvent"("countyCode", "id");


-- The audit trail is append-only against TRUNCATE too (a statement-level trigger: TRUNCATE
-- fires no row triggers), and so is the access log. docs/decisions/0015-audit-trail.md
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

CREATE FUNCTION person_access_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'PersonAccessLog is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PersonAccessLog_append_only"
  BEFORE UPDATE OR DELETE ON "PersonAccessLog"
  FOR EACH ROW EXECUTE FUNCTION person_access_log_append_only();

CREATE TRIGGER "PersonAccessLog_no_truncate"
  BEFORE TRUNCATE ON "PersonAccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION person_access_log_append_only();
