// Dashboard figures (DESIGN.md §2: officials read aggregate figures for every county). Counts
// only — no names, ID numbers or record ids leave this module — computed by a fixed number of
// grouped queries whatever the number of counties or contacts.
import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { readDb, type Prisma } from "@/lib/db";
import { toDbDate } from "@/lib/calendar";
import { PHASE_KIND_VALUES } from "@/lib/validation/fields";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { openTests } from "@/lib/tasks/open-tests";
import { LISTED_COUNTY } from "@/lib/jurisdictions/counties";
import { countyFiguresSchema } from "./schemas";

type PhaseKind = (typeof PHASE_KIND_VALUES)[number];

export interface Figures {
  /** Cases confirmed on or before the date, by classification; `newOnDate` confirmed on it. */
  cases: { CONFIRMED: number; ASYMPTOMATIC: number; total: number; newOnDate: number };
  /** Contacts whose plan is running (status ACTIVE), by category. */
  activeContacts: { CLOSE: number; SECONDARY: number; GENERAL: number; total: number };
  /** Active contacts by the phase of their plan in force on the date. */
  phases: Record<PhaseKind, number>;
  /** Scheduled tests on the date without a result. */
  testsDue: number;
  /** Scheduled tests before the date without a result. */
  testsOverdue: number;
  /** Close contacts moving from centralized isolation to home monitoring on the date. */
  transfersDue: number;
  /** Active contacts whose release date is on or before the date. */
  releasesDue: number;
  /** Active isolation sites: their rooms and the active contacts placed in them. */
  sites: { count: number; capacity: number; occupancy: number };
}

export interface CountyFigures extends Figures {
  countyCode: string;
  nameZh: string;
  nameEn: string;
}

function emptyFigures(): Figures {
  return {
    cases: { CONFIRMED: 0, ASYMPTOMATIC: 0, total: 0, newOnDate: 0 },
    activeContacts: { CLOSE: 0, SECONDARY: 0, GENERAL: 0, total: 0 },
    phases: { CENTRALIZED_ISOLATION: 0, HOME_HEALTH_MONITORING: 0, HOME_ISOLATION: 0, MEDICAL_OBSERVATION: 0 },
    testsDue: 0,
    testsOverdue: 0,
    transfersDue: 0,
    releasesDue: 0,
    sites: { count: 0, capacity: 0, occupancy: 0 },
  };
}

function addInto(total: Figures, f: Figures): void {
  for (const k of ["CONFIRMED", "ASYMPTOMATIC", "total", "newOnDate"] as const) total.cases[k] += f.cases[k];
  for (const k of ["CLOSE", "SECONDARY", "GENERAL", "total"] as const) total.activeContacts[k] += f.activeContacts[k];
  for (const k of PHASE_KIND_VALUES) total.phases[k] += f.phases[k];
  total.testsDue += f.testsDue;
  total.testsOverdue += f.testsOverdue;
  total.transfersDue += f.transfersDue;
  total.releasesDue += f.releasesDue;
  for (const k of ["count", "capacity", "occupancy"] as const) total.sites[k] += f.sites[k];
}

/**
 * GET /api/v1/dashboard?date=: figures for each county in the user's scope (county staff: their
 * own; prefecture roles: all), plus their totals. Statuses are as they stand now; dates
 * (phase in force, tests due, releases due) are taken on `date`.
 */
export async function getCountyFigures(
  user: SessionUser,
  input: unknown = {},
  opts?: ServiceOptions,
): Promise<{ date: string; counties: CountyFigures[]; totals: Figures }> {
  assertCan(user, "dashboard:read");
  const date = parseInput(countyFiguresSchema, input ?? {}).date ?? todayFor(opts);
  const day = toDbDate(date);
  const db = opts?.db ?? readDb();
  const scope = countyScope(user);
  const active = { ...scope, status: "ACTIVE" } satisfies Prisma.ContactWhereInput;
  const inForce = (kind: PhaseKind): Prisma.ContactWhereInput => ({
    ...active,
    plans: { some: { active: true, phases: { some: { kind, startDate: { lte: day }, endDate: { gte: day } } } } },
  });
  const byCounty = (where: Prisma.ContactWhereInput) =>
    db.contact.groupBy({ by: ["countyCode"], where, _count: { _all: true } });

  const [counties, cases, newCases, contacts, phaseCounts, transfers, releases, sites, occupancy, due, overdue] = await Promise.all([
    db.jurisdiction.findMany({
      where: { ...LISTED_COUNTY, ...(scope.countyCode ? { code: scope.countyCode } : {}) },
      orderBy: { code: "asc" },
      select: { code: true, nameZh: true, nameEn: true },
    }),
    db.case.groupBy({ by: ["countyCode", "classification"], where: { ...scope, confirmedDate: { lte: day } }, _count: { _all: true } }),
    db.case.groupBy({ by: ["countyCode"], where: { ...scope, confirmedDate: day }, _count: { _all: true } }),
    db.contact.groupBy({ by: ["countyCode", "category"], where: active, _count: { _all: true } }),
    Promise.all(PHASE_KIND_VALUES.map(async (kind) => ({ kind, groups: await byCounty(inForce(kind)) }))),
    byCounty({
      ...active,
      category: "CLOSE",
      plans: { some: { active: true, phases: { some: { kind: "HOME_HEALTH_MONITORING", startDate: day } } } },
    }),
    byCounty({ ...active, plans: { some: { active: true, releaseDate: { lte: day } } } }),
    db.isolationSite.groupBy({ by: ["countyCode"], where: { ...scope, active: true }, _count: { _all: true }, _sum: { capacity: true } }),
    byCounty({ ...active, site: { is: { active: true } } }),
    openTests(db, user, { on: date }),
    openTests(db, user, { before: date }),
  ]);

  const figures = new Map<string, CountyFigures>(counties.map((c) => [c.code, { countyCode: c.code, nameZh: c.nameZh, nameEn: c.nameEn, ...emptyFigures() }]));
  // Rows of a county that is no longer a COUNTY-level jurisdiction are left out rather than
  // invented; every row's county is in scope by construction.
  const of = (code: string) => figures.get(code);

  for (const g of cases) {
    const f = of(g.countyCode);
    if (!f) continue;
    f.cases[g.classification] += g._count._all;
    f.cases.total += g._count._all;
  }
  for (const g of newCases) {
    const f = of(g.countyCode);
    if (f) f.cases.newOnDate = g._count._all;
  }
  for (const g of contacts) {
    const f = of(g.countyCode);
    if (!f) continue;
    f.activeContacts[g.category] += g._count._all;
    f.activeContacts.total += g._count._all;
  }
  for (const { kind, groups } of phaseCounts) {
    for (const g of groups) {
      const f = of(g.countyCode);
      if (f) f.phases[kind] = g._count._all;
    }
  }
  for (const g of transfers) {
    const f = of(g.countyCode);
    if (f) f.transfersDue = g._count._all;
  }
  for (const g of releases) {
    const f = of(g.countyCode);
    if (f) f.releasesDue = g._count._all;
  }
  for (const g of sites) {
    const f = of(g.countyCode);
    if (!f) continue;
    f.sites.count = g._count._all;
    f.sites.capacity = g._sum.capacity ?? 0;
  }
  for (const g of occupancy) {
    const f = of(g.countyCode);
    if (f) f.sites.occupancy = g._count._all;
  }

  // Open tests come per test with their contact; one lookup gives each contact's county.
  const testContactIds = [...new Set([...due, ...overdue].map((t) => t.contactId))];
  const countyOf = new Map(
    testContactIds.length
      ? (await db.contact.findMany({ where: { id: { in: testContactIds } }, select: { id: true, countyCode: true } })).map((c) => [c.id, c.countyCode])
      : [],
  );
  for (const t of due) {
    const f = of(countyOf.get(t.contactId) ?? "");
    if (f) f.testsDue += 1;
  }
  for (const t of overdue) {
    const f = of(countyOf.get(t.contactId) ?? "");
    if (f) f.testsOverdue += 1;
  }

  const list = [...figures.values()];
  const totals = emptyFigures();
  for (const f of list) addInto(totals, f);
  return { date, counties: list, totals };
}
