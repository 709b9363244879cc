// The writes of a registration batch as INSERT … SELECT FROM unnest(…): one statement per table
// whatever the number of rows, each column sent as one array parameter
// (docs/decisions/0025-set-based-registration.md). Table and type names are unqualified, so they
// follow the connection's search_path (docs/decisions/0003-test-databases.md).
import type { Prisma } from "@/lib/db";
import type { IsolationPlan } from "@/lib/isolation/plan";
import type { newPersonData } from "@/lib/persons/save-person";

type Tx = Prisma.TransactionClient;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export type NewPerson = ReturnType<typeof newPersonData> & { id: string };

export async function insertPersons(tx: Tx, persons: NewPerson[]): Promise<void> {
  if (persons.length === 0) return;
  const col = <K extends keyof NewPerson>(k: K) => persons.map((p) => p[k]);
  await tx.$executeRaw`
    INSERT INTO "Person" ("id", "countyCode", "name", "sex", "birthDate", "idType", "idNumber", "identityKey", "phone", "address", "updatedAt", "createdAt")
    SELECT id, county, name, sex::"Sex", birth::date, idtype::"IdType", num, ikey, phone, address, now(), now() + n * interval '1 millisecond'
    FROM unnest(${col("id")}::uuid[], ${col("countyCode")}::text[], ${col("name")}::text[], ${col("sex")}::text[], ${persons.map((p) => day(p.birthDate))}::text[],
                ${col("idType")}::text[], ${col("idNumber")}::text[], ${col("identityKey")}::text[], ${col("phone")}::text[], ${col("address")}::text[])
      WITH ORDINALITY AS t(id, county, name, sex, birth, idtype, num, ikey, phone, address, n)`;
}

export interface NewContact {
  id: string;
  personId: string;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  sourceCaseId: string | null;
  sourceContactId: string | null;
  countyCode: string;
  exposureSetting: string | null;
  exposureNote: string | null;
  lastExposureDate: Date;
  identifiedDate: Date;
  riskNoticeDate: Date | null;
  siteId: string | null;
}

export async function insertContacts(tx: Tx, contacts: NewContact[]): Promise<void> {
  if (contacts.length === 0) return;
  const col = <K extends keyof NewContact>(k: K) => contacts.map((c) => c[k]);
  await tx.$executeRaw`
    INSERT INTO "Contact" ("id", "personId", "category", "sourceCaseId", "sourceContactId", "countyCode", "exposureSetting", "exposureNote",
                           "lastExposureDate", "identifiedDate", "riskNoticeDate", "siteId", "updatedAt", "createdAt")
    -- createdAt one millisecond apart (the column's precision) in row order: one statement's now() would tie every row,
    -- and lists ordered by createdAt must keep the order the rows were entered in.
    SELECT id, pid, cat::"ContactCategory", scase, scontact, county, setting::"ExposureSetting", note, le::date, idd::date, risk::date, site, now(), now() + n * interval '1 millisecond'
    FROM unnest(${col("id")}::uuid[], ${col("personId")}::uuid[], ${col("category")}::text[], ${col("sourceCaseId")}::uuid[], ${col("sourceContactId")}::uuid[],
                ${col("countyCode")}::text[], ${col("exposureSetting")}::text[], ${col("exposureNote")}::text[], ${contacts.map((c) => day(c.lastExposureDate))}::text[],
                ${contacts.map((c) => day(c.identifiedDate))}::text[], ${contacts.map((c) => day(c.riskNoticeDate))}::text[], ${col("siteId")}::uuid[])
      WITH ORDINALITY AS t(id, pid, cat, scase, scontact, county, setting, note, le, idd, risk, site, n)`;
}

/** Plans with their phases and tests, in three statements. */
export async function insertPlans(tx: Tx, items: { id: string; contactId: string; plan: IsolationPlan }[], policyVersion: string): Promise<void> {
  if (items.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "IsolationPlan" ("id", "contactId", "category", "policyVersion", "releaseDate", "active")
    SELECT id, cid, cat::"ContactCategory", ${policyVersion}, rd::date, true
    FROM unnest(${items.map((p) => p.id)}::uuid[], ${items.map((p) => p.contactId)}::uuid[], ${items.map((p) => p.plan.category)}::text[],
                ${items.map((p) => p.plan.releaseDate)}::text[]) AS t(id, cid, cat, rd)`;
  const phases = items.flatMap(({ id, plan }) => plan.phases.map((p, seq) => ({ planId: id, seq, ...p })));
  if (phases.length) {
    await tx.$executeRaw`
      INSERT INTO "PlanPhase" ("id", "planId", "seq", "kind", "startDate", "endDate")
      SELECT gen_random_uuid(), pid, seq, kind::"PhaseKind", s::date, e::date
      FROM unnest(${phases.map((p) => p.planId)}::uuid[], ${phases.map((p) => p.seq)}::int[], ${phases.map((p) => p.kind)}::text[],
                  ${phases.map((p) => p.startDate)}::text[], ${phases.map((p) => p.endDate)}::text[]) AS t(pid, seq, kind, s, e)`;
  }
  const tests = items.flatMap(({ id, plan }) => plan.tests.map((t) => ({ planId: id, ...t })));
  if (tests.length) {
    await tx.$executeRaw`
      INSERT INTO "ScheduledTest" ("id", "planId", "date", "phase", "doubleSample")
      SELECT gen_random_uuid(), pid, d::date, ph::"PhaseKind", dbl
      FROM unnest(${tests.map((t) => t.planId)}::uuid[], ${tests.map((t) => t.date)}::text[], ${tests.map((t) => t.phase)}::text[],
                  ${tests.map((t) => t.doubleSample)}::bool[]) AS t(pid, d, ph, dbl)`;
  }
}
