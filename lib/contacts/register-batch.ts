// Shared by registerContacts (of a case) and registerSecondaryContacts (of a close contact):
// every row is checked — including against the database — before the first row is written.
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { type FieldIssue, validationError } from "@/lib/errors";
import { planIsolation, PlanInputError, type IsolationPlan } from "@/lib/isolation/plan";
import { findOrCreatePerson, findPerson } from "@/lib/persons/find-or-create-person";
import { currentPolicy } from "@/lib/policy/current-policy";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { toDbDate } from "@/lib/calendar";
import { planView, savePlan, type PlanView } from "./plan-store";
import type { ContactRow } from "./schemas";

export type BatchSource =
  | { kind: "CASE"; id: string; countyCode: string; personId: string }
  | { kind: "CONTACT"; id: string; countyCode: string; personId: string };

export interface RegisteredContact {
  id: string;
  personId: string;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  countyCode: string;
  plan: PlanView;
}

const PLAN_ERROR_KEYS: Record<string, string> = {
  IDENTIFIED_BEFORE_EXPOSURE: "registry.errors.identifiedBeforeExposure",
  INVALID_DATE: "errors.invalidDate",
};

async function checkRows(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  source: BatchSource,
  rows: ContactRow[],
  policy: Awaited<ReturnType<typeof currentPolicy>>,
): Promise<{ issues: FieldIssue[]; plans: IsolationPlan[] }> {
  const issues: FieldIssue[] = [];
  const plans: IsolationPlan[] = [];
  const counties = new Map<string, FieldIssue | null>();
  for (const [i, row] of rows.entries()) {
    const at = (field: string) => `contacts.${i}.${field}`;
    if (row.countyCode) {
      if (!counties.has(row.countyCode)) counties.set(row.countyCode, await countyIssue(tx, user, row.countyCode, ""));
      const issue = counties.get(row.countyCode);
      if (issue) issues.push({ ...issue, path: at("countyCode") });
    }
    const person = await findPerson(tx, row);
    if (person) {
      const field = row.idNumber ? "idNumber" : "phone";
      if (person.id === source.personId) issues.push({ path: at(field), key: "registry.errors.contactIsSource", values: { row: i + 1 } });
      const sourceWhere = source.kind === "CASE" ? { sourceCaseId: source.id } : { sourceContactId: source.id };
      const earlier = await tx.contact.findFirst({ where: { personId: person.id, ...sourceWhere }, select: { id: true } });
      if (earlier) {
        issues.push({ path: at(field), key: "registry.errors.alreadyContactOfSource", values: { row: i + 1, contactId: earlier.id } });
      }
    }
    try {
      const plan = planIsolation({ category: row.category, lastExposureDate: row.lastExposureDate, identifiedDate: row.identifiedDate, policy });
      plans.push(plan);
    } catch (e) {
      if (!(e instanceof PlanInputError)) throw e;
      issues.push({ path: at(e.field), key: PLAN_ERROR_KEYS[e.code] ?? "errors.invalidValue" });
    }
  }
  return { issues, plans };
}

export async function registerBatch(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  source: BatchSource,
  rows: ContactRow[],
): Promise<RegisteredContact[]> {
  const policy = await currentPolicy(tx);
  const { issues, plans } = await checkRows(tx, user, source, rows, policy);
  if (issues.length > 0) throw validationError(issues);

  const out: RegisteredContact[] = [];
  for (const [i, row] of rows.entries()) {
    const plan = plans[i]!;
    const { person } = await findOrCreatePerson(tx, row);
    const contact = await tx.contact.create({
      data: {
        personId: person.id,
        category: row.category,
        sourceCaseId: source.kind === "CASE" ? source.id : null,
        sourceContactId: source.kind === "CONTACT" ? source.id : null,
        countyCode: row.countyCode ?? source.countyCode,
        exposureSetting: row.exposureSetting ?? null,
        exposureNote: row.exposureNote ?? null,
        lastExposureDate: toDbDate(row.lastExposureDate),
        identifiedDate: toDbDate(row.identifiedDate),
        // General contacts get their risk notice at intake (DESIGN.md §1).
        riskNoticeDate: row.category === "GENERAL" ? toDbDate(row.identifiedDate) : null,
      },
    });
    const saved = await savePlan(tx, contact.id, plan, policy.version);
    const view = planView(saved);
    out.push({ id: contact.id, personId: person.id, category: contact.category, countyCode: contact.countyCode, plan: view });
    await recordAudit(tx, {
      actor: user,
      action: "contact.create",
      entity: "Contact",
      entityId: contact.id,
      countyCode: contact.countyCode,
      after: {
        personId: person.id,
        category: contact.category,
        sourceCaseId: contact.sourceCaseId,
        sourceContactId: contact.sourceContactId,
        lastExposureDate: row.lastExposureDate,
        identifiedDate: row.identifiedDate,
        plan: view,
      },
    });
  }
  return out;
}
