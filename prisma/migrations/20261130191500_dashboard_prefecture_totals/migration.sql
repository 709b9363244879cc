-- The prefecture's facts beside the counties' (docs/decisions/0007-dashboard-facts.md,
-- "Prefecture totals"): rows with countyCode '' hold the sum of every county's row of the same
-- day and metric, kept by dash_flush in the same statement and rebuilt by dash_rebuild. The
-- prefecture's series then reads one row per day and metric instead of adding thirteen up: the
-- rows it read grew with the outbreak's density (15k at 10k contacts, 46k at 1M).

-- At commit: take back what the transaction's changed records added, add what they add now, to
-- the counties' facts and to the prefecture's (countyCode ''). One statement, facts locked in
-- key order (the prefecture's first), so concurrent writers cannot deadlock on them.
CREATE OR REPLACE FUNCTION dash_flush() RETURNS trigger LANGUAGE plpgsql AS $$
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
  SELECT x.county, x.day, x.metric, x.v FROM (
    SELECT county, day, metric, v FROM delta
    UNION ALL
    SELECT ''::varchar, day, metric, SUM(v)::int FROM delta GROUP BY day, metric HAVING SUM(v) <> 0
  ) x ORDER BY 1, 2, 3
  ON CONFLICT ("countyCode", "day", "metric") DO UPDATE SET "value" = "DashboardFact"."value" + EXCLUDED."value";
  RETURN NULL;
END $$;


CREATE OR REPLACE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO "DashboardFact" ("countyCode", "day", "metric", "value")
  SELECT '', "day", "metric", SUM("value") FROM "DashboardFact" GROUP BY 2, 3 HAVING SUM("value") <> 0;
END $$;

-- The prefecture's rows for the facts already kept.
DELETE FROM "DashboardFact" WHERE "countyCode" = '';
INSERT INTO "DashboardFact" ("countyCode", "day", "metric", "value")
SELECT '', "day", "metric", SUM("value") FROM "DashboardFact" GROUP BY 2, 3 HAVING SUM("value") <> 0;
