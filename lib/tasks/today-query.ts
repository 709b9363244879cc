// Today by person in one SQL statement (docs/decisions/0022-today-by-person.md): every ACTIVE
// contact with an active plan in the scope and filters gets its open items as flags, computed
// with index lookups per person (no rows shipped to the app), then the people with at least one
// item are counted per kind and one page of them, most urgent first, is returned. The flags
// ask the questions of lib/isolation/alerts.ts in SQL, with its constants.
import { Prisma, type Db } from "@/lib/db";
import { readRows } from "@/lib/db-read";
import { toDbDate } from "@/lib/calendar";
import { ITEM_KINDS, type ItemKind } from "./schemas";
import { countiesOf, refreshToday, storedRows } from "./today-cache";
import { flagged, q, type TodayWhere } from "./today-flags";
import { OPEN_TEST_PENDING, openTestsFrom } from "./open-tests";

export { flagged, type TodayWhere } from "./today-flags";

export interface TodayRow {
  id: string;
  version: number;
  countyCode: string;
  category: string;
  siteId: string | null;
  assignedToId: string | null;
  phase: string | null;
  releaseDate: Date;
  homeStart: Date | null;
  symDate: Date | null;
  lateness: number;
  flags: Record<ItemKind, boolean>;
  /** What the page shows of the person (read for the page's rows only). */
  name: string;
  idNumber: string | null;
  phone: string | null;
  siteName: string | null;
  assignedToName: string | null;
}

export type TodayCounts = Record<ItemKind, number> & { people: number };

/**
 * Runs the statement with JIT compilation off: its cost estimate (thousands of per-person
 * lookups) passes jit_above_cost, and compiling it took seconds for a query that runs in
 * milliseconds (measured with scripts/bench/today.ts; docs/decisions/0022-today-by-person.md).
 */
export function withoutJit<T>(db: Db, query: Prisma.Sql, before?: (tx: Db) => Promise<void>): Promise<T> {
  return jitOff(db, async (tx) => {
    if (before) await before(tx);
    return tx.$queryRaw<T>(query);
  });
}

/** `work` with JIT off (see withoutJit): in a transaction of its own on a client, or in the caller's. */
export async function jitOff<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const run = async (tx: Db) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    return work(tx);
  };
  if ("$transaction" in db && typeof db.$transaction === "function") {
    // Interactive, with the timeouts of lib/transaction.ts: a loaded server must not cut a read
    // short, and a county's first read of the day rebuilds its stored rows (ADR 0026).
    return db.$transaction((tx) => run(tx as Db), { maxWait: 10_000, timeout: 120_000 });
  }
  return run(db);
}

/**
 * A statement over the stored rows that answers `fresh` (freshSql) in its first row: read at
 * once when its counties are up to date, otherwise read again after bringing `counties` up to
 * date in a transaction (lib/tasks/today-cache.ts, ADR 0026).
 */
export async function readStored<T extends { fresh: boolean | null }>(
  db: Db,
  statement: Prisma.Sql,
  counties: (tx: Db) => Promise<string[]>,
  date: string,
  day: Date,
): Promise<T[]> {
  const rows = await readRows<T>(db, statement);
  if (rows[0]?.fresh) return rows;
  return withoutJit<T[]>(db, statement, async (tx) => refreshToday(tx, await counties(tx), date, day));
}

/**
 * Where a read of `date` takes its rows: the stored rows of the current day (`today`, brought up
 * to date first: lib/tasks/today-cache.ts), or computed live for another day or a selection.
 * The stored rows need the primary database: the caller passes it.
 */
export interface TodaySource {
  today?: string;
}

/** An open test of a page's person, as the statement answers it (JSON). */
export interface TodayTest {
  date: string;
  phase: string;
  doubleSample: boolean;
  pending: boolean;
}

/** The page's people in detail, beside each row: what the page shows beyond the flags. */
export interface TodayDetail {
  /** Scheduled tests on or before the day without a result, oldest first (lib/tasks/open-tests.ts). */
  openTests: TodayTest[];
  /** The health check that made the person symptomatic (the latest of that day). */
  symCheck: { date: string; temperature: number; symptoms: string[] } | null;
  /** The day's health-check slots already recorded. */
  slotsToday: string[];
}

type RawRow = Omit<TodayRow, "flags"> &
  Record<ItemKind, boolean> &
  Record<`n_${ItemKind}` | "n_people", number | null> & { fresh: boolean; openTestList: TodayTest[] | null; symCheck: TodayDetail["symCheck"]; slotsToday: string[] | null };

/** Whether every county of `where` has stored rows and counts of `day` and no person marked since. */
export function freshSql(day: Date, where: TodayWhere): Prisma.Sql {
  const which = where.countyCode
    ? Prisma.sql`j."code" = ${where.countyCode}`
    : where.countyCodes
      ? Prisma.sql`j."code" = ANY(${where.countyCodes}::text[])`
      : Prisma.sql`true`;
  return Prisma.sql`fresh AS (SELECT NOT EXISTS (
      SELECT 1 FROM "Jurisdiction" j WHERE j."level" = 'COUNTY' AND ${which}
        AND (NOT EXISTS (SELECT 1 FROM "TodayDay" d WHERE d."countyCode" = j."code" AND d."day" = ${day}::date)
             OR NOT EXISTS (SELECT 1 FROM "TodayCount" c WHERE c."countyCode" = j."code")
             OR EXISTS (SELECT 1 FROM "TodayStale" s WHERE s."countyCode" = j."code"))) AS "fresh")`;
}

/**
 * The statement of a page: the people's flags (stored or live), the counts per kind, one page
 * most urgent first, and for the page's people what the page shows of them — the person's ID and
 * phone, site and assignee names, open tests, the symptomatic check, the day's recorded slots —
 * and whether the stored rows were up to date. Exported for the benchmark, which runs it as raw SQL.
 */
export function todayStatement(day: Date, where: TodayWhere, kind: ItemKind | undefined, limit: number, offset: number, stored: boolean): Prisma.Sql {
  const kindCond = kind ? Prisma.sql`AND ${q(kind)}` : Prisma.empty;
  const countCols = Prisma.join([Prisma.sql`count(*)::int AS "n_people"`, ...ITEM_KINDS.map((k) => Prisma.sql`count(*) FILTER (WHERE ${q(k)})::int AS ${q(`n_${k}`)}`)], ", ");
  const tests = openTestsFrom([Prisma.sql`c."status" = 'ACTIVE'`, Prisma.sql`c."id" = page."id"`, Prisma.sql`st."date" <= ${day}::date`]);
  return Prisma.sql`
    WITH ${stored ? storedRows(where) : flagged(day, where)},
    ${stored ? freshSql(day, where) : Prisma.sql`fresh AS (SELECT true AS "fresh")`},
    counts AS (SELECT ${countCols} FROM r WHERE "rank" IS NOT NULL),
    page AS (
      SELECT * FROM r WHERE "rank" IS NOT NULL ${kindCond}
      ORDER BY "rank", "lateness" DESC, "name", "id" LIMIT ${limit} OFFSET ${offset}
    )
    SELECT fresh."fresh", counts.*, page.*, pe."idNumber", pe."phone", s."name" AS "siteName", u."displayName" AS "assignedToName",
      (SELECT json_agg(json_build_object('date', st."date", 'phase', st."phase", 'doubleSample', st."doubleSample", 'pending', ${OPEN_TEST_PENDING})
              ORDER BY st."date") ${tests}) AS "openTestList",
      (SELECT json_build_object('date', h."date", 'temperature', h."temperature", 'symptoms', h."symptoms") FROM "HealthCheck" h
        WHERE page."symptomatic" AND h."contactId" = page."id" AND h."date" = page."symDate" ORDER BY h."createdAt" DESC LIMIT 1) AS "symCheck",
      (SELECT array_agg(h."slot"::text) FROM "HealthCheck" h WHERE h."contactId" = page."id" AND h."date" = ${day}::date) AS "slotsToday"
    FROM fresh CROSS JOIN counts LEFT JOIN page ON true
    LEFT JOIN "Contact" c ON c."id" = page."id"
    LEFT JOIN "Person" pe ON pe."id" = c."personId"
    LEFT JOIN "IsolationSite" s ON s."id" = page."siteId"
    LEFT JOIN "User" u ON u."id" = page."assignedToId"
    ORDER BY page."rank", page."lateness" DESC, page."name", page."id"`;
}

/**
 * One page of people with open items, most urgent first, and the counts per kind (kind filter
 * aside), with the page's people in detail. The current day's stored rows are read in one
 * statement when they are up to date; otherwise the marked people are recomputed first, in a
 * transaction, and the page is read again (lib/tasks/today-cache.ts, ADR 0026).
 */
export async function todayPage(
  db: Db,
  date: string,
  where: TodayWhere,
  kind: ItemKind | undefined,
  limit: number,
  offset: number,
  source: TodaySource = {},
): Promise<{ counts: TodayCounts; rows: (TodayRow & TodayDetail)[] }> {
  const day = toDbDate(date);
  const stored = source.today === date && !where.contactIds;
  const statement = todayStatement(day, where, kind, limit, offset, stored);
  const rows = stored ? await readStored<RawRow>(db, statement, (tx) => countiesOf(tx, where), date, day) : await withoutJit<RawRow[]>(db, statement);
  const first = rows[0];
  const counts = { people: first?.n_people ?? 0 } as TodayCounts;
  for (const k of ITEM_KINDS) counts[k] = (first?.[`n_${k}`] as number | null) ?? 0;
  const out = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id,
      version: r.version,
      countyCode: r.countyCode,
      category: r.category,
      siteId: r.siteId,
      assignedToId: r.assignedToId,
      phase: r.phase,
      releaseDate: r.releaseDate,
      homeStart: r.homeStart,
      symDate: r.symDate,
      lateness: Number(r.lateness),
      flags: Object.fromEntries(ITEM_KINDS.map((k) => [k, r[k] === true])) as Record<ItemKind, boolean>,
      name: r.name,
      idNumber: r.idNumber,
      phone: r.phone,
      siteName: r.siteName,
      assignedToName: r.assignedToName,
      openTests: r.openTestList ?? [],
      symCheck: r.symCheck,
      slotsToday: r.slotsToday ?? [],
    }));
  return { counts, rows: out };
}
