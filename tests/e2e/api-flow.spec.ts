// The JSON API v1 over HTTP against the running app (docs/architecture.md "JSON API"): the main flow from sign-in
// to escalation and tasks, bad input with its status codes and messages, roles, and county
// scope (another county's record answers 404 on every by-id route and never shows in a list).
// Plans are checked day by day against docs/domain.md "The isolation rules", computed here from today in Asia/Shanghai.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { addDays, newIdNumber, todayInShanghai } from "./helpers";
import {
  apiSession,
  expectDocumented,
  expectError,
  expectStatus,
  withWrongCheckDigit,
} from "./api-helpers";

interface Phase { kind: string; startDate: string; endDate: string }
interface PlannedTest { date: string; phase: string; doubleSample: boolean }
interface Plan { category: string; phases: Phase[]; tests: PlannedTest[]; releaseDate: string; policyVersion: string; extensions?: unknown[] }
interface Registered { contacts: { id: string; personId: string; category: string; countyCode: string; plan: Plan }[] }
interface Person { name: string; idNumber: string | null; phone: string | null; birthDate: string | null }
interface Contact {
  id: string;
  category: string;
  previousCategory: string | null;
  status: string;
  sourceCaseId: string | null;
  sourceContactId: string | null;
  countyCode: string;
  version: number;
  person: Person;
  plan: Plan | null;
  testResults: { sampleDate: string; result: string }[];
  resultingCaseId: string | null;
  secondaryContactIds: string[];
  site: { id: string; name: string } | null;
}
interface CaseDetail {
  id: string;
  countyCode: string;
  classification: string;
  confirmedDate: string;
  firstPositiveDate: string | null;
  sourceContactId: string | null;
  version: number;
  contacts: Record<"close" | "general" | "secondary", { id: string }[]>;
}
interface Page<T> { items: T[]; total: number; page: number; pageSize: number }
/** Today by person (GET /api/v1/tasks): one row per person with all their open items. */
interface PersonTasks { contactId: string; countyCode: string; kinds: string[]; testsDue: { date: string }[]; overdueTests: { date: string; daysOverdue: number }[]; missingSlots: string[]; transferSince: string | null }
interface Tasks { date: string; total: number; items: PersonTasks[] }
interface Dashboard { date: string; counties: { countyCode: string; activeContacts: { total: number }; cases: { total: number } }[]; totals: { cases: { total: number } } }

const MAERKANG = "513201";
const WENCHUAN = "513221";
const CI = "CENTRALIZED_ISOLATION";
const HHM = "HOME_HEALTH_MONITORING";
const HI = "HOME_ISOLATION";
const MO = "MEDICAL_OBSERVATION";

const T = todayInShanghai();
const d = (n: number) => addDays(T, n);
const phase = (kind: string, from: number, to: number): Phase => ({ kind, startDate: d(from), endDate: d(to) });
const tst = (n: number, kind: string, doubleSample = false): PlannedTest => ({ date: d(n), phase: kind, doubleSample });
const shape = (p: Plan | null) => p && { category: p.category, phases: p.phases, tests: p.tests, releaseDate: p.releaseDate };

// Expected plans (docs/domain.md "The isolation rules"), day N = last exposure + N.
const PLAN_A = {
  // Close, exposed T-2, identified T (day 2, late): CI keeps its end (day 14), day-1 test dropped, intake test today.
  category: "CLOSE",
  phases: [phase(CI, 0, 12), phase(HHM, 13, 19)],
  tests: [tst(0, CI), tst(2, CI), tst(5, CI), tst(12, CI, true), tst(14, HHM), tst(19, HHM)],
  releaseDate: d(19),
};
const PLAN_B = {
  // Close, exposed and identified T-1 (day 0): starts on identification, intake test on day 0.
  category: "CLOSE",
  phases: [phase(CI, -1, 13), phase(HHM, 14, 20)],
  tests: [tst(-1, CI), tst(0, CI), tst(3, CI), tst(6, CI), tst(13, CI, true), tst(15, HHM), tst(20, HHM)],
  releaseDate: d(20),
};
const PLAN_G = {
  // General, exposed T-2, identified T-1 (day 1): 14 days of medical observation, tests days 1 and 14.
  category: "GENERAL",
  phases: [phase(MO, -1, 12)],
  tests: [tst(-1, MO), tst(12, MO)],
  releaseDate: d(12),
};
const PLAN_S1 = {
  // Secondary, exposed T-1, identified T (day 1).
  category: "SECONDARY",
  phases: [phase(HI, 0, 13)],
  tests: [tst(0, HI), tst(3, HI), tst(6, HI), tst(13, HI, true)],
  releaseDate: d(13),
};
const PLAN_S2 = {
  // Secondary, exposed T-2, identified T (day 2, late): intake test today, day 1 dropped.
  category: "SECONDARY",
  phases: [phase(HI, 0, 12)],
  tests: [tst(0, HI), tst(2, HI), tst(5, HI), tst(12, HI, true)],
  releaseDate: d(12),
};
// After escalation: close contacts of the new case, 14+7 from their own last exposure, identified today.
const UPGRADED_S1 = {
  category: "CLOSE",
  phases: [phase(CI, 0, 13), phase(HHM, 14, 20)],
  tests: [tst(0, CI), tst(3, CI), tst(6, CI), tst(13, CI, true), tst(15, HHM), tst(20, HHM)],
  releaseDate: d(20),
};
const UPGRADED_S2 = {
  category: "CLOSE",
  phases: [phase(CI, 0, 12), phase(HHM, 13, 19)],
  tests: [tst(0, CI), tst(2, CI), tst(5, CI), tst(12, CI, true), tst(14, HHM), tst(19, HHM)],
  releaseDate: d(19),
};

const run = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
const NAMES = { case: `接口病例${run}`, a: `接口密接甲${run}`, b: `接口密接乙${run}`, g: `接口一般${run}`, s1: `接口次密一${run}`, s2: `接口次密二${run}` };

let doc: Record<string, unknown>;
let anon: APIRequestContext;
let mk: APIRequestContext;
let wc: APIRequestContext;
let official: APIRequestContext;
let admin: APIRequestContext;

const ids = { case: "", a: "", b: "", g: "", s1: "", s2: "", newCase: "", track: "", mkSite: "", wcSite: "" };

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL!;
  anon = await apiSession(playwright, baseURL);
  mk = await apiSession(playwright, baseURL, "maerkang");
  wc = await apiSession(playwright, baseURL, "wenchuan");
  official = await apiSession(playwright, baseURL, "official");
  admin = await apiSession(playwright, baseURL, "admin");
});

test.afterAll(async () => {
  await Promise.all([anon, mk, wc, official, admin].map((c) => c?.dispose()));
});

test("serves the OpenAPI 3.1 document without a session", async () => {
  doc = await expectStatus(await anon.get("/api/v1/openapi.json"), 200);
  expect(doc.openapi).toBe("3.1.0");
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  expect(Object.keys(paths["/api/v1/contacts/{id}/test-results"]!)).toEqual(["post"]);
  expect(Object.keys(paths["/api/v1/cases"]!).sort()).toEqual(["get", "post"]);
});

test("answers 401 with a Chinese message without a session", async () => {
  const list = await expectError(await anon.get("/api/v1/cases"), 401, "UNAUTHENTICATED");
  expect(list.message).toBe("请先登录。");
  await expectError(await anon.post("/api/v1/cases", { data: {} }), 401, "UNAUTHENTICATED");
  await expectError(await anon.get("/api/v1/dashboard"), 401, "UNAUTHENTICATED");
});

test("main flow: a case, its close and general contacts with their plans", async () => {
  const created = await expectStatus<CaseDetail>(
    await mk.post("/api/v1/cases", {
      data: { name: NAMES.case, sex: "FEMALE", idNumber: newIdNumber(), phone: "13800001111", countyCode: MAERKANG, classification: "CONFIRMED", onsetDate: d(-3), confirmedDate: d(-1) },
    }),
    201,
  );
  expectDocumented(doc, "RegisteredCase", created);
  expect(created).toMatchObject({ countyCode: MAERKANG, classification: "CONFIRMED", confirmedDate: d(-1), version: 1 });
  ids.case = created.id;

  const registered = await expectStatus<Registered>(
    await mk.post(`/api/v1/cases/${ids.case}/contacts`, {
      data: {
        contacts: [
          { name: NAMES.a, idNumber: newIdNumber(), phone: "13800002222", category: "CLOSE", lastExposureDate: d(-2), identifiedDate: T, exposureSetting: "HOUSEHOLD" },
          { name: NAMES.b, idNumber: newIdNumber(), category: "CLOSE", lastExposureDate: d(-1), identifiedDate: d(-1), exposureSetting: "MEAL" },
          { name: NAMES.g, phone: "13800003333", category: "GENERAL", lastExposureDate: d(-2), identifiedDate: d(-1), exposureSetting: "WORKPLACE" },
        ],
      },
    }),
    201,
  );
  expectDocumented(doc, "RegisteredContacts", registered);
  expect(registered.contacts.map((c) => c.category)).toEqual(["CLOSE", "CLOSE", "GENERAL"]);
  const [a, b, g] = registered.contacts as [Registered["contacts"][number], Registered["contacts"][number], Registered["contacts"][number]];
  expect(shape(a.plan)).toEqual(PLAN_A);
  expect(shape(b.plan)).toEqual(PLAN_B);
  expect(shape(g.plan)).toEqual(PLAN_G);
  expect(a.plan.policyVersion).toBeTruthy();
  Object.assign(ids, { a: a.id, b: b.id, g: g.id });

  // Reading them back gives the same plans.
  for (const [id, plan] of [[ids.a, PLAN_A], [ids.b, PLAN_B], [ids.g, PLAN_G]] as const) {
    const contact = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${id}`), 200);
    expectDocumented(doc, "ContactDetail", contact);
    expect(shape(contact.plan)).toEqual(plan);
    expect(contact).toMatchObject({ status: "ACTIVE", sourceCaseId: ids.case, sourceContactId: null, countyCode: MAERKANG });
  }

  const detail = await expectStatus<CaseDetail>(await mk.get(`/api/v1/cases/${ids.case}`), 200);
  expectDocumented(doc, "CaseDetail", detail);
  expect(detail.contacts.close.map((c) => c.id).sort()).toEqual([ids.a, ids.b].sort());
  expect(detail.contacts.general.map((c) => c.id)).toEqual([ids.g]);

  const track = await expectStatus<{ id: string }>(await mk.post(`/api/v1/cases/${ids.case}/track`, { data: { date: d(-3), place: "马尔康市人民医院", activity: "就诊" } }), 201);
  expectDocumented(doc, "TrackEntry", track);
  ids.track = track.id;
});

test("secondary contacts of a close contact", async () => {
  const registered = await expectStatus<Registered>(
    await mk.post(`/api/v1/contacts/${ids.a}/contacts`, {
      data: {
        contacts: [
          { name: NAMES.s1, idNumber: newIdNumber(), category: "SECONDARY", lastExposureDate: d(-1), identifiedDate: T },
          { name: NAMES.s2, phone: "13800004444", lastExposureDate: d(-2), identifiedDate: T },
        ],
      },
    }),
    201,
  );
  expectDocumented(doc, "RegisteredContacts", registered);
  const [s1, s2] = registered.contacts as [Registered["contacts"][number], Registered["contacts"][number]];
  expect([s1.category, s2.category]).toEqual(["SECONDARY", "SECONDARY"]);
  expect(shape(s1.plan)).toEqual(PLAN_S1);
  expect(shape(s2.plan)).toEqual(PLAN_S2);
  Object.assign(ids, { s1: s1.id, s2: s2.id });

  const a = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.a}`), 200);
  expect(a.secondaryContactIds.sort()).toEqual([ids.s1, ids.s2].sort());
  const s1Read = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.s1}`), 200);
  expect(s1Read).toMatchObject({ category: "SECONDARY", sourceContactId: ids.a, sourceCaseId: null });

  const filtered = await expectStatus<Page<{ id: string; phaseOnDate: string | null }>>(await mk.get(`/api/v1/contacts?caseId=${ids.case}&category=SECONDARY&pageSize=50`), 200);
  expectDocumented(doc, "ContactPage", filtered);
  expect(filtered.items.map((c) => c.id).sort()).toEqual([ids.s1, ids.s2].sort());
  expect(filtered.items.every((c) => c.phaseOnDate === HI)).toBe(true);
  const observed = await expectStatus<Page<{ id: string }>>(await mk.get(`/api/v1/contacts?phase=${MO}&caseId=${ids.case}&q=&page=1`), 200);
  expect(observed.items.map((c) => c.id)).toEqual([ids.g]);
});

test("test results: a negative one, then a positive one escalates", async () => {
  const negative = await expectStatus<{ testResult: { sampleDate: string; result: string }; escalation?: unknown }>(
    await mk.post(`/api/v1/contacts/${ids.g}/test-results`, { data: { sampleDate: d(-1), result: "NEGATIVE", sampleType: "OROPHARYNGEAL", lab: "州疾控实验室" } }),
    201,
  );
  expectDocumented(doc, "TestResultAnswer", negative);
  expect(negative.testResult).toMatchObject({ sampleDate: d(-1), result: "NEGATIVE" });
  expect(negative).not.toHaveProperty("escalation");

  const positive = await expectStatus<{ testResult: { result: string }; escalation: { caseId: string; upgradedContactIds: string[] } }>(
    await mk.post(`/api/v1/contacts/${ids.a}/test-results`, { data: { sampleDate: T, result: "POSITIVE", ctOrf1ab: 28.4, ctN: 26.1 } }),
    201,
  );
  expectDocumented(doc, "TestResultAnswer", positive);
  expect(positive.testResult.result).toBe("POSITIVE");
  expect(positive.escalation.upgradedContactIds.sort()).toEqual([ids.s1, ids.s2].sort());
  ids.newCase = positive.escalation.caseId;

  const a = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.a}`), 200);
  expect(a).toMatchObject({ status: "BECAME_CASE", resultingCaseId: ids.newCase });
  const newCase = await expectStatus<CaseDetail>(await mk.get(`/api/v1/cases/${ids.newCase}`), 200);
  expectDocumented(doc, "CaseDetail", newCase);
  expect(newCase).toMatchObject({ sourceContactId: ids.a, countyCode: MAERKANG, classification: "CONFIRMED", firstPositiveDate: T, confirmedDate: T });
  expect(newCase.contacts.close.map((c) => c.id).sort()).toEqual([ids.s1, ids.s2].sort());

  for (const [id, plan] of [[ids.s1, UPGRADED_S1], [ids.s2, UPGRADED_S2]] as const) {
    const c = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${id}`), 200);
    expect(c).toMatchObject({ category: "CLOSE", previousCategory: "SECONDARY", sourceCaseId: ids.newCase, status: "ACTIVE" });
    expect(shape(c.plan)).toEqual(plan);
  }

  // A contact that became a case takes no more results.
  await expectError(await mk.post(`/api/v1/contacts/${ids.a}/test-results`, { data: { sampleDate: T, result: "NEGATIVE" } }), 409, "REFUSED");
});

test("the day's tasks", async () => {
  await expectStatus(await mk.post(`/api/v1/contacts/${ids.b}/health-checks`, { data: { date: T, slot: "MORNING", temperature: 36.6, symptoms: [] } }), 201);
  await expectError(await mk.post(`/api/v1/contacts/${ids.b}/health-checks`, { data: { date: T, slot: "MORNING", temperature: 36.8 } }), 409, "CONFLICT");

  const tasks = await expectStatus<Tasks>(await mk.get(`/api/v1/tasks?date=${T}&pageSize=200`), 200);
  expectDocumented(doc, "Tasks", tasks);
  expect(tasks.date).toBe(T);
  expect([...new Set(tasks.items.map((p) => p.countyCode))]).toEqual([MAERKANG]);
  // The people of this spec who have a kind of item on a day, through the kind filter.
  const withKind = async (kind: string, date = T) => {
    const t = await expectStatus<Tasks>(await mk.get(`/api/v1/tasks?date=${date}&kind=${kind}&pageSize=200`), 200);
    return t.items.filter((x) => Object.values(ids).includes(x.contactId));
  };
  expect((await withKind("testsDue")).map((x) => x.contactId).sort()).toEqual([ids.b, ids.s1, ids.s2].sort());
  const overdue = await withKind("overdueTests");
  expect(overdue.map((x) => [x.contactId, x.overdueTests.map((t) => [t.date, t.daysOverdue])])).toEqual([[ids.b, [[d(-1), 1]]]]);
  expect(await withKind("releaseDue")).toEqual([]);
  expect((await withKind("healthChecks")).find((x) => x.contactId === ids.b)?.missingSlots).toEqual(["EVENING"]);
  // One row per person: B's overdue test, test due and missing check are one row.
  expect(tasks.items.filter((x) => x.contactId === ids.b)).toHaveLength(1);

  const defaultDay = await expectStatus<Tasks>(await mk.get("/api/v1/tasks"), 200);
  expect(defaultDay.date).toBe(T);
  // Transfers to home monitoring and releases on their own days.
  // B (exposed T-1) and S1 (upgraded, exposed T-1) move to home monitoring on day 15.
  // (Today lists a transfer from its day until it is confirmed, so an earlier one may show too.)
  const transfers = await withKind("transfer", d(14));
  expect(transfers.filter((x) => x.transferSince === d(14)).map((x) => x.contactId).sort()).toEqual([ids.b, ids.s1].sort());
  expect((await withKind("releaseDue", d(12))).map((x) => x.contactId)).toEqual([ids.g]);

  const due = await expectStatus<Page<{ id: string }>>(await mk.get(`/api/v1/contacts?due=overdue&date=${T}&pageSize=200`), 200);
  expect(due.items.map((c) => c.id)).toContain(ids.b);
  expect(due.items.map((c) => c.id)).not.toContain(ids.g);
});

test("extending a phase moves what follows; shortening is 422", async () => {
  const extended = await expectStatus<Contact>(
    await mk.post(`/api/v1/contacts/${ids.b}/extend`, { data: { phase: CI, newEndDate: d(15), reason: "同住人员复阳，延长集中隔离" } }),
    200,
  );
  expectDocumented(doc, "ContactDetail", extended);
  expect(shape(extended.plan)).toEqual({
    category: "CLOSE",
    phases: [phase(CI, -1, 15), phase(HHM, 16, 22)],
    tests: [tst(-1, CI), tst(0, CI), tst(3, CI), tst(6, CI), tst(13, CI, true), tst(17, HHM), tst(22, HHM)],
    releaseDate: d(22),
  });
  expect(extended.plan?.extensions).toHaveLength(1);

  const shorter = await expectError(
    await mk.post(`/api/v1/contacts/${ids.b}/extend`, { data: { phase: CI, newEndDate: d(10), reason: "想提前结束" } }),
    422,
    "RULE_VIOLATION",
  );
  expect(shorter.message).toContain(d(15));
  expect(shorter.fields?.map((f) => f.path)).toEqual(["newEndDate"]);
});

test("release before the release date is refused with 409 and the date", async () => {
  const early = await expectError(await mk.post(`/api/v1/contacts/${ids.g}/release`, { data: { date: T } }), 409, "REFUSED");
  expect(early.message).toBe(`未到解除日期，最早可于 ${d(12)} 解除。`);
  const g = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.g}`), 200);
  expect(g.status).toBe("ACTIVE");
});

test("two edits from the same version: the second is 409 STALE", async () => {
  const before = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.b}`), 200);
  const first = await expectStatus<Contact>(await mk.patch(`/api/v1/contacts/${ids.b}`, { data: { version: before.version, phone: "13912345678" } }), 200);
  expect(first.version).toBe(before.version + 1);
  expect(first.person.phone).toBe("13912345678");
  const second = await expectError(await mk.patch(`/api/v1/contacts/${ids.b}`, { data: { version: before.version, address: "马尔康市达萨街" } }), 409, "STALE");
  expect(second.message).toBe("该记录已被他人修改，请查看最新内容后再保存。");
  const after = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.b}`), 200);
  expect(after.version).toBe(first.version);

  const c = await expectStatus<CaseDetail>(await mk.get(`/api/v1/cases/${ids.case}`), 200);
  await expectStatus(await mk.patch(`/api/v1/cases/${ids.case}`, { data: { version: c.version, currentLocation: "州人民医院" } }), 200);
  await expectError(await mk.patch(`/api/v1/cases/${ids.case}`, { data: { version: c.version, currentLocation: "x" } }), 409, "STALE");
});

// Bytes as they are: Playwright would JSON-encode a string that does not parse as JSON.
const raw = (text: string) => Buffer.from(text, "utf8");

test("bad input: malformed JSON, ID check digit, 30 February, secondary under a case", async () => {
  const malformed = await expectError(
    await mk.post("/api/v1/cases", { data: raw('{"name": "张三", '), headers: { "Content-Type": "application/json" } }),
    400,
    "VALIDATION",
  );
  expect(malformed.message).toBe("请求内容不是有效的 JSON。");
  await expectError(await mk.post(`/api/v1/contacts/${ids.b}/extend`, { data: raw("not json"), headers: { "Content-Type": "application/json" } }), 400, "VALIDATION");

  const before = await expectStatus<CaseDetail>(await mk.get(`/api/v1/cases/${ids.case}`), 200);
  const rows = [0, 1, 2].map((i) => ({ name: `批量${i}${run}`, idNumber: newIdNumber(), category: "CLOSE", lastExposureDate: d(-2), identifiedDate: T }));
  rows[1]!.idNumber = withWrongCheckDigit(rows[1]!.idNumber);
  const badId = await expectError(await mk.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: rows } }), 400, "VALIDATION");
  expect(badId.fields).toEqual([{ path: "contacts.1.idNumber", message: "身份证号校验位不正确，请逐位核对。" }]);
  // All or nothing: the two good rows were not written either.
  const after = await expectStatus<CaseDetail>(await mk.get(`/api/v1/cases/${ids.case}`), 200);
  expect(after.contacts.close.length).toBe(before.contacts.close.length);

  // The same answer in English for a client that asks for it.
  const english = await mk.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: rows }, headers: { "Accept-Language": "en" } });
  const en = (await expectStatus<{ error: { fields: { path: string; message: string }[] } }>(english, 400)).error;
  expect(en.fields[0]!.path).toBe("contacts.1.idNumber");
  expect(en.fields[0]!.message).toMatch(/check/i);

  const feb30 = await expectError(
    await mk.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: [{ name: `二月${run}`, category: "CLOSE", lastExposureDate: "2026-02-30", identifiedDate: T }] } }),
    400,
    "VALIDATION",
  );
  expect(feb30.fields).toEqual([{ path: "contacts.0.lastExposureDate", message: "日期 2026-02-30 不存在，请核对年月日。" }]);
  const caseFeb30 = await expectError(
    await mk.post("/api/v1/cases", { data: { name: `二月${run}`, sex: "MALE", countyCode: MAERKANG, classification: "CONFIRMED", confirmedDate: "2026-02-30" } }),
    400,
    "VALIDATION",
  );
  expect(caseFeb30.fields?.map((f) => f.path)).toEqual(["confirmedDate"]);

  const secondary = await expectError(
    await mk.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: [{ name: `次密${run}`, category: "SECONDARY", lastExposureDate: d(-1), identifiedDate: T }] } }),
    400,
    "VALIDATION",
  );
  expect(secondary.fields).toEqual([{ path: "contacts.0.category", message: "次密切接触者只能登记在密切接触者名下，不能直接登记在病例名下。" }]);

  // A general contact has no secondary contacts of its own: valid JSON that breaks a rule.
  await expectError(
    await mk.post(`/api/v1/contacts/${ids.g}/contacts`, { data: { contacts: [{ name: `一般的次密${run}`, lastExposureDate: d(-1), identifiedDate: T }] } }),
    422,
    "RULE_VIOLATION",
  );

  const future = await expectError(
    await mk.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: [{ name: `未来${run}`, category: "GENERAL", lastExposureDate: d(1), identifiedDate: d(1) }] } }),
    400,
    "VALIDATION",
  );
  expect(future.fields?.map((f) => f.path).sort()).toEqual(["contacts.0.identifiedDate", "contacts.0.lastExposureDate"]);

  const identifiedEarly = await expectError(
    await mk.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: [{ name: `倒序${run}`, category: "CLOSE", lastExposureDate: d(-1), identifiedDate: d(-3) }] } }),
    400,
    "VALIDATION",
  );
  expect(identifiedEarly.fields?.map((f) => f.path)).toEqual(["contacts.0.identifiedDate"]);

  const county = await expectError(
    await mk.post("/api/v1/cases", { data: { name: `县码${run}`, sex: "MALE", countyCode: "999999", classification: "CONFIRMED", confirmedDate: T } }),
    400,
    "VALIDATION",
  );
  expect(county.fields?.map((f) => f.path)).toEqual(["countyCode"]);

  await expectError(await mk.get("/api/v1/contacts?category=NOPE"), 400, "VALIDATION");
  await expectError(await mk.get("/api/v1/tasks?date=2026-02-30"), 400, "VALIDATION");
  await expectError(await mk.get("/api/v1/contacts/not-a-uuid"), 404, "NOT_FOUND");
  await expectError(await mk.get("/api/v1/cases/00000000-0000-4000-8000-000000000000"), 404, "NOT_FOUND");
});

test("sites: create, place a contact, read occupancy", async () => {
  const site = await expectStatus<{ id: string; occupancy: number; capacity: number }>(
    await mk.post("/api/v1/sites", { data: { name: `马尔康隔离点${run}`, capacity: 2, address: "马尔康市" } }),
    201,
  );
  expectDocumented(doc, "Site", site);
  ids.mkSite = site.id;
  ids.wcSite = (await expectStatus<{ id: string }>(await wc.post("/api/v1/sites", { data: { name: `汶川隔离点${run}`, capacity: 3 } }), 201)).id;

  const placed = await expectStatus<Contact>(await mk.put(`/api/v1/contacts/${ids.b}/site`, { data: { siteId: ids.mkSite } }), 200);
  expect(placed.site).toEqual({ id: ids.mkSite, name: `马尔康隔离点${run}` });
  const read = await expectStatus<{ occupancy: number; occupants: { contactId: string }[] }>(await mk.get(`/api/v1/sites/${ids.mkSite}`), 200);
  expectDocumented(doc, "SiteDetail", read);
  expect(read.occupancy).toBe(1);
  expect(read.occupants.map((o) => o.contactId)).toEqual([ids.b]);
  // Another county's site is not one this contact can go to (and is not even visible).
  await expectError(await mk.put(`/api/v1/contacts/${ids.g}/site`, { data: { siteId: ids.wcSite } }), 404, "NOT_FOUND");
  const sites = await expectStatus<Page<{ id: string }>>(await mk.get("/api/v1/sites?pageSize=200"), 200);
  expectDocumented(doc, "SitePage", sites);
  expect(sites.items.map((s) => s.id)).toContain(ids.mkSite);
});

test("cross-county: 汶川县 staff get 404 on every by-id route for 马尔康市 records", async () => {
  const versionBefore = (await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.b}`), 200)).version;
  const row = { name: `越权${run}`, lastExposureDate: d(-1), identifiedDate: T };
  // One after another, as one client would send them. (Fired all at once, the embedded PGlite
  // server answered some with "unnamed prepared statement does not exist" — a known problem of
  // the embedded mode under concurrent transactions, not what this test is about.)
  const calls: [string, () => Promise<APIResponse>][] = [
    ["GET case", () => wc.get(`/api/v1/cases/${ids.case}`)],
    ["PATCH case", () => wc.patch(`/api/v1/cases/${ids.case}`, { data: { version: 1, notes: "越权" } })],
    ["POST case contacts", () => wc.post(`/api/v1/cases/${ids.case}/contacts`, { data: { contacts: [{ ...row, category: "CLOSE" }] } })],
    ["POST case track", () => wc.post(`/api/v1/cases/${ids.case}/track`, { data: { date: T, place: "越权" } })],
    ["PATCH track entry", () => wc.patch(`/api/v1/track-entries/${ids.track}`, { data: { place: "越权" } })],
    ["DELETE track entry", () => wc.delete(`/api/v1/track-entries/${ids.track}`)],
    ["GET contact", () => wc.get(`/api/v1/contacts/${ids.b}`)],
    ["PATCH contact", () => wc.patch(`/api/v1/contacts/${ids.b}`, { data: { version: versionBefore, address: "越权" } })],
    ["POST contact contacts", () => wc.post(`/api/v1/contacts/${ids.b}/contacts`, { data: { contacts: [row] } })],
    ["POST test-results", () => wc.post(`/api/v1/contacts/${ids.b}/test-results`, { data: { sampleDate: T, result: "POSITIVE" } })],
    ["POST health-checks", () => wc.post(`/api/v1/contacts/${ids.b}/health-checks`, { data: { date: T, slot: "EVENING", temperature: 36.5 } })],
    ["POST extend", () => wc.post(`/api/v1/contacts/${ids.b}/extend`, { data: { phase: CI, newEndDate: d(20), reason: "越权" } })],
    ["POST release", () => wc.post(`/api/v1/contacts/${ids.g}/release`, { data: { date: T } })],
    ["POST reexposure", () => wc.post(`/api/v1/contacts/${ids.b}/reexposure`, { data: { lastExposureDate: T } })],
    ["POST reclassify", () => wc.post(`/api/v1/contacts/${ids.b}/reclassify`, { data: { reason: "越权" } })],
    ["PUT site", () => wc.put(`/api/v1/contacts/${ids.b}/site`, { data: { siteId: ids.wcSite } })],
    ["GET site", () => wc.get(`/api/v1/sites/${ids.mkSite}`)],
    ["PATCH site", () => wc.patch(`/api/v1/sites/${ids.mkSite}`, { data: { version: 1, capacity: 9 } })],
  ];
  for (const [name, call] of calls) {
    const res = await call();
    const body = await res.json();
    expect.soft(res.status(), `${name}: ${JSON.stringify(body)}`).toBe(404);
    expect.soft(body, name).toEqual({ error: { code: "NOT_FOUND", message: "未找到该记录，或您无权查看。", requestId: expect.any(String) } });
  }

  // Nothing was written: the contact and the case are as they were.
  const b = await expectStatus<Contact>(await mk.get(`/api/v1/contacts/${ids.b}`), 200);
  expect(b.version).toBe(versionBefore);
  expect(b.testResults.filter((r) => r.result === "POSITIVE")).toEqual([]);
  expect(b.status).toBe("ACTIVE");
  const c = await expectStatus<CaseDetail & { notes: string | null; track: { id: string }[] }>(await mk.get(`/api/v1/cases/${ids.case}`), 200);
  expect(c.notes).toBeNull();
  expect(c.track.map((t) => t.id)).toEqual([ids.track]);
});

test("cross-county: 马尔康市 records never show in 汶川县 lists, tasks or figures", async () => {
  const mkIds = [ids.case, ids.newCase, ids.a, ids.b, ids.g, ids.s1, ids.s2, ids.mkSite];
  const noneOfMine = (json: string) => {
    for (const id of mkIds) expect(json).not.toContain(id);
    for (const name of Object.values(NAMES)) expect(json).not.toContain(name);
  };
  const cases = await expectStatus<Page<{ countyCode: string }>>(await wc.get("/api/v1/cases?pageSize=200"), 200);
  expect(cases.items.every((c) => c.countyCode === WENCHUAN)).toBe(true);
  noneOfMine(JSON.stringify(cases));
  const search = await expectStatus<Page<unknown>>(await wc.get(`/api/v1/cases?q=${encodeURIComponent(NAMES.case)}`), 200);
  expect(search.total).toBe(0);
  const contacts = await expectStatus<Page<{ countyCode: string }>>(await wc.get("/api/v1/contacts?pageSize=200"), 200);
  expect(contacts.items.every((c) => c.countyCode === WENCHUAN)).toBe(true);
  noneOfMine(JSON.stringify(contacts));
  const byCase = await expectStatus<Page<unknown>>(await wc.get(`/api/v1/contacts?caseId=${ids.case}`), 200);
  expect(byCase.total).toBe(0);
  const tasks = await expectStatus<Tasks>(await wc.get(`/api/v1/tasks?date=${T}&pageSize=200`), 200);
  expect(tasks.items.every((p) => p.countyCode === WENCHUAN)).toBe(true);
  noneOfMine(JSON.stringify(tasks));
  const sites = await expectStatus<Page<{ countyCode: string }>>(await wc.get("/api/v1/sites?pageSize=200"), 200);
  expect(sites.items.every((s) => s.countyCode === WENCHUAN)).toBe(true);
  noneOfMine(JSON.stringify(sites));
  const dashboard = await expectStatus<Dashboard>(await wc.get(`/api/v1/dashboard?date=${T}`), 200);
  expect(dashboard.counties.map((c) => c.countyCode)).toEqual([WENCHUAN]);
});

test("roles: officials read masked and may not write (403); administrators see no records", async () => {
  const denied = await expectError(
    await official.post("/api/v1/cases", { data: { name: `官员${run}`, sex: "MALE", countyCode: MAERKANG, classification: "CONFIRMED", confirmedDate: T } }),
    403,
    "FORBIDDEN",
  );
  expect(denied.message).toBe("您的角色无权执行此操作。");
  await expectError(await official.post(`/api/v1/contacts/${ids.b}/test-results`, { data: { sampleDate: T, result: "NEGATIVE" } }), 403, "FORBIDDEN");
  await expectError(await official.post(`/api/v1/contacts/${ids.g}/release`, { data: { date: T } }), 403, "FORBIDDEN");
  // Searching personal data is itself a read of it.
  await expectError(await official.get(`/api/v1/cases?q=${encodeURIComponent(NAMES.case)}`), 403, "FORBIDDEN");

  const masked = await expectStatus<Contact>(await official.get(`/api/v1/contacts/${ids.b}`), 200);
  expectDocumented(doc, "ContactDetail", masked);
  expect(masked.person.name).toBe(`${NAMES.b[0]}***`);
  expect(masked.person.idNumber).toMatch(/^\*{14}[0-9X]{4}$/);
  expect(masked.person.phone).toBe("*******5678");
  expect(masked.person.birthDate).toBeNull();
  expect(shape(masked.plan)?.releaseDate).toBe(d(22));

  await expectError(await admin.get("/api/v1/cases"), 403, "FORBIDDEN");
  await expectError(await admin.get(`/api/v1/contacts/${ids.b}`), 403, "FORBIDDEN");
  await expectError(await admin.get("/api/v1/dashboard"), 403, "FORBIDDEN");
  expectDocumented(doc, "UserList", await expectStatus(await admin.get("/api/v1/admin/users"), 200));
  await expectError(await mk.get("/api/v1/admin/users"), 403, "FORBIDDEN");
  expectDocumented(doc, "Me", await expectStatus(await mk.get("/api/v1/me"), 200));
});

test("dashboard: figures by county in scope, no personal data", async () => {
  const own = await expectStatus<Dashboard>(await mk.get(`/api/v1/dashboard?date=${T}`), 200);
  expectDocumented(doc, "Dashboard", own);
  expect(own.counties.map((c) => c.countyCode)).toEqual([MAERKANG]);
  // At least this run's: the case and the escalated one; B, G and the two upgraded contacts.
  expect(own.counties[0]!.cases.total).toBeGreaterThanOrEqual(2);
  expect(own.counties[0]!.activeContacts.total).toBeGreaterThanOrEqual(4);

  const all = await expectStatus<Dashboard>(await official.get(`/api/v1/dashboard?date=${T}`), 200);
  expectDocumented(doc, "Dashboard", all);
  expect(all.counties.map((c) => c.countyCode)).toEqual(expect.arrayContaining([MAERKANG, WENCHUAN]));
  expect(all.totals.cases.total).toBe(all.counties.reduce((n, c) => n + c.cases.total, 0));
  const json = JSON.stringify(all);
  for (const name of Object.values(NAMES)) expect(json).not.toContain(name);
  for (const id of [ids.a, ids.b, ids.case]) expect(json).not.toContain(id);
});
