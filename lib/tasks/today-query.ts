// Today by person in one SQL statement (docs/decisions/0022-today-by-person.md): every ACTIVE
// contact with an active plan in the scope and filters gets its open items as flags, computed
// with index lookups per person (no rows shipped to the app), then the people with at least one
// item are counted per kind and one page of them, most urgent first, is returned. The flags
// ask the questions of lib/isolation/alerts.ts in SQL, with its constants.
import { Prisma, type Db } from "@/lib/db";
import { toDbDate } from "@/lib/calendar";
import { ITEM_KINDS, type ItemKind } from "./schemas";
import { countiesOf, refreshToday, storedRows } from "./today-cache";
import { flagged, q, type TodayWhere } from "./today-flags";

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
export async function withoutJit<T>(db: Db, query: Prisma.Sql, before?: (tx: Db) => Promise<void>): Promise<T> {
  const run = async (tx: Db) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    if (before) await before(tx);
    return tx.$queryRaw<T>(query);
  };
  if ("$transaction" in db && typeof db.$transaction === "function") {
    // Interactive, with the timeouts of lib/transaction.ts: a loaded server must not cut a read
    // short, and a county's first read of the day rebuilds its stored rows (ADR 0026).
    return db.$transaction((tx) => run(tx as Db), { maxWait: 10_000, timeout: 120_000 });
  }
  return run(db);
}

/**
 * Where a read of `date` takes its rows: the stored rows of the current day (`today`, brought up
 * to date first: lib/tasks/today-cache.ts), or computed live for another day or a selection.
 * The stored rows need the primary database: the caller passes it.
 */
export interface TodaySource {
  today?: string;
}

type RawRow = Omit<TodayRow, "flags"> & Record<ItemKind, boolean> & Record<`n_${ItemKind}` | "n_people", number | null>;

/** One page of people with open items, most urgent first, and the counts per kind (kind filter aside). */
export async function todayPage(
  db: Db,
  date: string,
  where: TodayWhere,
  kind: ItemKind | undefined,
  limit: number,
  offset: number,
  source: TodaySource = {},
): Promise<{ counts: TodayCounts; rows: TodayRow[] }> {
  const day = toDbDate(date);
  const stored = source.today === date && !where.contactIds;
  const kindCond = kind ? Prisma.sql`AND ${q(kind)}` : Prisma.empty;
  const countCols = Prisma.join([Prisma.sql`count(*)::int AS "n_people"`, ...ITEM_KINDS.map((k) => Prisma.sql`count(*) FILTER (WHERE ${q(k)})::int AS ${q(`n_${k}`)}`)], ", ");
  const rows = await withoutJit<RawRow[]>(
    db,
    Prisma.sql`
    WITH ${stored ? storedRows(where) : flagged(day, where)},
    counts AS (SELECT ${countCols} FROM r WHERE "rank" IS NOT NULL),
    page AS (
      SELECT * FROM r WHERE "rank" IS NOT NULL ${kindCond}
      ORDER BY "rank", "lateness" DESC, "name", "id" LIMIT ${limit} OFFSET ${offset}
    )
    SELECT counts.*, page.*, pe."idNumber", pe."phone", s."name" AS "siteName", u."displayName" AS "assignedToName"
    FROM counts LEFT JOIN page ON true
    LEFT JOIN "Contact" c ON c."id" = page."id"
    LEFT JOIN "Person" pe ON pe."id" = c."personId"
    LEFT JOIN "IsolationSite" s ON s."id" = page."siteId"
    LEFT JOIN "User" u ON u."id" = page."assignedToId"
    ORDER BY page."rank", page."lateness" DESC, page."name", page."id"`,
    stored ? async (tx) => refreshToday(tx, await countiesOf(tx, where), date, day) : undefined,
  );
  const first = rows[0];
  const counts = { people: first?.n_people ?? 0 } as TodayCounts;
  for (const k of ITEM_KINDS) counts[k] = (first?.[`n_${k}`] as number | null) ?? 0;
  const out: TodayRow[] = rows
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
    }));
  return { counts, rows: out };
}
