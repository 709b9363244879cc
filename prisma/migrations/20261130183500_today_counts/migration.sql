-- CreateTable
CREATE TABLE "TodayCount" (
    "countyCode" VARCHAR(6) NOT NULL,
    "people" INTEGER NOT NULL,
    "symptomatic" INTEGER NOT NULL,
    "placement" INTEGER NOT NULL,
    "overdueTests" INTEGER NOT NULL,
    "releaseOverdue" INTEGER NOT NULL,
    "missedChecks" INTEGER NOT NULL,
    "transfer" INTEGER NOT NULL,
    "testsDue" INTEGER NOT NULL,
    "releaseDue" INTEGER NOT NULL,
    "healthChecks" INTEGER NOT NULL,

    CONSTRAINT "TodayCount_pkey" PRIMARY KEY ("countyCode")
);


-- The counts of the rows already stored (hand-written): every county with a built day, zero
-- where it has no rows.
INSERT INTO "TodayCount" ("countyCode", "people", "symptomatic", "placement", "overdueTests", "releaseOverdue", "missedChecks", "transfer", "testsDue", "releaseDue", "healthChecks")
SELECT d."countyCode", count(r."contactId")::int,
  count(*) FILTER (WHERE r."symptomatic")::int, count(*) FILTER (WHERE r."placement")::int, count(*) FILTER (WHERE r."overdueTests")::int,
  count(*) FILTER (WHERE r."releaseOverdue")::int, count(*) FILTER (WHERE r."missedChecks")::int, count(*) FILTER (WHERE r."transfer")::int,
  count(*) FILTER (WHERE r."testsDue")::int, count(*) FILTER (WHERE r."releaseDue")::int, count(*) FILTER (WHERE r."healthChecks")::int
FROM "TodayDay" d LEFT JOIN "TodayRow" r ON r."countyCode" = d."countyCode"
GROUP BY d."countyCode";
