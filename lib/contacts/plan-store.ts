// Persisting plans: IsolationPlan + PlanPhase + ScheduledTest rows, and reading them back in
// the engine's shape so the pure operations (extend, merge) can run on them.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db";
import { bulkInsert } from "@/lib/db-bulk";
import type { IsolationPlan as PlanRow, PlanPhase, ScheduledTest } from "@/lib/generated/prisma/client";
import type { IsolationPlan } from "@/lib/isolation/plan";
import { fromDbDate, toDbDate } from "@/lib/calendar";

export type PlanWithRows = PlanRow & { phases: PlanPhase[]; tests: ScheduledTest[] };

export function toEnginePlan(row: PlanWithRows): IsolationPlan {
  return {
    category: row.category,
    phases: [...row.phases]
      .sort((a, b) => a.seq - b.seq)
      .map((p) => ({ kind: p.kind, startDate: fromDbDate(p.startDate), endDate: fromDbDate(p.endDate) })),
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

/**
 * Many new plans at once, one insert per table (an import registers thousands of contacts in
 * one transaction); the same rows as savePlan. Answers each plan's view, in order.
 */
export async function savePlans(
  tx: Prisma.TransactionClient,
  items: { contactId: string; plan: IsolationPlan }[],
  policyVersion: string,
): Promise<PlanView[]> {
  const plans = items.map(({ contactId, plan }) => ({ id: randomUUID(), contactId, plan }));
  await bulkInsert(
    tx,
    "IsolationPlan",
    { id: "uuid", contactId: "uuid", category: { enum: "ContactCategory" }, policyVersion: "text", releaseDate: "date", active: "bool" },
    plans.map(({ id, contactId, plan }) => ({ id, contactId, category: plan.category, policyVersion, releaseDate: plan.releaseDate, active: true })),
  );
  await bulkInsert(
    tx,
    "PlanPhase",
    { id: "uuid", planId: "uuid", seq: "int", kind: { enum: "PhaseKind" }, startDate: "date", endDate: "date" },
    plans.flatMap(({ id, plan }) => plan.phases.map((p, seq) => ({ id: randomUUID(), planId: id, seq, kind: p.kind, startDate: p.startDate, endDate: p.endDate }))),
  );
  await bulkInsert(
    tx,
    "ScheduledTest",
    { id: "uuid", planId: "uuid", date: "date", phase: { enum: "PhaseKind" }, doubleSample: "bool" },
    plans.flatMap(({ id, plan }) => plan.tests.map((t) => ({ id: randomUUID(), planId: id, date: t.date, phase: t.phase, doubleSample: t.doubleSample }))),
  );
  return plans.map(({ plan }) => ({
    category: plan.category,
    phases: plan.phases.map((p) => ({ kind: p.kind, startDate: p.startDate, endDate: p.endDate })),
    tests: plan.tests.map((t) => ({ date: t.date, phase: t.phase, doubleSample: t.doubleSample })),
    releaseDate: plan.releaseDate,
    policyVersion,
    active: true,
  }));
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
