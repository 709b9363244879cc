// One person, one plan (docs/domain.md "Identity and privacy"): a second registration of a
// person under a running plan does not start a parallel plan. It is kept as a MERGED contact
// row (what was registered, and by which county), and the running plan absorbs it.
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import type { Contact, ContactCategory } from "@/lib/generated/prisma/client";
import { compareDates, maxDate } from "@/lib/isolation/dates";
import { CATEGORY_RANK, combinePlans, type IsolationPlan } from "@/lib/isolation/plan";
import { currentPolicy } from "@/lib/policy/current-policy";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { refused } from "@/lib/errors";
import { activePlan, planView, replacePlan, toEnginePlan, type PlanWithRows } from "./plan-store";

export interface IncomingExposure {
  category: ContactCategory;
  lastExposureDate: string;
  plan: IsolationPlan;
  sourceCaseId: string | null;
  sourceContactId: string | null;
}

/**
 * The running contact `target` (locked by the caller, ACTIVE) absorbs `incoming`: its plan
 * becomes combinePlans(running, incoming); a stricter category upgrades it (with the new
 * source, the previous category kept); its last exposure moves to the later one of its
 * category. Returns the new plan.
 */
export async function absorbExposure(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  target: Contact,
  incoming: IncomingExposure,
  audit: { mergedContactId: string; countyCode: string },
): Promise<PlanWithRows> {
  if (target.status !== "ACTIVE") throw refused("contactNotActive", { status: target.status });
  const running = await activePlan(tx, target.id);
  if (!running) throw refused("noActivePlan");
  const previous = toEnginePlan(running);
  const targetExposure = fromDbDate(target.lastExposureDate);
  const combined = combinePlans({ plan: previous, lastExposureDate: targetExposure }, { plan: incoming.plan, lastExposureDate: incoming.lastExposureDate });
  const policy = await currentPolicy(tx);
  const saved = await replacePlan(tx, target.id, combined, policy.version);

  const rankIn = CATEGORY_RANK[incoming.category];
  const rankRunning = CATEGORY_RANK[target.category];
  const data: Prisma.ContactUpdateInput = { version: { increment: 1 } };
  if (rankIn > rankRunning) {
    Object.assign(data, {
      category: incoming.category,
      previousCategory: target.category,
      lastExposureDate: toDbDate(incoming.lastExposureDate),
      sourceCase: incoming.sourceCaseId ? { connect: { id: incoming.sourceCaseId } } : undefined,
      sourceContact: incoming.sourceContactId ? { connect: { id: incoming.sourceContactId } } : undefined,
    });
  } else if (rankIn === rankRunning && compareDates(incoming.lastExposureDate, targetExposure) > 0) {
    data.lastExposureDate = toDbDate(maxDate(incoming.lastExposureDate, targetExposure));
  }
  await tx.contact.update({ where: { id: target.id }, data });
  await recordAudit(tx, {
    actor: user,
    action: "contact.absorb_exposure",
    entity: "Contact",
    entityId: target.id,
    countyCode: target.countyCode,
    before: { category: target.category, lastExposureDate: targetExposure, plan: planView(running) },
    after: {
      category: rankIn > rankRunning ? incoming.category : target.category,
      mergedContactId: audit.mergedContactId,
      mergedFromCounty: audit.countyCode,
      plan: planView(saved),
    },
  });
  return saved;
}

/**
 * An existing ACTIVE contact `from` found to be the same person as the ACTIVE contact `into`
 * (a duplicate in one county, or a 协查 answered "same person"): `into` absorbs `from`'s plan,
 * `from`'s results and health checks move to `into` (a health check `into` already has for the
 * same date and slot stays where it was), `from` leaves its site and is MERGED into `into`.
 * Both rows are locked by the caller.
 */
export async function mergeContactInto(tx: Prisma.TransactionClient, user: SessionUser, from: Contact, into: Contact, today: string): Promise<PlanWithRows> {
  if (from.status !== "ACTIVE") throw refused("contactNotActive", { status: from.status });
  const fromPlan = await activePlan(tx, from.id);
  const plan = fromPlan
    ? await absorbExposure(
        tx,
        user,
        into,
        { category: from.category, lastExposureDate: fromDbDate(from.lastExposureDate), plan: toEnginePlan(fromPlan), sourceCaseId: from.sourceCaseId, sourceContactId: from.sourceContactId },
        { mergedContactId: from.id, countyCode: from.countyCode },
      )
    : (await activePlan(tx, into.id))!;
  await tx.testResult.updateMany({ where: { contactId: from.id }, data: { contactId: into.id } });
  const taken = await tx.healthCheck.findMany({ where: { contactId: into.id }, select: { date: true, slot: true } });
  const takenKeys = new Set(taken.map((h) => `${fromDbDate(h.date)}|${h.slot}`));
  const movable = (await tx.healthCheck.findMany({ where: { contactId: from.id }, select: { id: true, date: true, slot: true } })).filter(
    (h) => !takenKeys.has(`${fromDbDate(h.date)}|${h.slot}`),
  );
  if (movable.length) await tx.healthCheck.updateMany({ where: { id: { in: movable.map((h) => h.id) } }, data: { contactId: into.id } });
  await tx.isolationPlan.updateMany({ where: { contactId: from.id, active: true }, data: { active: false } });
  await tx.contact.update({
    where: { id: from.id },
    data: { status: "MERGED", statusDate: toDbDate(today), mergedIntoId: into.id, siteId: null, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actor: user,
    action: "contact.merge",
    entity: "Contact",
    entityId: from.id,
    countyCode: from.countyCode,
    before: { status: from.status, siteId: from.siteId },
    after: { status: "MERGED", mergedIntoId: into.id, movedHealthChecks: movable.length },
  });
  return plan;
}
