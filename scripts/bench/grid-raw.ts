// The floor the registration service is compared with: the same rows a registration writes
// (persons, contacts, the engine's plans with their phases and tests, one audit event per
// contact), inserted by raw INSERT … SELECT FROM unnest(…) statements in the caller's
// transaction, without any check.
import type { Prisma } from "@/lib/db";
import { planIsolation } from "@/lib/isolation/plan";
import type { IsolationPolicy } from "@/lib/isolation/policy";
import type { BenchRow } from "./grid-rows";

export async function rawInsert(tx: Prisma.TransactionClient, rows: BenchRow[], opts: { countyCode: string; caseId: string; policy: IsolationPolicy; policyVersion: string }) {
  const { countyCode, caseId, policy, policyVersion } = opts;
  const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());
  const personIds = ids(rows.length);
  const contactIds = ids(rows.length);
  const planIds = ids(rows.length);
  const plans = rows.map((r) => planIsolation({ category: r.category, lastExposureDate: r.lastExposureDate, identifiedDate: r.identifiedDate, policy }));
  const phases = plans.flatMap((p, i) => p.phases.map((ph, seq) => ({ planId: planIds[i]!, seq, ...ph })));
  const tests = plans.flatMap((p, i) => p.tests.map((t) => ({ planId: planIds[i]!, ...t })));
  await tx.$executeRaw`
    INSERT INTO "Person" ("id","countyCode","name","idType","idNumber","identityKey","phone","address","updatedAt")
    SELECT id, ${countyCode}, name, 'RESIDENT_ID', num, 'RESIDENT_ID:' || num, phone, address, now()
    FROM unnest(${personIds}::uuid[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.idNumber)}::text[], ${rows.map((r) => r.phone)}::text[], ${rows.map((r) => r.address)}::text[])
      AS t(id, name, num, phone, address)`;
  await tx.$executeRaw`
    INSERT INTO "Contact" ("id","personId","category","sourceCaseId","countyCode","lastExposureDate","identifiedDate","updatedAt")
    SELECT id, pid, 'CLOSE', ${caseId}::uuid, ${countyCode}, le::date, idd::date, now()
    FROM unnest(${contactIds}::uuid[], ${personIds}::uuid[], ${rows.map((r) => r.lastExposureDate)}::text[], ${rows.map((r) => r.identifiedDate)}::text[]) AS t(id, pid, le, idd)`;
  await tx.$executeRaw`
    INSERT INTO "IsolationPlan" ("id","contactId","category","policyVersion","releaseDate")
    SELECT id, cid, 'CLOSE', ${policyVersion}, rd::date
    FROM unnest(${planIds}::uuid[], ${contactIds}::uuid[], ${plans.map((p) => p.releaseDate)}::text[]) AS t(id, cid, rd)`;
  await tx.$executeRaw`
    INSERT INTO "PlanPhase" ("id","planId","seq","kind","startDate","endDate")
    SELECT gen_random_uuid(), pid, seq, kind::"PhaseKind", s::date, e::date
    FROM unnest(${phases.map((p) => p.planId)}::uuid[], ${phases.map((p) => p.seq)}::int[], ${phases.map((p) => p.kind)}::text[], ${phases.map((p) => p.startDate)}::text[], ${phases.map((p) => p.endDate)}::text[]) AS t(pid, seq, kind, s, e)`;
  await tx.$executeRaw`
    INSERT INTO "ScheduledTest" ("id","planId","date","phase","doubleSample")
    SELECT gen_random_uuid(), pid, d::date, ph::"PhaseKind", dbl
    FROM unnest(${tests.map((t) => t.planId)}::uuid[], ${tests.map((t) => t.date)}::text[], ${tests.map((t) => t.phase)}::text[], ${tests.map((t) => t.doubleSample)}::bool[]) AS t(pid, d, ph, dbl)`;
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("action","entity","entityId","countyCode","after")
    SELECT 'contact.register', 'Contact', id::text, ${countyCode}, jsonb_build_object('personId', pid)
    FROM unnest(${contactIds}::uuid[], ${personIds}::uuid[]) AS t(id, pid)`;
}
