// Today kept per county for the current day (docs/decisions/0026-today-cache.md). Computing every
// person's flags costs a few index lookups per person under management, so a county with tens
// of thousands of people took seconds per request. Instead each county's rows for the day are
// stored (TodayRow); triggers mark the people that any write changes (TodayStale); a read first
// recomputes the marked people of its counties, then counts and pages the stored rows. Another
// day rebuilds the county's rows. The flags are computed by the same SQL as the live query
// (lib/tasks/today-flags.ts), so the two cannot disagree.
import { fromDbDate } from "@/lib/calendar";
import { Prisma, type Db } from "@/lib/db";
import { ITEM_KINDS } from "./schemas";
import { flagged, q, type TodayWhere } from "./today-flags";

const COLUMNS = ["countyCode", "contactId", "version", "category", "siteId", "assignedToId", "name", "phase", "releaseDate", "homeStart", "symDate", "lateness", "rank", ...ITEM_KINDS];

const COUNTED = ["people", ...ITEM_KINDS];

/** TodayCount of `countyCode` moved by the people and kinds among the rows of `rel`, added (+) or taken back (-). */
function moveCounts(countyCode: string, rel: string, sign: "+" | "-"): Prisma.Sql {
  const counts = Prisma.sql`SELECT count(*)::int AS "people", ${Prisma.join(ITEM_KINDS.map((k) => Prisma.sql`count(*) FILTER (WHERE ${q(k)})::int AS ${q(k)}`))} FROM ${Prisma.raw(rel)}`;
  const set = Prisma.join(COUNTED.map((k) => Prisma.sql`${q(k)} = t.${q(k)} ${Prisma.raw(sign)} g.${q(k)}`));
  return Prisma.sql`UPDATE "TodayCount" t SET ${set} FROM (${counts}) g WHERE t."countyCode" = ${countyCode}`;
}

/**
 * The people with open items among `where` (one county), computed now, into TodayRow, their
 * share added to the county's TodayCount in the same statement.
 */
function insertRows(day: Date, where: TodayWhere & { countyCode: string }): Prisma.Sql {
  return Prisma.sql`WITH ${flagged(day, where)}, ins AS (
    INSERT INTO "TodayRow" (${Prisma.join(COLUMNS.map(q))})
    SELECT r."countyCode", r."id", r."version", r."category", r."siteId", r."assignedToId", r."name", r."phase",
      r."releaseDate", r."homeStart", r."symDate", r."lateness"::int, r."rank"::int, ${Prisma.join(ITEM_KINDS.map((k) => Prisma.sql`COALESCE(r.${q(k)}, false)`))}
    FROM r WHERE r."rank" IS NOT NULL
    RETURNING *)
    ${moveCounts(where.countyCode, "ins", "+")}`;
}

/**
 * Brings the stored rows of `countyCodes` up to date for `date` (day = the same date as stored),
 * inside the caller's transaction: a county's rows of another day are rebuilt, otherwise the
 * people marked since are recomputed. One county at a time under a transaction-level advisory
 * lock, in code order, so concurrent readers wait rather than compute twice, and never deadlock.
 */
export async function refreshToday(tx: Db, countyCodes: string[], date: string, day: Date): Promise<void> {
  for (const countyCode of [...new Set(countyCodes)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`tracer.today:${countyCode}`}))`;
    const [state] = await tx.$queryRaw<{ day: Date; counted: boolean }[]>`SELECT d."day", EXISTS (SELECT 1 FROM "TodayCount" c WHERE c."countyCode" = d."countyCode") AS "counted"
      FROM "TodayDay" d WHERE d."countyCode" = ${countyCode}`;
    if (state && state.counted && fromDbDate(state.day) === date) {
      // Only marks committed by now are taken; a running writer's mark stays for the next read.
      const marked = await tx.$queryRaw<{ contactId: string }[]>`DELETE FROM "TodayStale" WHERE "countyCode" = ${countyCode} RETURNING "contactId"`;
      if (marked.length === 0) continue;
      const ids = [...new Set(marked.map((m) => m.contactId))];
      // The marked people's rows and their share of the counts go; their new rows and share come.
      await tx.$executeRaw`WITH gone AS (DELETE FROM "TodayRow" WHERE "countyCode" = ${countyCode} AND "contactId" = ANY(${ids}::uuid[]) RETURNING *)
        ${moveCounts(countyCode, "gone", "-")}`;
      await tx.$executeRaw(insertRows(day, { countyCode, contactIds: ids }));
      continue;
    }
    await tx.$executeRaw`DELETE FROM "TodayStale" WHERE "countyCode" = ${countyCode}`;
    await tx.$executeRaw`DELETE FROM "TodayRow" WHERE "countyCode" = ${countyCode}`;
    // The counts start again from zero and the rebuilt rows add their share, as marks do.
    await tx.$executeRaw`INSERT INTO "TodayCount" ("countyCode", ${Prisma.join(COUNTED.map(q))})
      VALUES (${countyCode}, ${Prisma.join(COUNTED.map(() => Prisma.sql`0`))})
      ON CONFLICT ("countyCode") DO UPDATE SET ${Prisma.join(COUNTED.map((k) => Prisma.sql`${q(k)} = 0`))}`;
    await tx.$executeRaw(insertRows(day, { countyCode }));
    await tx.$executeRaw`INSERT INTO "TodayDay" ("countyCode", "day", "builtAt") VALUES (${countyCode}, ${day}::date, now())
      ON CONFLICT ("countyCode") DO UPDATE SET "day" = EXCLUDED."day", "builtAt" = EXCLUDED."builtAt"`;
  }
}

/** The stored rows as the relation "r" that lib/tasks/today-query.ts counts and pages. */
export function storedRows(where: TodayWhere): Prisma.Sql {
  const cond: Prisma.Sql[] = [];
  if (where.countyCode) cond.push(Prisma.sql`t."countyCode" = ${where.countyCode}`);
  if (where.countyCodes) cond.push(Prisma.sql`t."countyCode" = ANY(${where.countyCodes}::text[])`);
  if (where.category) cond.push(Prisma.sql`t."category" = ${where.category}`);
  if (where.siteId) cond.push(Prisma.sql`t."siteId" = ${where.siteId}::uuid`);
  if (where.assignedToId === null) cond.push(Prisma.sql`t."assignedToId" IS NULL`);
  else if (where.assignedToId) cond.push(Prisma.sql`t."assignedToId" = ${where.assignedToId}::uuid`);
  if (where.phase) cond.push(Prisma.sql`t."phase" = ${where.phase}`);
  if (where.contactIds) cond.push(Prisma.sql`t."contactId" = ANY(${where.contactIds}::uuid[])`);
  return Prisma.sql`r AS NOT MATERIALIZED (SELECT t.*, t."contactId" AS "id" FROM "TodayRow" t WHERE ${cond.length ? Prisma.join(cond, " AND ") : Prisma.sql`true`})`;
}

/** The counties whose rows a read of `where` needs: the one asked, the ones listed, or every county. */
export async function countiesOf(tx: Db, where: TodayWhere): Promise<string[]> {
  if (where.countyCode) return [where.countyCode];
  if (where.countyCodes) return where.countyCodes;
  const rows = await tx.$queryRaw<{ code: string }[]>`SELECT "code" FROM "Jurisdiction" WHERE "level" = 'COUNTY' ORDER BY "code"`;
  return rows.map((r) => r.code);
}
