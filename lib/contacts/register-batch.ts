// Shared by registerContacts (of a case) and registerSecondaryContacts (of a close contact):
// every row is checked — including against the database and against the people this county
// already holds (docs/domain.md "Identity and privacy") — before the first row is written.
// Writes are set-based: one statement per table for the whole batch, whatever its size
// (docs/decisions/0025-set-based-registration.md); only the rare rows that meet someone
// already known (a running plan to merge into, a record to complete, another county to ask)
// take statements of their own.
import type { SessionUser } from "@/lib/auth/user";
import { openAssists, type OpenedAssist } from "@/lib/assists/open-assist";
import { recordAudit, recordAudits, type AuditInput } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import { lockContactRow } from "@/lib/db-locks";
import { validationError } from "@/lib/errors";
import type { Person } from "@/lib/generated/prisma/client";
import type { IsolationPlan } from "@/lib/isolation/plan";
import { publicMatch } from "@/lib/persons/match";
import type { Resolution } from "@/lib/persons/resolve-match";
import { completePerson, newPersonData } from "@/lib/persons/save-person";
import { currentPolicy } from "@/lib/policy/current-policy";
import { toDbDate } from "@/lib/calendar";
import { insertContacts, insertPersons } from "./batch-insert";
import { checkBatchSites } from "./batch-sites";
import { checkRows, countyOfRow, refuseUnresolved, type BatchSource } from "./batch-checks";
import { absorbExposure } from "./merge-into";
import { planView, savePlans, type PlanView } from "./plan-store";
import type { ContactRow } from "./schemas";

export type { BatchSource } from "./batch-checks";

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

interface ContactData {
  id: string;
  personId: string;
  category: ContactRow["category"];
  sourceCaseId: string | null;
  sourceContactId: string | null;
  countyCode: string;
  exposureSetting: NonNullable<ContactRow["exposureSetting"]> | null;
  exposureNote: string | null;
  lastExposureDate: Date;
  identifiedDate: Date;
  riskNoticeDate: Date | null;
  siteId: string | null;
}

function registrationData(source: BatchSource, row: ContactRow, personId: string, countyCode: string, withSite: boolean): ContactData {
  return {
    id: crypto.randomUUID(),
    personId,
    category: row.category,
    sourceCaseId: source.kind === "CASE" ? source.id : null,
    sourceContactId: source.kind === "CONTACT" ? source.id : null,
    countyCode,
    exposureSetting: row.exposureSetting ?? null,
    exposureNote: row.exposureNote ?? null,
    lastExposureDate: toDbDate(row.lastExposureDate),
    identifiedDate: toDbDate(row.identifiedDate),
    // General contacts get their risk notice at intake (docs/domain.md).
    riskNoticeDate: row.category === "GENERAL" ? toDbDate(row.identifiedDate) : null,
    siteId: withSite ? (row.siteId ?? null) : null,
  };
}

function createAudit(user: SessionUser, c: ContactData, status: "ACTIVE" | "MERGED", mergedIntoId: string | null, row: ContactRow, plan: PlanView): AuditInput {
  return {
    actor: user,
    action: "contact.register",
    entity: "Contact",
    entityId: c.id,
    countyCode: c.countyCode,
    after: {
      personId: c.personId,
      category: c.category,
      status,
      mergedIntoId,
      sourceCaseId: c.sourceCaseId,
      sourceContactId: c.sourceContactId,
      lastExposureDate: row.lastExposureDate,
      identifiedDate: row.identifiedDate,
      ...(c.siteId ? { siteId: c.siteId } : {}),
      plan,
    },
  };
}

/** This batch's persons: new records in one statement, known ones completed where they lack something. */
async function personsOf(tx: Prisma.TransactionClient, source: BatchSource, rows: ContactRow[], resolutions: Resolution[]): Promise<Pick<Person, "id" | "countyCode">[]> {
  const out: Pick<Person, "id" | "countyCode">[] = new Array(rows.length);
  const created = rows.flatMap((row, i) => (resolutions[i]!.action === "CREATE" ? [{ i, data: { id: crypto.randomUUID(), ...newPersonData(countyOfRow(source, row), row) } }] : []));
  await insertPersons(tx, created.map((c) => c.data));
  for (const c of created) out[c.i] = { id: c.data.id, countyCode: c.data.countyCode };
  const knownIds = resolutions.flatMap((r) => (r.action === "USE" || r.action === "MERGE" ? [r.personId] : []));
  if (knownIds.length) {
    const known = new Map((await tx.person.findMany({ where: { id: { in: knownIds } } })).map((p) => [p.id, p]));
    for (const [i, r] of resolutions.entries()) {
      if (r.action !== "USE" && r.action !== "MERGE") continue;
      const person = await completePerson(tx, known.get(r.personId)!, rows[i]!);
      out[i] = { id: person.id, countyCode: person.countyCode };
    }
  }
  return out;
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
  const { resolutions, matches, plans } = checked;
  await checkBatchSites(
    tx,
    user,
    rows.map((row, i) => {
      const r = resolutions[i]!;
      return { siteId: row.siteId, countyCode: countyOfRow(source, row), ...(r.action === "MERGE" ? { runningContactId: r.contactId } : {}) };
    }),
  );

  const persons = await personsOf(tx, source, rows, resolutions);
  const out: RegisteredContact[] = new Array(rows.length);
  const fresh = rows.flatMap((row, i) => (resolutions[i]!.action === "MERGE" ? [] : [{ i, row, data: registrationData(source, row, persons[i]!.id, persons[i]!.countyCode, true) }]));
  await insertContacts(tx, fresh.map((f) => f.data));
  const views = await savePlans(tx, fresh.map((f) => ({ contactId: f.data.id, plan: plans[f.i]! })), policy.version);
  await recordAudits(tx, fresh.map((f, j) => createAudit(user, f.data, "ACTIVE", null, f.row, views[j]!)));
  for (const [j, { i, row, data }] of fresh.entries()) {
    const rowMatches = matches[i]!;
    const assistRequests = rowMatches.some((m) => m.kind === "OTHER_COUNTY")
      ? await openAssists(
          tx,
          user,
          {
            fromPersonId: data.personId,
            fromCountyCode: data.countyCode,
            fromContactId: data.id,
            category: row.category,
            lastExposureDate: row.lastExposureDate,
            identifiedDate: row.identifiedDate,
            exposureSetting: row.exposureSetting ?? null,
            ...(source.kind === "CASE"
              ? { sourceKind: source.classification, sourceDate: source.confirmedDate }
              : { sourceKind: "CLOSE_CONTACT" as const, sourceDate: source.identifiedDate }),
          },
          rowMatches,
        )
      : [];
    out[i] = {
      id: data.id,
      personId: data.personId,
      category: row.category,
      status: "ACTIVE",
      countyCode: data.countyCode,
      plan: views[j]!,
      matches: rowMatches.map(publicMatch),
      assistRequests,
    };
  }

  for (const [i, row] of rows.entries()) {
    const r = resolutions[i]!;
    if (r.action !== "MERGE") continue;
    const data = registrationData(source, row, persons[i]!.id, persons[i]!.countyCode, false);
    const plan = await saveMerge(tx, user, data, row, plans[i]!, r.contactId, today);
    out[i] = {
      id: data.id,
      personId: data.personId,
      category: row.category,
      status: "MERGED",
      countyCode: data.countyCode,
      mergedIntoContactId: r.contactId,
      plan,
      matches: matches[i]!.map(publicMatch),
      assistRequests: [],
    };
  }
  return out;
}

/** A re-exposure of someone under a running plan: kept as a MERGED row, absorbed by that plan. */
async function saveMerge(tx: Prisma.TransactionClient, user: SessionUser, data: ContactData, row: ContactRow, plan: IsolationPlan, targetId: string, today: string): Promise<PlanView> {
  await lockContactRow(tx, targetId);
  const target = await tx.contact.findUniqueOrThrow({ where: { id: targetId } });
  await tx.contact.create({ data: { ...data, status: "MERGED", statusDate: toDbDate(today), mergedIntoId: target.id } });
  const saved = await absorbExposure(
    tx,
    user,
    target,
    { category: row.category, lastExposureDate: row.lastExposureDate, plan, sourceCaseId: data.sourceCaseId, sourceContactId: data.sourceContactId },
    { mergedContactId: data.id, countyCode: data.countyCode },
  );
  const view = planView(saved);
  await recordAudit(tx, createAudit(user, data, "MERGED", target.id, row, view));
  // The site chosen on the row places the person, whose running contact is the target.
  if (row.siteId && row.siteId !== target.siteId) {
    await tx.contact.update({ where: { id: target.id }, data: { siteId: row.siteId, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "contact.assign_site",
      entity: "Contact",
      entityId: target.id,
      countyCode: target.countyCode,
      before: { siteId: target.siteId },
      after: { siteId: row.siteId },
    });
  }
  return view;
}
