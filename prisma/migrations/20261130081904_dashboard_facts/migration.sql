-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "placedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DashboardFact" (
    "countyCode" VARCHAR(6) NOT NULL,
    "day" DATE NOT NULL,
    "metric" VARCHAR(40) NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "DashboardFact_pkey" PRIMARY KEY ("countyCode","day","metric")
);

-- CreateTable
CREATE TABLE "DashboardLedger" (
    "kind" CHAR(1) NOT NULL,
    "id" UUID NOT NULL,
    "countyCode" VARCHAR(6) NOT NULL,
    "days" DATE[],
    "metrics" TEXT[],
    "vals" INTEGER[],

    CONSTRAINT "DashboardLedger_pkey" PRIMARY KEY ("kind","id")
);

-- CreateTable
CREATE TABLE "DashboardDirty" (
    "txid" BIGINT NOT NULL,
    "kind" CHAR(1) NOT NULL,
    "id" UUID NOT NULL,

    CONSTRAINT "DashboardDirty_pkey" PRIMARY KEY ("txid","kind","id")
);

-- CreateIndex
CREATE INDEX "DashboardFact_day_idx" ON "DashboardFact"("day");


-- ---------------------------------------------------------------------------------------------
-- Dashboard facts maintained by triggers (docs/decisions/0007-dashboard-facts.md).
-- Tables are named without a schema: they resolve through search_path (test schemas).
-- ---------------------------------------------------------------------------------------------

-- When a contact is first placed in a site, on every write path.
CREATE FUNCTION tracer_contact_placed_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."siteId" IS NOT NULL AND NEW."placedAt" IS NULL
     AND (TG_OP = 'INSERT' OR OLD."siteId" IS NULL OR OLD."siteId" <> NEW."siteId") THEN
    NEW."placedAt" := now() AT TIME ZONE 'UTC';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER contact_placed_at BEFORE INSERT OR UPDATE OF "siteId" ON "Contact"
  FOR EACH ROW EXECUTE FUNCTION tracer_contact_placed_at();

-- A contact's contribution to the facts, as (id, county, day, metric, value) rows; ids NULL: all.
-- Whether a contact is under management on a day x: not MERGED, and ACTIVE or x < statusDate.
-- Dynamic SQL so that each call is planned for its ids (index lookups for a transaction's few
-- records, hash joins for the recount of all of them).
CREATE FUNCTION dash_contact_rows(ids uuid[])
RETURNS TABLE (id uuid, county varchar, day date, metric text, val int)
LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN QUERY EXECUTE format($q$
  WITH c AS (
    SELECT c."id", c."countyCode" AS county, c."category"::text AS cat, c."status"::text AS st,
           c."statusDate" AS sd, c."identifiedDate" AS ident, c."createdAt" AS created,
           c."placedAt" AS placed, c."sourceCaseId" AS src, c."siteId" AS site
    FROM "Contact" c
    WHERE c."status" <> 'MERGED' %s
  ),
  p AS (
    SELECT c.*, p."id" AS plan, p."releaseDate" AS rel
    FROM c JOIN "IsolationPlan" p ON p."contactId" = c."id" AND p."active"
  ),
  ph AS (
    SELECT p.*, x."kind"::text AS kind, x."startDate" AS s,
           CASE WHEN p.st = 'ACTIVE' THEN x."endDate" ELSE LEAST(x."endDate", p.sd - 1) END AS e
    FROM p JOIN "PlanPhase" x ON x."planId" = p.plan
  ),
  t AS (
    SELECT p.*, s."date" AS d,
           EXISTS (SELECT 1 FROM "TestResult" r WHERE r."contactId" = p."id" AND r."sampleDate" = s."date"
                   AND r."result" IN ('NEGATIVE', 'POSITIVE')) AS done
    FROM p JOIN "ScheduledTest" s ON s."planId" = p.plan
    WHERE p.st = 'ACTIVE' OR s."date" < p.sd
  ),
  tr AS (
    SELECT c.*, GREATEST(0, EXTRACT(EPOCH FROM c.created - k."createdAt"))::numeric / 3600 AS hours
    FROM c JOIN "Case" k ON k."id" = c.src
    WHERE c.cat = 'CLOSE'
  )
  -- A row without a day (a status set without its date by hand) adds nothing, rather than
  -- failing the write that changed it.
  SELECT * FROM (
  SELECT id, county, ident, 'reg_' || cat, 1 FROM c
  UNION ALL SELECT id, county, ident, 'act_' || cat, 1 FROM c WHERE st = 'ACTIVE' OR sd > ident
  UNION ALL SELECT id, county, sd, 'act_' || cat, -1 FROM c WHERE st <> 'ACTIVE' AND sd > ident
  UNION ALL SELECT id, county, ident, 'trace_n', 1 FROM tr
  UNION ALL SELECT id, county, ident, 'trace_24h', 1 FROM tr WHERE hours <= 24
  UNION ALL SELECT id, county, ident, 'trace_h:' || LEAST(FLOOR(hours), 168)::int, 1 FROM tr
  UNION ALL SELECT id, county, ident, 'place_n', 1 FROM c WHERE cat = 'CLOSE'
  UNION ALL SELECT id, county, ident, 'place_24h', 1 FROM c
    WHERE cat = 'CLOSE' AND placed IS NOT NULL AND placed - created <= interval '24 hours'
  UNION ALL SELECT id, county, s, 'mgd_' || kind, 1 FROM ph WHERE e >= s
  UNION ALL SELECT id, county, e + 1, 'mgd_' || kind, -1 FROM ph WHERE e >= s
  UNION ALL SELECT id, county, s, 'transfer', 1 FROM ph WHERE kind = 'HOME_HEALTH_MONITORING' AND e >= s
  UNION ALL SELECT id, county, d, 'tests_due', 1 FROM t
  UNION ALL SELECT id, county, d, 'tests_done', 1 FROM t WHERE done
  UNION ALL SELECT id, county, d + 1, 'overdue', 1 FROM t WHERE NOT done
  UNION ALL SELECT id, county, sd, 'overdue', -1 FROM t WHERE NOT done AND st <> 'ACTIVE'
  UNION ALL SELECT id, county, rel, 'release_due', 1 FROM p WHERE st = 'ACTIVE' OR sd > rel
  UNION ALL SELECT id, county, sd, 'release_due', -1 FROM p WHERE st <> 'ACTIVE' AND sd > rel
  UNION ALL SELECT id, county, sd, 'released', 1 FROM c WHERE st = 'RELEASED'
  UNION ALL SELECT id, county, sd, 'became_case', 1 FROM c WHERE st = 'BECAME_CASE'
  UNION ALL SELECT id, county, sd, 'became_case_CLOSE', 1 FROM c WHERE st = 'BECAME_CASE' AND cat = 'CLOSE'
  -- Occupancy is as it stands now: a stock counted from the first day the facts know.
  UNION ALL SELECT c.id, c.county, DATE '2000-01-01', 'occupancy', 1 FROM c
    JOIN "IsolationSite" s ON s."id" = c.site AND s."active" WHERE c.st = 'ACTIVE'
  ) r (id, county, day, metric, val) WHERE r.day IS NOT NULL
$q$, CASE WHEN ids IS NULL THEN '' ELSE 'AND c."id" = ANY ($1)' END) USING ids;
END $fn$;

-- A case's contribution: new cases by classification on the confirmation date.
CREATE FUNCTION dash_case_rows(ids uuid[])
RETURNS TABLE (id uuid, county varchar, day date, metric text, val int)
LANGUAGE sql STABLE AS $$
  SELECT k."id", k."countyCode", k."confirmedDate", 'case_' || k."classification"::text, 1
  FROM "Case" k
  WHERE k."status" <> 'MERGED' AND (ids IS NULL OR k."id" = ANY (ids))
$$;

-- The facts computed from scratch (the recount), non-zero values only.
CREATE FUNCTION dash_recount_rows()
RETURNS TABLE (county varchar, day date, metric text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT r.county, r.day, r.metric, SUM(r.val)
  FROM (SELECT * FROM dash_contact_rows(NULL) UNION ALL SELECT * FROM dash_case_rows(NULL)) r
  GROUP BY 1, 2, 3 HAVING SUM(r.val) <> 0
$$;

-- Replaces the ledger and the facts by the recount (after bulk loads, or to repair).
CREATE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DashboardDirty";
  TRUNCATE "DashboardLedger", "DashboardFact";
  INSERT INTO "DashboardLedger" ("kind", "id", "countyCode", "days", "metrics", "vals")
  SELECT r.kind, r.id, MIN(r.county), array_agg(r.day), array_agg(r.metric), array_agg(r.val)
  FROM (SELECT 'C' AS kind, * FROM dash_contact_rows(NULL) UNION ALL SELECT 'K', * FROM dash_case_rows(NULL)) r
  GROUP BY r.kind, r.id;
  INSERT INTO "DashboardFact" ("countyCode", "day", "metric", "value")
  SELECT l."countyCode", u.day, u.metric, SUM(u.val)
  FROM "DashboardLedger" l, unnest(l."days", l."metrics", l."vals") AS u(day, metric, val)
  GROUP BY 1, 2, 3 HAVING SUM(u.val) <> 0;
END $$;

-- At commit: take back what the transaction's changed records added, add what they add now.
-- One statement, facts locked in key order, so concurrent writers cannot deadlock on them.
CREATE FUNCTION dash_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cids uuid[];
  kids uuid[];
BEGIN
  WITH d AS (DELETE FROM "DashboardDirty" WHERE "txid" = txid_current() RETURNING "kind", "id")
  SELECT COALESCE(array_agg(d."id") FILTER (WHERE d."kind" = 'C'), '{}'),
         COALESCE(array_agg(d."id") FILTER (WHERE d."kind" = 'K'), '{}')
  INTO cids, kids FROM d;
  IF cardinality(cids) = 0 AND cardinality(kids) = 0 THEN RETURN NULL; END IF;
  WITH fresh AS (
    SELECT 'C'::char(1) AS kind, * FROM dash_contact_rows(cids)
    UNION ALL SELECT 'K'::char(1), * FROM dash_case_rows(kids)
  ),
  mine AS (
    SELECT l.* FROM "DashboardLedger" l
    WHERE (l."kind" = 'C' AND l."id" = ANY (cids)) OR (l."kind" = 'K' AND l."id" = ANY (kids))
  ),
  grouped AS (
    SELECT f.kind, f.id, MIN(f.county) AS county, array_agg(f.day) AS days, array_agg(f.metric) AS metrics, array_agg(f.val) AS vals
    FROM fresh f GROUP BY f.kind, f.id
  ),
  up AS (
    INSERT INTO "DashboardLedger" ("kind", "id", "countyCode", "days", "metrics", "vals")
    SELECT * FROM grouped
    ON CONFLICT ("kind", "id") DO UPDATE SET "countyCode" = EXCLUDED."countyCode", "days" = EXCLUDED."days",
      "metrics" = EXCLUDED."metrics", "vals" = EXCLUDED."vals"
    RETURNING 1
  ),
  gone AS (
    DELETE FROM "DashboardLedger" l USING mine m
    WHERE l."kind" = m."kind" AND l."id" = m."id"
      AND NOT EXISTS (SELECT 1 FROM grouped g WHERE g.kind = m."kind" AND g.id = m."id")
    RETURNING 1
  ),
  delta AS (
    SELECT s.county, s.day, s.metric, SUM(s.val)::int AS v
    FROM (
      SELECT f.county, f.day, f.metric, f.val FROM fresh f
      UNION ALL
      SELECT m."countyCode", u.day, u.metric, -u.val FROM mine m, unnest(m."days", m."metrics", m."vals") AS u(day, metric, val)
    ) s
    GROUP BY 1, 2, 3 HAVING SUM(s.val) <> 0
  )
  INSERT INTO "DashboardFact" ("countyCode", "day", "metric", "value")
  SELECT county, day, metric, v FROM delta ORDER BY 1, 2, 3
  ON CONFLICT ("countyCode", "day", "metric") DO UPDATE SET "value" = "DashboardFact"."value" + EXCLUDED."value";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER dashboard_flush AFTER INSERT ON "DashboardDirty"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dash_flush();

-- Source tables mark the records they change (statement level, from the transition tables).
-- SET tracer.facts = 'off' in a session (bulk loads) skips it; run dash_rebuild() afterwards.
CREATE FUNCTION dash_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('tracer.facts', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'Contact' THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO "DashboardDirty" SELECT txid_current(), 'C', o."id" FROM old_rows o ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO "DashboardDirty" SELECT txid_current(), 'C', n."id" FROM new_rows n ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME IN ('IsolationPlan', 'TestResult') THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO "DashboardDirty" SELECT DISTINCT txid_current(), 'C', o."contactId" FROM old_rows o ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO "DashboardDirty" SELECT DISTINCT txid_current(), 'C', n."contactId" FROM new_rows n ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME IN ('PlanPhase', 'ScheduledTest') THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO "DashboardDirty" SELECT DISTINCT txid_current(), 'C', p."contactId"
        FROM old_rows o JOIN "IsolationPlan" p ON p."id" = o."planId" ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO "DashboardDirty" SELECT DISTINCT txid_current(), 'C', p."contactId"
        FROM new_rows n JOIN "IsolationPlan" p ON p."id" = n."planId" ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME = 'Case' THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO "DashboardDirty" SELECT txid_current(), 'K', o."id" FROM old_rows o ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO "DashboardDirty" SELECT txid_current(), 'K', n."id" FROM new_rows n ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME = 'IsolationSite' THEN
    -- Occupancy counts active sites only: opening or closing a site changes its contacts' share.
    INSERT INTO "DashboardDirty" SELECT DISTINCT txid_current(), 'C', c."id"
      FROM new_rows n JOIN "Contact" c ON c."siteId" = n."id" AND c."status" = 'ACTIVE' ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dash_ins AFTER INSERT ON "Contact" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "Contact" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_del AFTER DELETE ON "Contact" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_ins AFTER INSERT ON "IsolationPlan" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "IsolationPlan" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_del AFTER DELETE ON "IsolationPlan" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_ins AFTER INSERT ON "PlanPhase" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "PlanPhase" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_del AFTER DELETE ON "PlanPhase" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_ins AFTER INSERT ON "ScheduledTest" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "ScheduledTest" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_del AFTER DELETE ON "ScheduledTest" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_ins AFTER INSERT ON "TestResult" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "TestResult" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_del AFTER DELETE ON "TestResult" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_ins AFTER INSERT ON "Case" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "Case" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_del AFTER DELETE ON "Case" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();
CREATE TRIGGER dash_upd AFTER UPDATE ON "IsolationSite" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dash_mark();

-- Databases that already hold records start with their facts.
SELECT dash_rebuild();
