import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { personName } from "@/lib/privacy/mask";
import { readDb } from "@/lib/db";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { openTests } from "./open-tests";
import { getTasksSchema } from "./schemas";

interface Who {
  contactId: string;
  personName: string;
  category: string;
  countyCode: string;
}
export type TestTask = Who & { date: string; phase: string; doubleSample: boolean; pending: boolean };
export type TransferTask = Who & { date: string; from: "CENTRALIZED_ISOLATION"; to: "HOME_HEALTH_MONITORING"; siteId: string | null };
export type ReleaseTask = Who & { releaseDate: string };
export type HealthCheckTask = Who & { date: string; missingSlots: ("MORNING" | "EVENING")[] };

export interface CountyTasks {
  countyCode: string;
  testsDue: TestTask[];
  overdueTests: TestTask[];
  transfersDue: TransferTask[];
  releasesDue: ReleaseTask[];
  missingHealthChecks: HealthCheckTask[];
}

/**
 * GET /api/v1/tasks?date=: per county in scope, the day's tests due, overdue tests (date passed,
 * no result), transfers from centralized isolation to home monitoring, releases due (release
 * date on or before the day) and missing morning/evening health checks. A handful of set
 * queries over the date indexes, whatever the number of contacts.
 */
export async function getTasks(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<{ date: string; counties: CountyTasks[] }> {
  assertCan(user, "contact:read");
  const date = parseInput(getTasksSchema, input ?? {}).date ?? todayFor(opts);
  const day = toDbDate(date);
  const db = opts?.db ?? readDb();
  const scope = countyScope(user);
  const active = { status: "ACTIVE" as const, ...scope };

  const [counties, due, overdue, transfers, releases, monitored] = await Promise.all([
    db.jurisdiction.findMany({ where: { level: "COUNTY", ...(scope.countyCode ? { code: scope.countyCode } : {}) }, orderBy: { code: "asc" } }),
    openTests(db, user, { on: date }),
    openTests(db, user, { before: date }),
    db.planPhase.findMany({
      where: { kind: "HOME_HEALTH_MONITORING", startDate: day, plan: { active: true, contact: { ...active, category: "CLOSE" } } },
      select: { plan: { select: { contactId: true } } },
    }),
    db.isolationPlan.findMany({ where: { active: true, releaseDate: { lte: day }, contact: active }, select: { contactId: true, releaseDate: true } }),
    db.contact.findMany({
      where: { ...active, plans: { some: { active: true, phases: { some: { startDate: { lte: day }, endDate: { gte: day } } } } } },
      select: { id: true, healthChecks: { where: { date: day }, select: { slot: true } } },
    }),
  ]);

  const ids = new Set<string>([
    ...due.map((t) => t.contactId),
    ...overdue.map((t) => t.contactId),
    ...transfers.map((t) => t.plan.contactId),
    ...releases.map((r) => r.contactId),
    ...monitored.map((c) => c.id),
  ]);
  const people = await db.contact.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, category: true, countyCode: true, siteId: true, person: { select: { name: true } } },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const who = (contactId: string): Who => {
    const c = byId.get(contactId)!;
    return { contactId, personName: personName(user, c.person.name), category: c.category, countyCode: c.countyCode };
  };

  const result = new Map<string, CountyTasks>(
    counties.map((c) => [c.code, { countyCode: c.code, testsDue: [], overdueTests: [], transfersDue: [], releasesDue: [], missingHealthChecks: [] }]),
  );
  const bucket = (countyCode: string): CountyTasks => {
    let b = result.get(countyCode);
    if (!b) result.set(countyCode, (b = { countyCode, testsDue: [], overdueTests: [], transfersDue: [], releasesDue: [], missingHealthChecks: [] }));
    return b;
  };
  for (const t of due) { const w = who(t.contactId); bucket(w.countyCode).testsDue.push({ ...w, ...t }); }
  for (const t of overdue) { const w = who(t.contactId); bucket(w.countyCode).overdueTests.push({ ...w, ...t }); }
  for (const t of transfers) {
    const w = who(t.plan.contactId);
    bucket(w.countyCode).transfersDue.push({ ...w, siteId: byId.get(t.plan.contactId)?.siteId ?? null, date, from: "CENTRALIZED_ISOLATION", to: "HOME_HEALTH_MONITORING" });
  }
  for (const r of releases) { const w = who(r.contactId); bucket(w.countyCode).releasesDue.push({ ...w, releaseDate: fromDbDate(r.releaseDate) }); }
  for (const c of monitored) {
    const have = new Set(c.healthChecks.map((h) => h.slot));
    const missingSlots = (["MORNING", "EVENING"] as const).filter((s) => !have.has(s));
    if (missingSlots.length) { const w = who(c.id); bucket(w.countyCode).missingHealthChecks.push({ ...w, date, missingSlots }); }
  }
  const byName = (a: Who, b: Who) => a.personName.localeCompare(b.personName, "zh-CN") || a.contactId.localeCompare(b.contactId);
  const counties_ = [...result.values()].sort((a, b) => a.countyCode.localeCompare(b.countyCode));
  for (const c of counties_) {
    c.testsDue.sort(byName);
    c.overdueTests.sort((a, b) => a.date.localeCompare(b.date) || byName(a, b));
    c.transfersDue.sort(byName);
    c.releasesDue.sort(byName);
    c.missingHealthChecks.sort(byName);
  }
  return { date, counties: counties_ };
}
