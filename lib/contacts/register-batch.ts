// Shared by registerContacts (of a case) and registerSecondaryContacts (of a close contact):
// every row is checked — including against the database and against the people this county
// already holds (docs/domain.md "Identity and privacy") — before the first row is written.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/user";
import { openAssists, type OpenedAssist } from "@/lib/assists/open-assist";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { bulkInsert } from "@/lib/db-bulk";
import { lockContactRow, lockIdentities } from "@/lib/db-locks";
import { AppError, validationError, type FieldIssue } from "@/lib/errors";
import type { Contact, Person } from "@/lib/generated/prisma/client";
import { planIsolation, PlanInputError, type IsolationPlan } from "@/lib/isolation/plan";
import { identityKeyOf } from "@/lib/persons/identity";
import { findMatches, publicMatch, type PersonMatch } from "@/lib/persons/match";
import { resolveRow, type Resolution } from "@/lib/persons/resolve-match";
import { completePerson, personData } from "@/lib/persons/save-person";
import { currentPolicy } from "@/lib/policy/current-policy";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { toDbDate } from "@/lib/calendar";
import { absorbExposure } from "./merge-into";
import { planView, savePlans, type PlanView } from "./plan-store";
import type { ContactRow } from "./schemas";
import { matchesError, rowMatches, type RowMatches } from "./row-matches";

export type BatchSource =
  | { kind: "CASE"; id: string; countyCode: string; personId: string; classification: "CONFIRMED" | "ASYMPTOMATIC"; confirmedDate: string }
  | { kind: "CONTACT"; id: string; countyCode: string; personId: string; identifiedDate: string };

export interface RegisteredContact {
  id: string;
  personId: string;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  /** ACTIVE: runs its own plan; MERGED: absorbed by the person's running plan. */
  status: "ACTIVE" | "MERGED";
  countyCode: string;
  /** MERGED: the contact whose plan now covers this exposure too. */
  mergedIntoContactId?: string;
  /** The person's one running plan. */
  plan: PlanView;
  /** What was found for the row (another county only by its code). */
  matches: ReturnType<typeof publicMatch>[];
  /** 协查 requests this registration opened, one per county that manages the person. */
  assistRequests: OpenedAssist[];
}

const PLAN_ERROR_KEYS: Record<string, string> = {
  IDENTIFIED_BEFORE_EXPOSURE: "registry.errors.identifiedBeforeExposure",
  INVALID_DATE: "errors.invalidDate",
};

interface Checked {
  issues: FieldIssue[];
  plans: IsolationPlan[];
  matches: PersonMatch[][];
  resolutions: Resolution[];
}

async function checkRows(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  source: BatchSource,
  rows: ContactRow[],
  policy: Awaited<ReturnType<typeof currentPolicy>>,
): Promise<Checked> {
  const issues: FieldIssue[] = [];
  const plans: IsolationPlan[] = [];
  const counties = new Map<string, FieldIssue | null>();
  for (const [i, row] of rows.entries()) {
    const countyCode = row.countyCode ?? source.countyCode;
    if (!counties.has(countyCode)) counties.set(countyCode, await countyIssue(tx, user, countyCode, ""));
    const issue = counties.get(countyCode);
    if (issue) issues.push({ ...issue, path: `contacts.${i}.countyCode` });
    try {
      plans.push(planIsolation({ category: row.category, lastExposureDate: row.lastExposureDate, identifiedDate: row.identifiedDate, policy }));
    } catch (e) {
      if (!(e instanceof PlanInputError)) throw e;
      issues.push({ path: `contacts.${i}.${e.field}`, key: PLAN_ERROR_KEYS[e.code] ?? "errors.invalidValue" });
    }
  }
  if (issues.length) return { issues, plans, matches: [], resolutions: [] };

  // Matches are looked up per county; a county's documents are locked first so a concurrent
  // registration of the same new person waits and then finds this one's record.
  const matches: PersonMatch[][] = new Array(rows.length);
  const byCounty = new Map<string, number[]>();
  rows.forEach((row, i) => byCounty.set(row.countyCode ?? source.countyCode, [...(byCounty.get(row.countyCode ?? source.countyCode) ?? []), i]));
  for (const [countyCode, indexes] of [...byCounty].sort(([a], [b]) => a.localeCompare(b))) {
    const keys = indexes.map((i) => identityKeyOf(rows[i]!.idType, rows[i]!.idNumber)).filter((k): k is string => k !== null);
    await lockIdentities(tx, countyCode, keys);
    const found = await findMatches(tx, countyCode, indexes.map((i) => rows[i]!));
    indexes.forEach((rowIndex, j) => (matches[rowIndex] = found[j] ?? []));
  }

  const resolutions = rows.map((row, i) => resolveRow(matches[i]!, row, "CONTACT"));
  const firstRowOfPerson = new Map<string, number>();
  resolutions.forEach((r, i) => {
    const personId = r.action === "USE" || r.action === "MERGE" ? r.personId : undefined;
    if (!personId) return;
    const field = rows[i]!.personId ? "personId" : "idNumber";
    if (personId === source.personId) issues.push({ path: `contacts.${i}.${field}`, key: "registry.errors.contactIsSource", values: { row: i + 1 } });
    const first = firstRowOfPerson.get(personId);
    if (first === undefined) firstRowOfPerson.set(personId, i);
    else issues.push({ path: `contacts.${i}.${field}`, key: "registry.errors.duplicateInBatch", values: { row: i + 1, otherRow: first + 1 } });
  });
  return { issues, plans, matches, resolutions };
}

/** Refusals first (nothing the user can decide makes them valid), then undecided matches. */
function refuseUnresolved(rows: ContactRow[], checked: Checked): void {
  const all: RowMatches[] = rowMatches("contacts", checked.matches, checked.resolutions);
  const refusals = checked.resolutions.flatMap((r, i) => (r.action === "REFUSE" ? [{ r, i }] : []));
  if (refusals.length) {
    const first = refusals[0]!.r;
    const fields = refusals.map(({ r, i }) => ({ path: `contacts.${i}.${r.field}`, key: r.key, values: { ...r.values, row: i + 1 } }));
    throw new AppError(first.code, first.key, { ...first.values, row: refusals[0]!.i + 1 }, fields, { matches: all });
  }
  if (checked.resolutions.some((r) => r.action === "ASK")) throw matchesError(all, rows.length);
}

async function saveMerge(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  source: BatchSource,
  row: ContactRow,
  plan: IsolationPlan,
  person: Person,
  targetId: string,
  today: string,
): Promise<{ contact: Contact; planView: PlanView }> {
  await lockContactRow(tx, targetId);
  const target = await tx.contact.findUniqueOrThrow({ where: { id: targetId } });
  const contact = await tx.contact.create({
    data: {
      ...registrationData(source, row, person),
      status: "MERGED",
      statusDate: toDbDate(today),
      mergedIntoId: target.id,
    },
  });
  const saved = await absorbExposure(
    tx,
    user,
    target,
    {
      category: row.category,
      lastExposureDate: row.lastExposureDate,
      plan,
      sourceCaseId: contact.sourceCaseId,
      sourceContactId: contact.sourceContactId,
    },
    { mergedContactId: contact.id, countyCode: contact.countyCode },
  );
  return { contact, planView: planView(saved) };
}

function registrationData(source: BatchSource, row: ContactRow, person: Person) {
  return {
    personId: person.id,
    category: row.category,
    sourceCaseId: source.kind === "CASE" ? source.id : null,
    sourceContactId: source.kind === "CONTACT" ? source.id : null,
    countyCode: person.countyCode,
    exposureSetting: row.exposureSetting ?? null,
    exposureNote: row.exposureNote ?? null,
    lastExposureDate: toDbDate(row.lastExposureDate),
    identifiedDate: toDbDate(row.identifiedDate),
    // General contacts get their risk notice at intake (docs/domain.md).
    riskNoticeDate: row.category === "GENERAL" ? toDbDate(row.identifiedDate) : null,
  };
}

export async function registerBatch(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  source: BatchSource,
  rows: ContactRow[],
  today: string,
): Promise<RegisteredContact[]> {
  const policy = await currentPolicy(tx);
  const checked = await checkRows(tx, user, source, rows, policy);
  if (checked.issues.length > 0) throw validationError(checked.issues);
  refuseUnresolved(rows, checked);

  // Set-based: one insert per table for the whole batch (an import registers thousands of rows
  // in this one transaction; docs/decisions/0017-import-pipeline.md). Merges stay row by row.
  const out: RegisteredContact[] = new Array(rows.length);
  const persons = await savePersons(tx, rows, checked.resolutions, source.countyCode);
  const fresh: number[] = [];
  for (const [i, row] of rows.entries()) {
    const resolution = checked.resolutions[i]!;
    const person = persons[i]!;
    if (resolution.action !== "MERGE") {
      fresh.push(i);
      continue;
    }
    const merged = await saveMerge(tx, user, source, row, checked.plans[i]!, person, resolution.contactId, today);
    await auditCreate(tx, user, merged.contact, row, merged.planView);
    out[i] = {
      id: merged.contact.id,
      personId: person.id,
      category: row.category,
      status: "MERGED",
      countyCode: person.countyCode,
      mergedIntoContactId: resolution.contactId,
      plan: merged.planView,
      matches: checked.matches[i]!.map(publicMatch),
      assistRequests: [],
    };
  }

  const contacts = fresh.map((i) => ({ id: randomUUID(), ...registrationData(source, rows[i]!, persons[i]!) }));
  await bulkInsert(
    tx,
    "Contact",
    {
      id: "uuid",
      personId: "uuid",
      category: { enum: "ContactCategory" },
      sourceCaseId: "uuid",
      sourceContactId: "uuid",
      countyCode: "text",
      exposureSetting: { enum: "ExposureSetting" },
      exposureNote: "text",
      lastExposureDate: "date",
      identifiedDate: "date",
      riskNoticeDate: "date",
    },
    contacts,
    ["updatedAt"],
  );
  const views = await savePlans(
    tx,
    fresh.map((i, k) => ({ contactId: contacts[k]!.id, plan: checked.plans[i]! })),
    policy.version,
  );
  await recordAudits(
    tx,
    fresh.map((i, k) => createAudit(user, { ...contacts[k]!, status: "ACTIVE", mergedIntoId: null }, rows[i]!, views[k]!)),
  );
  for (const [k, i] of fresh.entries()) {
    const row = rows[i]!;
    const contact = contacts[k]!;
    const person = persons[i]!;
    const matches = checked.matches[i]!;
    // Only rows another county manages open a 协查; the others do not query.
    const assistRequests = await openAssists(
      tx,
      user,
      {
        fromPersonId: person.id,
        fromCountyCode: person.countyCode,
        fromContactId: contact.id,
        category: row.category,
        lastExposureDate: row.lastExposureDate,
        identifiedDate: row.identifiedDate,
        exposureSetting: row.exposureSetting ?? null,
        ...(source.kind === "CASE"
          ? { sourceKind: source.classification, sourceDate: source.confirmedDate }
          : { sourceKind: "CLOSE_CONTACT" as const, sourceDate: source.identifiedDate }),
      },
      matches,
    );
    out[i] = {
      id: contact.id,
      personId: person.id,
      category: row.category,
      status: "ACTIVE",
      countyCode: contact.countyCode,
      plan: views[k]!,
      matches: matches.map(publicMatch),
      assistRequests,
    };
  }
  return out;
}


/** Each row's person: new records inserted at once, this county's existing ones completed. */
async function savePersons(
  tx: Prisma.TransactionClient,
  rows: ContactRow[],
  resolutions: Resolution[],
  defaultCounty: string,
): Promise<Person[]> {
  const existingIds = resolutions.flatMap((r) => (r.action === "USE" || r.action === "MERGE" ? [r.personId] : []));
  const existing = new Map((existingIds.length ? await tx.person.findMany({ where: { id: { in: existingIds } } }) : []).map((p) => [p.id, p]));
  const out: Person[] = new Array(rows.length);
  const created: { i: number; data: ReturnType<typeof personData> & { id: string } }[] = [];
  for (const [i, row] of rows.entries()) {
    const r = resolutions[i]!;
    if (r.action === "CREATE") created.push({ i, data: { id: randomUUID(), ...personData(row.countyCode ?? defaultCounty, row) } });
    else if (r.action === "USE" || r.action === "MERGE") out[i] = await completePerson(tx, existing.get(r.personId)!, row);
    else throw new Error(`unresolved row ${i}`); // refuseUnresolved threw for REFUSE and ASK
  }
  await bulkInsert(
    tx,
    "Person",
    {
      id: "uuid",
      countyCode: "text",
      name: "text",
      sex: { enum: "Sex" },
      birthDate: "date",
      idType: { enum: "IdType" },
      idNumber: "text",
      identityKey: "text",
      phone: "text",
      address: "text",
    },
    created.map((c) => c.data),
    ["updatedAt"],
  );
  const now = new Date();
  for (const c of created) out[c.i] = { ...c.data, mergedIntoId: null, createdAt: now, updatedAt: now };
  return out;
}

async function auditCreate(tx: Prisma.TransactionClient, user: SessionUser, contact: Contact, row: ContactRow, plan: PlanView): Promise<void> {
  await recordAudit(tx, createAudit(user, contact, row, plan));
}

type AuditedContact = Pick<Contact, "id" | "personId" | "category" | "status" | "mergedIntoId" | "sourceCaseId" | "sourceContactId" | "countyCode">;

function createAudit(user: SessionUser, contact: AuditedContact, row: ContactRow, plan: PlanView) {
  return {
    actor: user,
    action: "contact.create",
    entity: "Contact",
    entityId: contact.id,
    countyCode: contact.countyCode,
    after: {
      personId: contact.personId,
      category: contact.category,
      status: contact.status,
      mergedIntoId: contact.mergedIntoId,
      sourceCaseId: contact.sourceCaseId,
      sourceContactId: contact.sourceContactId,
      lastExposureDate: row.lastExposureDate,
      identifiedDate: row.identifiedDate,
      plan,
    },
  };
}
