// Test data for the workspace browser tests, created over the app's own JSON API (docs/architecture.md
// "JSON API") with the session of a signed-in page: the same services and checks as staff entering
// it, and no access to the database from the test process. Names carry a per-run tag, so the
// tests find their own people whatever else the database holds (demo data, earlier runs).
import { expect, type APIRequestContext } from "@playwright/test";
import { newIdNumber } from "./helpers";

export interface PlanView {
  phases: { kind: string; startDate: string; endDate: string }[];
  tests: { date: string; phase: string; doubleSample: boolean }[];
  releaseDate: string;
}
export interface SeededContact {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
  category: string;
  plan: PlanView;
}

const RUN = Math.random().toString(36).slice(2, 6).toUpperCase();
/** A name unique to this run: "王健康" → "王健康-K3Z9". */
export const uniqueName = (base: string) => `${base}-${RUN}`;


const newPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

async function post<T>(request: APIRequestContext, url: string, data: unknown, status = 201): Promise<T> {
  const res = await request.post(url, { data });
  const text = await res.text();
  expect(res.status(), `POST ${url} answered ${text.slice(0, 1000)}`).toBe(status);
  return JSON.parse(text) as T;
}

export async function seedCase(request: APIRequestContext, base: string, confirmedDate: string): Promise<{ id: string; name: string }> {
  const name = uniqueName(base);
  const body = { name, sex: "MALE", idNumber: newIdNumber(), phone: newPhone(), countyCode: "513201", classification: "CONFIRMED", confirmedDate };
  const created = await post<{ id: string }>(request, "/api/v1/cases", body);
  return { id: created.id, name };
}

export interface ContactSpec {
  base: string;
  category: "CLOSE" | "GENERAL" | "SECONDARY";
  lastExposureDate: string;
  identifiedDate: string;
}

async function register(request: APIRequestContext, url: string, specs: ContactSpec[]): Promise<SeededContact[]> {
  const rows = specs.map((s) => ({ ...s, name: uniqueName(s.base), idNumber: newIdNumber(), phone: newPhone(), base: undefined }));
  const { contacts } = await post<{ contacts: { id: string; category: string; plan: PlanView }[] }>(request, url, { contacts: rows });
  return contacts.map((c, i) => ({ ...c, name: rows[i]!.name, idNumber: rows[i]!.idNumber, phone: rows[i]!.phone }));
}

/** Close or general contacts of a case. */
export const seedContacts = (request: APIRequestContext, caseId: string, specs: ContactSpec[]) =>
  register(request, `/api/v1/cases/${caseId}/contacts`, specs);

/** Secondary contacts of a close contact. */
export const seedSecondaryContacts = (request: APIRequestContext, contactId: string, specs: ContactSpec[]) =>
  register(request, `/api/v1/contacts/${contactId}/contacts`, specs);

export async function seedResult(request: APIRequestContext, contactId: string, sampleDate: string, result: "NEGATIVE" | "POSITIVE" | "PENDING", doubleSample = false) {
  return post(request, `/api/v1/contacts/${contactId}/test-results`, { sampleDate, result, doubleSample });
}

/** A negative result for every scheduled test of the plan on or before `until`. */
export async function seedNegativeResults(request: APIRequestContext, contact: SeededContact, until: string) {
  for (const t of contact.plan.tests.filter((x) => x.date <= until)) await seedResult(request, contact.id, t.date, "NEGATIVE", t.doubleSample);
}

/** An isolation site of the signed-in staff member's county. */
export async function seedSite(request: APIRequestContext, base: string, capacity: number): Promise<{ id: string; name: string }> {
  const name = uniqueName(base);
  const site = await post<{ id: string }>(request, "/api/v1/sites", { name, capacity, address: "测试路 1 号" });
  return { id: site.id, name };
}
