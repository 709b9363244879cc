import type { SessionUser } from "@/lib/auth/user";
import type { Contact, HealthCheck, IsolationSite, Person, PhaseExtension, TestResult } from "@/lib/generated/prisma/client";
import { personView } from "@/lib/persons/person-view";
import { fromDbDate, fromDbDateOrNull } from "@/lib/calendar";
import { freeText } from "@/lib/privacy/mask";
import { planView, type PlanWithRows } from "./plan-store";

export function testResultView(t: TestResult) {
  return {
    id: t.id,
    sampleDate: fromDbDate(t.sampleDate),
    result: t.result,
    doubleSample: t.doubleSample,
    sampleType: t.sampleType,
    lab: t.lab,
    ctOrf1ab: t.ctOrf1ab === null ? null : Number(t.ctOrf1ab),
    ctN: t.ctN === null ? null : Number(t.ctN),
    createdAt: t.createdAt.toISOString(),
  };
}

export function healthCheckView(user: SessionUser, h: HealthCheck) {
  return {
    id: h.id,
    date: fromDbDate(h.date),
    slot: h.slot,
    temperature: Number(h.temperature),
    symptoms: h.symptoms,
    ...freeText(user, { note: h.note }),
  };
}

export function extensionView(user: SessionUser, e: PhaseExtension) {
  return { phase: e.phase, previousEnd: fromDbDate(e.previousEnd), newEnd: fromDbDate(e.newEnd), ...freeText(user, { reason: e.reason }), createdAt: e.createdAt.toISOString() };
}

/** The fields of a contact itself (lists and single reads share them). */
export function contactSummary(user: SessionUser, c: Contact & { person: Person }) {
  const text = freeText(user, { exposureNote: c.exposureNote, statusReason: c.statusReason });
  return {
    id: c.id,
    category: c.category,
    previousCategory: c.previousCategory,
    status: c.status,
    statusDate: fromDbDateOrNull(c.statusDate),
    statusReason: text.statusReason,
    sourceCaseId: c.sourceCaseId,
    sourceContactId: c.sourceContactId,
    countyCode: c.countyCode,
    exposureSetting: c.exposureSetting,
    exposureNote: text.exposureNote,
    hidden: text.hidden,
    mergedIntoId: c.mergedIntoId,
    mergedIntoCaseId: c.mergedIntoCaseId,
    lastExposureDate: fromDbDate(c.lastExposureDate),
    identifiedDate: fromDbDate(c.identifiedDate),
    riskNoticeDate: fromDbDateOrNull(c.riskNoticeDate),
    siteId: c.siteId,
    assignedToId: c.assignedToId,
    person: personView(user, c.person),
    version: c.version,
  };
}

export type ContactDetailRow = Contact & {
  person: Person;
  site: IsolationSite | null;
  plans: (PlanWithRows & { extensions: PhaseExtension[] })[];
  testResults: TestResult[];
  healthChecks: HealthCheck[];
  resultingCase: { id: string } | null;
  secondaries: { id: string }[];
};

export function contactDetail(user: SessionUser, c: ContactDetailRow) {
  const active = c.plans.find((p) => p.active) ?? null;
  return {
    ...contactSummary(user, c),
    plan: active ? { ...planView(active), extensions: active.extensions.map((e) => extensionView(user, e)) } : null,
    testResults: c.testResults.map(testResultView),
    healthChecks: c.healthChecks.map((h) => healthCheckView(user, h)),
    site: c.site ? { id: c.site.id, name: c.site.name } : null,
    resultingCaseId: c.resultingCase?.id ?? null,
    secondaryContactIds: c.secondaries.map((s) => s.id),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type ContactDetail = ReturnType<typeof contactDetail>;
