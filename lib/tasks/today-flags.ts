// The per-person flags of Today as a SQL relation (docs/decisions/0022-today-by-person.md):
// every ACTIVE contact with an active plan in the scope and filters gets its open items as
// flags, computed with index lookups per person. The flags ask the questions of
// lib/isolation/alerts.ts in SQL, with its constants. Read live (lib/tasks/today-query.ts) or
// kept per county for the current day (lib/tasks/today-cache.ts, ADR 0026).
import { Prisma } from "@/lib/db";
import { FEVER_CELSIUS, MISSED_CHECK_DAYS } from "@/lib/isolation/alerts";
import { TRANSFER_ACTION } from "@/lib/contacts/confirm-transfer";
import { ITEM_KINDS } from "./schemas";
import { noResultSql } from "./open-tests";

export const q = (name: string) => Prisma.raw(`"${name}"`);

export interface TodayWhere {
  countyCode?: string;
  /** Several counties (the dashboard's alerts). */
  countyCodes?: string[];
  category?: string;
  phase?: string;
  siteId?: string;
  /** A user id, or null for "nobody assigned". */
  assignedToId?: string | null;
  /** Only these contacts (bulk actions re-check a selection). */
  contactIds?: string[];
}

/** The per-person flags as a SQL relation "r" (columns: the contact's, the flags, rank, lateness). */
export function flagged(day: Date, where: TodayWhere): Prisma.Sql {
  const cond: Prisma.Sql[] = [Prisma.sql`c."status" = 'ACTIVE'`];
  if (where.countyCode) cond.push(Prisma.sql`c."countyCode" = ${where.countyCode}`);
  if (where.countyCodes) cond.push(Prisma.sql`c."countyCode" = ANY(${where.countyCodes}::text[])`);
  if (where.category) cond.push(Prisma.sql`c."category" = ${where.category}::"ContactCategory"`);
  if (where.siteId) cond.push(Prisma.sql`c."siteId" = ${where.siteId}::uuid`);
  if (where.assignedToId === null) cond.push(Prisma.sql`c."assignedToId" IS NULL`);
  else if (where.assignedToId) cond.push(Prisma.sql`c."assignedToId" = ${where.assignedToId}::uuid`);
  if (where.contactIds) cond.push(Prisma.sql`c."id" = ANY(${where.contactIds}::uuid[])`);
  const phase = where.phase ? Prisma.sql`AND b."phase" = ${where.phase}::text` : Prisma.empty;
  const d = Prisma.sql`${day}::date`;
  const rank = Prisma.join(
    ITEM_KINDS.map((k, i) => Prisma.sql`WHEN ${q(k)} THEN ${i}`),
    " ",
  );
  return Prisma.sql`
  base AS (
    SELECT c."id", c."version", c."countyCode", c."category"::text AS "category", c."siteId", c."assignedToId", pe."name",
      p."id" AS "planId", p."releaseDate", p."createdAt" AS "planCreatedAt",
      (SELECT ph."kind"::text FROM "PlanPhase" ph WHERE ph."planId" = p."id" AND ph."startDate" <= ${d} AND ph."endDate" >= ${d} ORDER BY ph."seq" LIMIT 1) AS "phase",
      (SELECT min(ph."startDate") FROM "PlanPhase" ph WHERE ph."planId" = p."id") AS "firstDay",
      (SELECT ph."startDate" FROM "PlanPhase" ph WHERE ph."planId" = p."id" AND ph."kind" = 'HOME_HEALTH_MONITORING'
         AND EXISTS (SELECT 1 FROM "PlanPhase" z WHERE z."planId" = p."id" AND z."kind" = 'CENTRALIZED_ISOLATION') LIMIT 1) AS "homeStart"
    FROM "Contact" c
    JOIN "IsolationPlan" p ON p."contactId" = c."id" AND p."active"
    JOIN "Person" pe ON pe."id" = c."personId"
    WHERE ${Prisma.join(cond, " AND ")}
  ),
  f AS (
    SELECT b.*, t."overdue", t."oldest", t."due", hc."slots", hc."recent", sym."date" AS "symDate", sym."createdAt" AS "symAt"
    FROM base b
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE st."date" < ${d})::int AS "overdue", min(st."date") FILTER (WHERE st."date" < ${d}) AS "oldest",
             count(*) FILTER (WHERE st."date" = ${d})::int AS "due"
      FROM "ScheduledTest" st
      WHERE st."planId" = b."planId" AND st."date" <= ${d}
        AND ${noResultSql(Prisma.sql`b."id"`)}
    ) t ON true
    LEFT JOIN LATERAL (
      SELECT count(DISTINCT h."slot") FILTER (WHERE h."date" = ${d})::int AS "slots", count(*) FILTER (WHERE h."date" < ${d})::int AS "recent"
      FROM "HealthCheck" h WHERE h."contactId" = b."id" AND h."date" >= ${d} - ${MISSED_CHECK_DAYS}::int AND h."date" <= ${d}
    ) hc ON true
    LEFT JOIN LATERAL (
      SELECT h."date", h."createdAt" FROM "HealthCheck" h
      WHERE h."contactId" = b."id" AND h."date" <= ${d}
        AND (h."temperature" >= ${FEVER_CELSIUS}::numeric OR EXISTS (SELECT 1 FROM unnest(h."symptoms") s WHERE btrim(s) <> ''))
      ORDER BY h."date" DESC, h."createdAt" DESC LIMIT 1
    ) sym ON true
    WHERE true ${phase}
  ),
  k AS (
    SELECT f.*,
      (f."symDate" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "TestResult" r WHERE r."contactId" = f."id"
         AND (r."sampleDate" > f."symDate" OR (r."sampleDate" = f."symDate" AND r."createdAt" > f."symAt")))) AS "symptomatic",
      (f."category" = 'CLOSE' AND f."phase" = 'CENTRALIZED_ISOLATION' AND f."siteId" IS NULL) AS "placement",
      (f."overdue" > 0) AS "overdueTests",
      (f."releaseDate" < ${d}) AS "releaseOverdue",
      (f."firstDay" <= ${d} - ${MISSED_CHECK_DAYS}::int AND f."recent" = 0) AS "missedChecks",
      (f."homeStart" IS NOT NULL AND f."homeStart" <= ${d} AND f."phase" = 'HOME_HEALTH_MONITORING'
         AND NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entity" = 'Contact' AND a."entityId" = f."id"::text
                         AND a."action" = ${TRANSFER_ACTION} AND a."at" >= f."planCreatedAt")) AS "transfer",
      (f."due" > 0) AS "testsDue",
      (f."releaseDate" = ${d}) AS "releaseDue",
      (f."phase" IS NOT NULL AND f."slots" < 2) AS "healthChecks"
    FROM f
  ),
  r AS (
    SELECT k.*, CASE ${rank} END AS "rank",
      GREATEST(COALESCE(${d} - k."oldest", 0), CASE WHEN k."releaseDate" < ${d} THEN ${d} - k."releaseDate" ELSE 0 END) AS "lateness"
    FROM k
  )`;
}
