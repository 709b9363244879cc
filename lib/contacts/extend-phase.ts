import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { compareDates, diffDays } from "@/lib/isolation/dates";
import { extendPhase as extendPlanPhase, PlanInputError, type IsolationPlan } from "@/lib/isolation/plan";
import { DEFAULT_POLICY, isolationPolicySchema, maxExtensionDaysOf } from "@/lib/isolation/policy";
import { toDbDate } from "@/lib/calendar";
import { AppError, refused, ruleViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/db";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { readContact } from "./get-contact";
import { lockContact } from "./lock-contact";
import { activePlan, planView, toEnginePlan } from "./plan-store";
import { extendPhaseSchema } from "./schemas";

function extended(plan: IsolationPlan, phase: IsolationPlan["phases"][number]["kind"], newEndDate: string): IsolationPlan {
  try {
    return extendPlanPhase(plan, phase, newEndDate);
  } catch (e) {
    if (!(e instanceof PlanInputError)) throw e;
    if (e.code === "SHORTENING_NOT_ALLOWED") {
      const current = plan.phases.find((p) => p.kind === phase)?.endDate ?? "";
      throw ruleViolation("extensionNotLonger", { endDate: current }, "newEndDate");
    }
    throw ruleViolation("phaseNotInPlan", { phase }, "phase");
  }
}

/** The extension bound of the policy the plan was computed with. */
async function maxExtensionDays(tx: Prisma.TransactionClient, policyVersion: string): Promise<number> {
  const row = await tx.policyVersion.findUnique({ where: { version: policyVersion }, select: { policy: true } });
  const parsed = row ? isolationPolicySchema.safeParse(row.policy) : null;
  return maxExtensionDaysOf(parsed?.success ? parsed.data : DEFAULT_POLICY);
}

/**
 * POST /api/v1/contacts/{id}/extend: a phase ends later (never earlier); later phases and
 * their tests move with it. The plan rows are updated in place and a PhaseExtension row keeps
 * the history and the reason.
 */
export async function extendPhase(user: SessionUser, contactId: string, input: unknown, opts?: ServiceOptions) {
  assertCan(user, "contact:write");
  const data = parseInput(extendPhaseSchema, input);
  const today = todayFor(opts);
  return inTransaction(opts, async (tx) => {
    const contact = await lockContact(tx, user, contactId, { bump: true, requireActive: true, expectedVersion: data.version });
    const row = await activePlan(tx, contact.id);
    if (!row) throw refused("noActivePlan");
    const before = toEnginePlan(row);
    const target = before.phases.find((p) => p.kind === data.phase);
    if (target && compareDates(target.endDate, today) < 0) {
      // Extending a phase that is already over would rewrite what happened.
      throw ruleViolation("phaseAlreadyEnded", { endDate: target.endDate }, "phase");
    }
    const max = target ? await maxExtensionDays(tx, row.policyVersion) : 0;
    if (target && diffDays(data.newEndDate, target.endDate) > max) {
      const values = { max, endDate: target.endDate };
      throw new AppError("RULE_VIOLATION", "errors.extensionTooLong", values, [{ path: "newEndDate", key: "errors.extensionTooLong", values }]);
    }
    const after = extended(before, data.phase, data.newEndDate);
    const shift = diffDays(data.newEndDate, target!.endDate);

    const phases = [...row.phases].sort((a, b) => a.seq - b.seq);
    for (const [i, p] of phases.entries()) {
      const next = after.phases[i]!;
      await tx.planPhase.update({ where: { id: p.id }, data: { startDate: toDbDate(next.startDate), endDate: toDbDate(next.endDate) } });
    }
    const laterKinds = new Set(phases.filter((p) => p.seq > (phases.find((q) => q.kind === data.phase)?.seq ?? 0)).map((p) => p.kind));
    for (const t of row.tests.filter((t) => laterKinds.has(t.phase))) {
      await tx.scheduledTest.update({ where: { id: t.id }, data: { date: new Date(t.date.getTime() + shift * 86_400_000) } });
    }
    await tx.isolationPlan.update({ where: { id: row.id }, data: { releaseDate: toDbDate(after.releaseDate) } });
    await tx.phaseExtension.create({
      data: {
        planId: row.id,
        phase: data.phase,
        previousEnd: toDbDate(target!.endDate),
        newEnd: toDbDate(data.newEndDate),
        reason: data.reason,
        createdById: user.id,
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "contact.extend_phase",
      entity: "Contact",
      entityId: contact.id,
      countyCode: contact.countyCode,
      before: planView(row),
      after: { ...after, reason: data.reason, phase: data.phase },
    });
    return readContact(tx, user, contact.id);
  });
}
