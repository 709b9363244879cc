// Reads the maintained facts (docs/decisions/0007-dashboard-facts.md) and folds them into the
// figures of each day. Two index range scans per request whatever the number of contacts: the
// sums of everything before the range (stocks and cumulative counts), and the rows inside it.
import { Prisma, type Db } from "@/lib/db";
import { readRows } from "@/lib/db-read";
import { toDbDate } from "@/lib/calendar";
import { addDays } from "@/lib/isolation/dates";
import { PHASE_KIND_VALUES } from "@/lib/validation/fields";

type PhaseKind = (typeof PHASE_KIND_VALUES)[number];
const CATEGORIES = ["CLOSE", "SECONDARY", "GENERAL"] as const;
const CLASSES = ["CONFIRMED", "ASYMPTOMATIC"] as const;
const HOURS_PREFIX = "trace_h:";

/** The figures of one day for a set of counties (or one county). */
export interface DayFigures {
  date: string;
  /** Cases confirmed on the day, by classification (merged duplicates not counted). */
  newCases: { CONFIRMED: number; ASYMPTOMATIC: number; total: number };
  /** Cases confirmed on or before the day. */
  casesToDate: { CONFIRMED: number; ASYMPTOMATIC: number; total: number };
  /** Contacts identified on the day, by category. */
  contactsRegistered: { CLOSE: number; SECONDARY: number; GENERAL: number; total: number };
  /** Contacts under management on the day (identified, not yet released, escalated or ended). */
  activeContacts: { CLOSE: number; SECONDARY: number; GENERAL: number; total: number };
  /** People under management by the phase of their plan in force on the day. */
  phases: Record<PhaseKind, number>;
  /** Close contacts identified on the day, registered within 24 h of their source case's registration. */
  tracing: { closeContacts: number; within24h: number; share: number | null; medianHours: number | null };
  /** Close contacts identified on the day, placed in a site within 24 h of their registration. */
  placement: { closeContacts: number; within24h: number; share: number | null };
  /** Scheduled tests of the day and those with a result (negative or positive). */
  tests: { due: number; done: number; open: number; completion: number | null };
  /** Scheduled tests before the day still without a result. */
  testsOverdue: number;
  /** Close contacts moving from centralized isolation to home monitoring on the day. */
  transfersDue: number;
  /** People whose release date is on or before the day and who are not yet released. */
  releasesDue: number;
  /** People released on the day. */
  releases: number;
  /** Contacts who became cases on the day; and, to date, the share of close contacts who did. */
  becameCases: { onDate: number; closeToDate: number; shareOfClose: number | null };
  /** People placed in active sites, as it stands now. */
  occupancy: number;
}

interface FactRow {
  countyCode: string;
  metric: string;
  /** The day as "YYYY-MM-DD" (formatted in SQL: no Date per row), null for the sums before the range. */
  day: string | null;
  v: number;
}

/**
 * All fact rows needed for [from, to]: sums before `from` (day null) and the days inside. With
 * `together`, the counties are added up (countyCode "") — fewer rows for a long series.
 * `countyCodes` null reads every county, so the read need not wait for the list of counties in
 * view (callers narrow the rows to it; only counties holding cases or contacts have facts);
 * together, that is the prefecture's own facts.
 */
export async function readFacts(db: Db, countyCodes: string[] | null, from: string, to: string, together = false, hours = true): Promise<FactRow[]> {
  if (countyCodes?.length === 0) return [];
  return readRows<FactRow>(db, factsQuery(countyCodes, from, to, together, hours));
}

/**
 * The one query behind every dashboard read (the benchmark runs it by hand too). The prefecture's
 * facts (countyCode '', kept beside the counties' by the triggers) answer every county together;
 * a list of counties is added up from theirs.
 */
export function factsQuery(countyCodes: string[] | null, from: string, to: string, together: boolean, hours = true): Prisma.Sql {
  const county = together ? Prisma.sql`''::text` : Prisma.sql`"countyCode"`;
  const inView = countyCodes
    ? Prisma.sql`"countyCode" = ANY(${countyCodes}::varchar[])`
    : together
      ? Prisma.sql`"countyCode" = ''`
      : Prisma.sql`"countyCode" <> ''`;
  // The hours histogram (median tracing time) is most of a long series' rows: left out on request.
  const histogram = hours ? Prisma.empty : Prisma.sql`AND "metric" NOT LIKE ${HOURS_PREFIX + "%"}`;
  return Prisma.sql`
    SELECT ${county} AS "countyCode", "metric", NULL::text AS "day", SUM("value")::int AS "v"
    FROM "DashboardFact"
    WHERE ${inView} AND "day" < ${toDbDate(from)}::date AND "metric" NOT LIKE ${HOURS_PREFIX + "%"}
    GROUP BY 1, 2
    UNION ALL
    SELECT ${county} AS "countyCode", "metric", to_char("day", 'YYYY-MM-DD') AS "day", SUM("value")::int AS "v"
    FROM "DashboardFact"
    WHERE ${inView} AND "day" BETWEEN ${toDbDate(from)}::date AND ${toDbDate(to)}::date AND "value" <> 0 ${histogram}
    GROUP BY 1, 2, 3`;
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const share = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

/** Median of an hours histogram (bucket → count): the middle registration's whole hours. */
function medianHours(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const h of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(h)!;
    if (seen >= middle) return h;
  }
  return null;
}

/**
 * Folds fact rows (of any set of counties: they are added together) into one DayFigures per
 * date of [from, to]. `day` values on a date are its flows; running sums give stocks and counts to date.
 */
export function foldFacts(rows: FactRow[], from: string, to: string): DayFigures[] {
  const running = new Map<string, number>();
  const byDay = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.day === null) {
      running.set(r.metric, (running.get(r.metric) ?? 0) + r.v);
      continue;
    }
    const d = r.day;
    let m = byDay.get(d);
    if (!m) byDay.set(d, (m = new Map()));
    m.set(r.metric, (m.get(r.metric) ?? 0) + r.v);
  }
  return datesBetween(from, to).map((date) => {
    const flow = byDay.get(date) ?? new Map<string, number>();
    const hours = new Map<number, number>();
    for (const [metric, v] of flow) {
      running.set(metric, (running.get(metric) ?? 0) + v);
      if (metric.startsWith(HOURS_PREFIX)) hours.set(Number(metric.slice(HOURS_PREFIX.length)), v);
    }
    const f = (m: string) => flow.get(m) ?? 0;
    const s = (m: string) => running.get(m) ?? 0;
    const newCases = { CONFIRMED: f("case_CONFIRMED"), ASYMPTOMATIC: f("case_ASYMPTOMATIC"), total: 0 };
    newCases.total = newCases.CONFIRMED + newCases.ASYMPTOMATIC;
    const casesToDate = { CONFIRMED: s("case_CONFIRMED"), ASYMPTOMATIC: s("case_ASYMPTOMATIC"), total: 0 };
    casesToDate.total = CLASSES.reduce((a, k) => a + casesToDate[k], 0);
    const byCategory = (prefix: string, get: (m: string) => number) => {
      const o = { CLOSE: get(prefix + "CLOSE"), SECONDARY: get(prefix + "SECONDARY"), GENERAL: get(prefix + "GENERAL"), total: 0 };
      o.total = CATEGORIES.reduce((a, k) => a + o[k], 0);
      return o;
    };
    const phases = Object.fromEntries(PHASE_KIND_VALUES.map((k) => [k, s("mgd_" + k)])) as Record<PhaseKind, number>;
    const due = f("tests_due");
    const done = f("tests_done");
    return {
      date,
      newCases,
      casesToDate,
      contactsRegistered: byCategory("reg_", f),
      activeContacts: byCategory("act_", s),
      phases,
      tracing: { closeContacts: f("trace_n"), within24h: f("trace_24h"), share: share(f("trace_24h"), f("trace_n")), medianHours: medianHours(hours) },
      placement: { closeContacts: f("place_n"), within24h: f("place_24h"), share: share(f("place_24h"), f("place_n")) },
      tests: { due, done, open: due - done, completion: share(done, due) },
      testsOverdue: s("overdue"),
      transfersDue: f("transfer"),
      releasesDue: s("release_due"),
      releases: f("released"),
      becameCases: { onDate: f("became_case"), closeToDate: s("became_case_CLOSE"), shareOfClose: share(s("became_case_CLOSE"), s("reg_CLOSE")) },
      occupancy: s("occupancy"),
    };
  });
}
