import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { fromDbDate } from "@/lib/calendar";
import { prisma, readDb } from "@/lib/db";
import { diffDays } from "@/lib/isolation/dates";
import { maskTail, personName } from "@/lib/privacy/mask";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { getTasksSchema, ITEM_KINDS, type PersonTasks, type TaskFilters, type TasksPage } from "./schemas";
import { todayPage, type TodayWhere } from "./today-query";

/** The filters of the query, with the user's scope and "me" resolved. */
export function todayWhere(user: SessionUser, f: Pick<TaskFilters, "category" | "phase" | "siteId" | "assignedTo" | "countyCode">): TodayWhere {
  const scope = countyScope(user);
  return {
    countyCode: scope.countyCode ?? f.countyCode,
    // A staff member asking for another county gets nothing, not their own county.
    ...(scope.countyCode && f.countyCode && f.countyCode !== scope.countyCode ? { contactIds: [] } : {}),
    category: f.category,
    phase: f.phase,
    siteId: f.siteId,
    assignedToId: f.assignedTo === "me" ? user.id : f.assignedTo === "none" ? null : f.assignedTo,
  };
}

/**
 * GET /api/v1/tasks and the Today page: one row per person under management with open items
 * on `date` (tests due and overdue, missing health checks, transfer, release, placement,
 * symptoms), most urgent first, a page at a time, with the counts per kind. Grouping, counting
 * and ordering happen in SQL (lib/tasks/today-query.ts), and the page's people are detailed in
 * the same statement: one round trip when the day's stored rows are up to date.
 */
export async function getTasks(user: SessionUser, input: unknown = {}, opts?: ServiceOptions): Promise<TasksPage> {
  assertCan(user, "contact:read");
  const f = parseInput(getTasksSchema, input ?? {});
  const today = todayFor(opts);
  const date = f.date ?? today;
  // The current day's rows are kept per county and brought up to date on the primary (ADR 0026).
  const db = opts?.db ?? (date === today ? prisma() : readDb());
  const { counts, rows } = await todayPage(db, date, todayWhere(user, f), f.kind, f.pageSize, (f.page - 1) * f.pageSize, { today });
  const items: PersonTasks[] = rows.map((r) => {
    const own = r.openTests;
    const sym = r.flags.symptomatic ? r.symCheck : null;
    const have = new Set(r.slotsToday);
    return {
      contactId: r.id,
      version: r.version,
      personName: personName(user, r.name),
      idTail: maskTail(r.idNumber, 4),
      phoneTail: maskTail(r.phone, 4),
      category: r.category as PersonTasks["category"],
      countyCode: r.countyCode,
      phase: r.phase as PersonTasks["phase"],
      siteId: r.siteId,
      siteName: r.siteName,
      assignedToId: r.assignedToId,
      assignedToName: r.assignedToName,
      releaseDate: fromDbDate(r.releaseDate),
      kinds: ITEM_KINDS.filter((k) => r.flags[k]),
      symptomatic: sym ? { date: sym.date, temperature: Number(sym.temperature), symptoms: sym.symptoms } : null,
      overdueTests: own
        .filter((t) => t.date < date)
        .map((t) => ({ date: t.date, phase: t.phase as PersonTasks["testsDue"][number]["phase"], doubleSample: t.doubleSample, pending: t.pending, daysOverdue: diffDays(date, t.date) })),
      testsDue: own.filter((t) => t.date === date).map((t) => ({ date: t.date, phase: t.phase as PersonTasks["testsDue"][number]["phase"], doubleSample: t.doubleSample, pending: t.pending })),
      releaseOverdueDays: r.flags.releaseOverdue ? diffDays(date, fromDbDate(r.releaseDate)) : 0,
      missingSlots: r.flags.healthChecks ? (["MORNING", "EVENING"] as const).filter((s) => !have.has(s)) : [],
      transferSince: r.flags.transfer && r.homeStart ? fromDbDate(r.homeStart) : null,
    };
  });
  const total = f.kind ? counts[f.kind] : counts.people;
  return { date, page: f.page, pageSize: f.pageSize, total, counts, items };
}
