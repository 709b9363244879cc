// Persisting plans: IsolationPlan + PlanPhase + ScheduledTest rows, and reading them back in
// the engine's shape so the pure operations (extend, merge) can run on them.
import type { Prisma } from "@/lib/db";
import type { IsolationPlan as PlanRow, PlanPhase, ScheduledTest } from "@/lib/generated/prisma/client";
import type { IsolationPlan, PlannedPhase } from "@/lib/isolation/plan";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { insertPlans } from "./batch-insert";

export type PlanWithRows = PlanRow & { phases: PlanPhase[]; tests: ScheduledTest[] };

/** A stored phase in the engine's shape. */
export const plannedPhase = (p: PlanPhase): PlannedPhase => ({ kind: p.kind, startDate: fromDbDate(p.startDate), endDate: fromDbDate(p.endDate) });

export function toEnginePlan(row: PlanWithRows): IsolationPlan {
  return {
    category: row.category,
    phases: [...row.phases].sort((a, b) => a.seq - b.seq).map(plannedPhase),
    tests: [...row.tests]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((t) => ({ date: fromDbDate(t.date), phase: t.phase, doubleSample: t.doubleSample })),
    releaseDate: fromDbDate(row.releaseDate),
  };
}

/** The plan as answered by the API: the engine's shape plus the policy version used. */
export function planView(row: PlanWithRows) {
  return { ...toEnginePlan(row), policyVersion: row.policyVersion, active: row.active };
}
export type PlanView = ReturnType<typeof planView>;

export async function savePlan(
  tx: Prisma.TransactionClient,
  contactId: string,
  plan: IsolationPlan,
  policyVersion: string,
): Promise<PlanWithRows> {
  return tx.isolationPlan.create({
    data: {
      contactId,
      category: plan.category,
      policyVersion,
      releaseDate: toDbDate(plan.releaseDate),
      active: true,
      phases: {
        create: plan.phases.map((p, seq) => ({ seq, kind: p.kind, startDate: toDbDate(p.startDate), endDate: toDbDate(p.endDate) })),
      },
      tests: { create: plan.tests.map((t) => ({ date: toDbDate(t.date), phase: t.phase, doubleSample: t.doubleSample })) },
    },
    include: { phases: true, tests: true },
  });
}

export async function activePlan(tx: Prisma.TransactionClient, contactId: string): Promise<PlanWithRows | null> {
  return tx.isolationPlan.findFirst({
    where: { contactId, active: true },
    orderBy: { createdAt: "desc" },
    include: { phases: true, tests: true },
  });
}

/** Supersedes the running plan (kept as history) with a new one. */
export async function replacePlan(
  tx: Prisma.TransactionClient,
  contactId: string,
  plan: IsolationPlan,
  policyVersion: string,
): Promise<PlanWithRows> {
  await tx.isolationPlan.updateMany({ where: { contactId, active: true }, data: { active: false } });
  return savePlan(tx, contactId, plan, policyVersion);
}

/**
 * Saves many new plans in three statements (plans, phases, tests) instead of three per plan
 * (docs/decisions/0025-set-based-registration.md). Answers each plan as planView would read it back.
 */
export async function savePlans(
  tx: Prisma.TransactionClient,
  items: { contactId: string; plan: IsolationPlan }[],
  policyVersion: string,
): Promise<PlanView[]> {
  await insertPlans(tx, items.map((item) => ({ id: crypto.randomUUID(), ...item })), policyVersion);
  // The engine's plans are in date order already (what toEnginePlan sorts the rows into).
  return items.map(({ plan }) => ({
    category: plan.category,
    phases: plan.phases.map((p) => ({ kind: p.kind, startDate: p.startDate, endDate: p.endDate })),
    tests: plan.tests.map((t) => ({ date: t.date, phase: t.phase, doubleSample: t.doubleSample })),
    releaseDate: plan.releaseDate,
    policyVersion,
    active: true,
  }));
}
