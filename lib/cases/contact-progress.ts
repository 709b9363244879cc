import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { toEnginePlan } from "@/lib/contacts/plan-store";
import { fromDbDate } from "@/lib/calendar";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { planProgress, type PlanProgress } from "./plan-progress";

/** The current phase and next owed test of each ACTIVE contact, for lists such as a case's contacts. */
export async function contactProgress(
  user: SessionUser,
  contactIds: string[],
  today: string,
  opts?: ServiceOptions,
): Promise<Map<string, PlanProgress>> {
  assertCan(user, "contact:read");
  if (contactIds.length === 0) return new Map();
  const db = dbFor(opts);
  const contact = { id: { in: contactIds }, status: "ACTIVE" as const, ...countyScope(user) };
  const [plans, results] = await Promise.all([
    db.isolationPlan.findMany({ where: { active: true, contact }, include: { phases: true, tests: true } }),
    db.testResult.findMany({ where: { contact }, select: { contactId: true, sampleDate: true, result: true } }),
  ]);
  const answered = new Map<string, Set<string>>();
  const pending = new Map<string, Set<string>>();
  for (const r of results) {
    const into = r.result === "PENDING" ? pending : answered;
    const set = into.get(r.contactId) ?? new Set<string>();
    set.add(fromDbDate(r.sampleDate));
    into.set(r.contactId, set);
  }
  const none = new Set<string>();
  return new Map(
    plans.map((p) => [p.contactId, planProgress(toEnginePlan(p), today, answered.get(p.contactId) ?? none, pending.get(p.contactId) ?? none)]),
  );
}
