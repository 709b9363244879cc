// Drives the whole authorization matrix (tests/authz/matrix.ts) over HTTP: every route × method ×
// caller, with a valid request against records of 马尔康市 made here through the API. Callers
// that must not change anything go first; the owning county's staff last, each on state read
// just before (versions).
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEFAULT_POLICY } from "../../lib/isolation/policy";
import { apiSession, expectStatus, type Account } from "./api-helpers";
import { addDays, newIdNumber, todayInShanghai } from "./helpers";
import { seedCase, seedContacts, seedSite, uniqueName, type SeededContact } from "./seed-data";
import { CALLERS, key, MATRIX, type Caller, type MatrixEntry } from "../authz/matrix";

const T = todayInShanghai();
const ACCOUNT: Record<Exclude<Caller, "anon">, Account> = { own: "maerkang", other: "wenchuan", official: "official", admin: "admin" };

interface Fixtures {
  caseId: string;
  contact: SeededContact;
  reclassify: SeededContact;
  /** Contacts of 马尔康市: one to request a transfer of, two with open transfers to 汶川县. */
  transfer: SeededContact;
  transferToAnswer: string;
  transferToCancel: string;
  /** A 协查 from 汶川县 to 马尔康市, and two duplicate records of 马尔康市. */
  assistId: string;
  duplicates: [string, string];
  siteId: string;
  trackId: string;
  userId: string;
  /** Screening items of 马尔康市: one to record attempts on, one to resolve. */
  screening: string;
  screeningToResolve: string;
  /** Bulletins of the official: a draft to edit, review and publish; a published one to correct and download. */
  draftBulletin: string;
  publishedBulletin: string;
}
interface Call {
  path: string;
  data?: unknown;
  /** A file upload (multipart/form-data). */
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}

let ctx: Record<Caller, APIRequestContext>;
let f: Fixtures;
let seq = 0;

/** Counties this spec adds; deactivated at the end so the specs that follow see Aba's 13. */
const added = new Set<string>();
/** County codes already in use (other specs add counties too, e.g. admin-reference's random one). */
const taken = new Set<string>();
/** A county code of the prefecture (5132xx) that no county holds yet. */
function freeCountyCode(): string {
  for (let n = 40; n < 100; n++) {
    const code = `5132${n}`;
    if (!taken.has(code) && !added.has(code)) return (added.add(code), code);
  }
  throw new Error("no free county code left between 513240 and 513299");
}

const version = async (p: string, as: Caller = "own") => ((await (await ctx[as].get(p)).json()) as { version: number }).version;
const bulletinVersion = () => version(`/api/v1/bulletins/${f.draftBulletin}`, "official");

const csvFile = (rows: string[][]) => ({ name: "矩阵.csv", mimeType: "text/csv", buffer: Buffer.from(rows.map((r) => r.join(",")).join("\n")) });
const contactsList = () =>
  csvFile([
    ["姓名", "证件号码", "接触者类别", "末次暴露日期", "判定日期"],
    [uniqueName(`矩阵导入${++seq}`), newIdNumber(), "密接", addDays(T, -2), addDays(T, -1)],
  ]);
/** A contacts list staged by 马尔康市 under the matrix's case. */
async function stagedContacts(): Promise<string> {
  return (await expectStatus<{ id: string }>(await ctx.own.post("/api/v1/imports", { multipart: { kind: "CONTACTS", caseId: f.caseId, file: contactsList() } }), 201)).id;
}
/** A lab list of 马尔康市 with one positive for a fresh close contact. */
async function stagedPositive(): Promise<{ id: string; contactId: string }> {
  const [c] = await seedContacts(ctx.own, f.caseId, [{ base: `矩阵阳性${++seq}`, category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) }]);
  const file = csvFile([
    ["姓名", "证件号码", "采样日期", "检测结果"],
    [c!.name, c!.idNumber, T, "阳性"],
  ]);
  const staged = await expectStatus<{ id: string }>(await ctx.own.post("/api/v1/imports", { multipart: { kind: "LAB_RESULTS", file } }), 201);
  return { id: staged.id, contactId: c!.id };
}

/** A valid request for each route and method. */
const CALLS: Record<string, (caller: Caller) => Promise<Call>> = {
  "GET /api/auth/[...nextauth]": async () => ({ path: "/api/auth/session" }),
  "POST /api/auth/[...nextauth]": async () => ({ path: "/api/auth/_log", data: {} }),
  "GET /api/health": async () => ({ path: "/api/health" }),
  "GET /api/ready": async () => ({ path: "/api/ready" }),
  "GET /api/v1/[...path]": async () => ({ path: "/api/v1/no/such/route" }),
  "POST /api/v1/[...path]": async () => ({ path: "/api/v1/no-such-route", data: {} }),
  "PUT /api/v1/[...path]": async () => ({ path: "/api/v1/no-such-route", data: {} }),
  "PATCH /api/v1/[...path]": async () => ({ path: "/api/v1/no-such-route", data: {} }),
  "DELETE /api/v1/[...path]": async () => ({ path: "/api/v1/no-such-route" }),
  "POST /api/v1/admin/counties": async () => ({
    path: "/api/v1/admin/counties",
    data: { code: freeCountyCode(), nameZh: uniqueName(`矩阵县${++seq}`), nameEn: uniqueName(`Matrix ${seq}`) },
  }),
  // Renames to the names it has: nothing changes for the other tests.
  "PATCH /api/v1/admin/counties/[code]": async () => ({ path: "/api/v1/admin/counties/513221", data: { nameZh: "汶川县" } }),
  "GET /api/v1/admin/policy": async () => ({ path: "/api/v1/admin/policy" }),
  // The built-in rules under a new version name: plans computed later come out the same.
  "POST /api/v1/admin/policy": async () => ({ path: "/api/v1/admin/policy", data: { ...DEFAULT_POLICY, version: `matrix-${++seq}-${Date.now()}`, note: "矩阵" } }),
  "POST /api/v1/admin/policy/preview": async () => ({
    path: "/api/v1/admin/policy/preview",
    data: { ...DEFAULT_POLICY, contact: { category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: T } },
  }),
  "PATCH /api/v1/admin/prefecture": async () => ({ path: "/api/v1/admin/prefecture", data: { nameZh: "阿坝藏族羌族自治州" } }),
  "GET /api/v1/admin/reference": async () => ({ path: "/api/v1/admin/reference" }),
  "GET /api/v1/admin/users": async () => ({ path: "/api/v1/admin/users" }),
  "POST /api/v1/admin/users": async () => ({
    path: "/api/v1/admin/users",
    data: { username: `matrix.${Math.random().toString(36).slice(2, 8)}`, displayName: "矩阵", role: "PREFECTURE_OFFICIAL", countyCode: null, password: "Temporary#2026" },
  }),
  "PATCH /api/v1/admin/users/[id]": async () => ({ path: `/api/v1/admin/users/${f.userId}`, data: { displayName: `矩阵${++seq}` } }),
  "POST /api/v1/admin/users/[id]/password": async () => ({ path: `/api/v1/admin/users/${f.userId}/password`, data: { password: "Another#Temp2026" } }),
  "GET /api/v1/assists": async () => ({ path: "/api/v1/assists" }),
  "GET /api/v1/assists/[id]": async () => ({ path: `/api/v1/assists/${f.assistId}` }),
  // "Not the same person" leaves both records as they are.
  "POST /api/v1/assists/[id]/answer": async () => ({ path: `/api/v1/assists/${f.assistId}/answer`, data: { answer: "NOT_SAME_PERSON" } }),
  "POST /api/v1/cases/check": async () => ({
    path: "/api/v1/cases/check",
    data: { name: uniqueName("矩阵查重"), sex: "MALE", idNumber: newIdNumber(), countyCode: "513201", classification: "CONFIRMED", confirmedDate: T },
  }),
  "POST /api/v1/cases/[id]/contacts/check": async () => ({
    path: `/api/v1/cases/${f.caseId}/contacts/check`,
    data: { contacts: [{ name: uniqueName("矩阵查重"), idNumber: newIdNumber(), category: "CLOSE", lastExposureDate: addDays(T, -1), identifiedDate: T }] },
  }),
  "POST /api/v1/contacts/[id]/contacts/check": async () => ({
    path: `/api/v1/contacts/${f.contact.id}/contacts/check`,
    data: { contacts: [{ name: uniqueName("矩阵查重"), idNumber: newIdNumber(), lastExposureDate: T, identifiedDate: T }] },
  }),
  "POST /api/v1/contacts/[id]/transfer": async () => ({ path: `/api/v1/contacts/${f.transfer.id}/transfer`, data: { toCountyCode: "513221", reason: "矩阵移交" } }),
  "POST /api/v1/persons/merge": async () => ({ path: "/api/v1/persons/merge", data: { keepPersonId: f.duplicates[0], mergePersonId: f.duplicates[1] } }),
  "GET /api/v1/transfers": async () => ({ path: "/api/v1/transfers" }),
  "GET /api/v1/transfers/[id]": async () => ({ path: `/api/v1/transfers/${f.transferToAnswer}` }),
  "POST /api/v1/transfers/[id]/answer": async () => ({ path: `/api/v1/transfers/${f.transferToAnswer}/answer`, data: { accept: false, note: "矩阵" } }),
  "POST /api/v1/transfers/[id]/cancel": async () => ({ path: `/api/v1/transfers/${f.transferToCancel}/cancel`, data: {} }),
  "GET /api/v1/bulletins": async () => ({ path: "/api/v1/bulletins" }),
  "POST /api/v1/bulletins": async () => ({ path: "/api/v1/bulletins", data: { date: addDays(T, -62) } }),
  "GET /api/v1/bulletins/[id]": async () => ({ path: `/api/v1/bulletins/${f.draftBulletin}` }),
  "PATCH /api/v1/bulletins/[id]": async () => ({ path: `/api/v1/bulletins/${f.draftBulletin}`, data: { version: await bulletinVersion(), title: `矩阵通报${++seq}`, body: "矩阵正文" } }),
  "POST /api/v1/bulletins/[id]/review": async () => ({ path: `/api/v1/bulletins/${f.draftBulletin}/review`, data: { version: await bulletinVersion() } }),
  "POST /api/v1/bulletins/[id]/publish": async () => ({ path: `/api/v1/bulletins/${f.draftBulletin}/publish`, data: { version: await bulletinVersion() } }),
  "POST /api/v1/bulletins/[id]/correct": async () => ({ path: `/api/v1/bulletins/${f.publishedBulletin}/correct`, data: { correctionNote: "矩阵更正" } }),
  "GET /api/v1/public/bulletins": async () => ({ path: "/api/v1/public/bulletins" }),
  "GET /api/v1/public/bulletins/[id]/export": async (caller) => ({ path: `/api/v1/public/bulletins/${f.publishedBulletin}/export?format=${caller === "own" ? "xlsx" : "csv"}` }),
  "GET /api/v1/cases/[id]/chain": async () => ({ path: `/api/v1/cases/${f.caseId}/chain` }),
  "GET /api/v1/chains": async () => ({ path: "/api/v1/chains?countyCode=513201" }),
  "GET /api/v1/cases": async () => ({ path: "/api/v1/cases" }),
  "POST /api/v1/cases": async () => ({
    path: "/api/v1/cases",
    data: { name: uniqueName(`矩阵病例${++seq}`), sex: "MALE", idNumber: newIdNumber(), countyCode: "513201", classification: "CONFIRMED", confirmedDate: T },
  }),
  "GET /api/v1/cases/[id]": async () => ({ path: `/api/v1/cases/${f.caseId}` }),
  "PATCH /api/v1/cases/[id]": async () => ({ path: `/api/v1/cases/${f.caseId}`, data: { version: await version(`/api/v1/cases/${f.caseId}`), currentLocation: `定点医院${++seq}` } }),
  "POST /api/v1/cases/[id]/contacts": async () => ({
    path: `/api/v1/cases/${f.caseId}/contacts`,
    data: { contacts: [{ name: uniqueName(`矩阵密接${++seq}`), idNumber: newIdNumber(), category: "CLOSE", lastExposureDate: addDays(T, -1), identifiedDate: T }] },
  }),
  "PUT /api/v1/cases/[id]/assignee": async () => ({ path: `/api/v1/cases/${f.caseId}/assignee`, data: { assignedToId: null } }),
  "POST /api/v1/cases/[id]/track": async () => ({ path: `/api/v1/cases/${f.caseId}/track`, data: { date: addDays(T, -1), place: `超市${++seq}` } }),
  "GET /api/v1/contacts": async () => ({ path: "/api/v1/contacts" }),
  "GET /api/v1/contacts/[id]": async () => ({ path: `/api/v1/contacts/${f.contact.id}` }),
  "PATCH /api/v1/contacts/[id]": async () => ({ path: `/api/v1/contacts/${f.contact.id}`, data: { version: await version(`/api/v1/contacts/${f.contact.id}`), address: `测试路${++seq}号` } }),
  "POST /api/v1/contacts/[id]/contacts": async () => ({
    path: `/api/v1/contacts/${f.contact.id}/contacts`,
    data: { contacts: [{ name: uniqueName(`矩阵次密${++seq}`), idNumber: newIdNumber(), lastExposureDate: T, identifiedDate: T }] },
  }),
  "POST /api/v1/contacts/[id]/extend": async () => {
    const c = (await (await ctx.own.get(`/api/v1/contacts/${f.contact.id}`)).json()) as { plan: { phases: { kind: string; endDate: string }[] } };
    const phase = c.plan.phases[0]!;
    return { path: `/api/v1/contacts/${f.contact.id}/extend`, data: { phase: phase.kind, newEndDate: addDays(phase.endDate, 1), reason: "矩阵" } };
  },
  "POST /api/v1/contacts/[id]/health-checks": async () => ({
    path: `/api/v1/contacts/${f.contact.id}/health-checks`,
    data: { date: addDays(T, -(++seq % 5)), slot: seq % 2 ? "MORNING" : "EVENING", temperature: 36.5 },
  }),
  "POST /api/v1/contacts/[id]/reclassify": async () => ({ path: `/api/v1/contacts/${f.reclassify.id}/reclassify`, data: { reason: "源头排除" } }),
  "POST /api/v1/contacts/[id]/reexposure": async () => ({ path: `/api/v1/contacts/${f.contact.id}/reexposure`, data: { lastExposureDate: T, identifiedDate: T } }),
  "POST /api/v1/contacts/[id]/release": async () => ({ path: `/api/v1/contacts/${f.contact.id}/release`, data: { date: T } }),
  "PUT /api/v1/contacts/[id]/assignee": async () => ({ path: `/api/v1/contacts/${f.contact.id}/assignee`, data: { assignedToId: null } }),
  "POST /api/v1/contacts/bulk": async () => ({ path: "/api/v1/contacts/bulk", data: { action: "assignStaff", assignedToId: null, contacts: [{ id: f.contact.id }] } }),
  "PUT /api/v1/contacts/[id]/site": async () => ({ path: `/api/v1/contacts/${f.contact.id}/site`, data: { siteId: f.siteId } }),
  "POST /api/v1/contacts/[id]/test-results": async () => ({ path: `/api/v1/contacts/${f.contact.id}/test-results`, data: { sampleDate: T, result: "NEGATIVE" } }),
  "GET /api/v1/dashboard": async () => ({ path: "/api/v1/dashboard" }),
  "GET /api/v1/dashboard/series": async () => ({ path: "/api/v1/dashboard/series" }),
  "POST /api/v1/imports": async () => ({ path: "/api/v1/imports", multipart: { kind: "CONTACTS", caseId: f.caseId, file: contactsList() } }),
  "POST /api/v1/imports/[id]/preview": async () => ({ path: `/api/v1/imports/${await stagedContacts()}/preview`, data: {} }),
  "POST /api/v1/imports/[id]/commit": async () => ({ path: `/api/v1/imports/${await stagedContacts()}/commit`, data: {} }),
  "POST /api/v1/imports/[id]/confirm": async () => {
    const { id, contactId } = await stagedPositive();
    return { path: `/api/v1/imports/${id}/confirm`, data: { row: 2, contactId } };
  },
  "GET /api/v1/me": async () => ({ path: "/api/v1/me" }),
  "GET /api/v1/openapi.json": async () => ({ path: "/api/v1/openapi.json" }),
  "GET /api/v1/screening": async () => ({ path: "/api/v1/screening" }),
  "POST /api/v1/screening": async () => ({ path: "/api/v1/screening", data: { name: uniqueName(`矩阵排查${++seq}`), idNumber: newIdNumber(), pushedAt: `${T} 00:00` } }),
  "GET /api/v1/screening/[id]": async () => ({ path: `/api/v1/screening/${f.screening}` }),
  "POST /api/v1/screening/[id]/attempts": async () => ({ path: `/api/v1/screening/${f.screening}/attempts`, data: { version: await version(`/api/v1/screening/${f.screening}`), method: "PHONE" } }),
  "POST /api/v1/screening/[id]/resolve": async () => ({
    path: `/api/v1/screening/${f.screeningToResolve}/resolve`,
    data: { version: await version(`/api/v1/screening/${f.screeningToResolve}`), outcome: "MONITORING", startDate: T },
  }),
  "GET /api/v1/sites": async () => ({ path: "/api/v1/sites" }),
  "POST /api/v1/sites": async () => ({ path: "/api/v1/sites", data: { name: uniqueName(`矩阵隔离点${++seq}`), capacity: 3 } }),
  "GET /api/v1/sites/[id]": async () => ({ path: `/api/v1/sites/${f.siteId}` }),
  "PATCH /api/v1/sites/[id]": async () => ({ path: `/api/v1/sites/${f.siteId}`, data: { version: await version(`/api/v1/sites/${f.siteId}`), capacity: 10 + (++seq % 5) } }),
  "GET /api/v1/tasks": async () => ({ path: "/api/v1/tasks" }),
  "GET /api/v1/exports/audit": async () => ({ path: "/api/v1/exports/audit?format=csv&action=data.export" }),
  "GET /api/v1/exports/cases": async () => ({ path: "/api/v1/exports/cases?format=csv" }),
  "GET /api/v1/exports/contacts": async () => ({ path: "/api/v1/exports/contacts?format=xlsx" }),
  "GET /api/v1/exports/tasks": async () => ({ path: "/api/v1/exports/tasks?format=csv" }),
  "GET /api/v1/exports/screening": async () => ({ path: "/api/v1/exports/screening?format=csv&status=ALL" }),
  "PATCH /api/v1/track-entries/[id]": async () => ({ path: `/api/v1/track-entries/${f.trackId}`, data: { place: `菜市场${++seq}` } }),
  "DELETE /api/v1/track-entries/[id]": async () => ({ path: `/api/v1/track-entries/${f.trackId}` }),
};

function routeExists(route: string): boolean {
  return fs.existsSync(path.join(path.resolve("app"), ...route.split("/").filter(Boolean), "route.ts"));
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "zh-CN" } });
  ctx = { anon } as Record<Caller, APIRequestContext>;
  for (const [caller, account] of Object.entries(ACCOUNT)) ctx[caller as Caller] = await apiSession(playwright, baseURL!, account);
  const reference = await expectStatus<{ counties: { code: string }[] }>(await ctx.admin.get("/api/v1/admin/reference"), 200);
  for (const c of reference.counties) taken.add(c.code);
  const source = await seedCase(ctx.own, "矩阵源", addDays(T, -3));
  const [contact, reclassify, transfer, toAnswer, toCancel] = await seedContacts(ctx.own, source.id, [
    { base: "矩阵甲", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    { base: "矩阵乙", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    { base: "矩阵丙", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    { base: "矩阵丁", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
    { base: "矩阵戊", category: "CLOSE", lastExposureDate: addDays(T, -2), identifiedDate: addDays(T, -1) },
  ]);
  const transferOf = async (c: SeededContact) =>
    (await expectStatus<{ id: string }>(await ctx.own.post(`/api/v1/contacts/${c.id}/transfer`, { data: { toCountyCode: "513221", reason: "矩阵" } }), 201)).id;
  // 汶川县 registers 矩阵戊's ID number under a case of its own: a 协查 to 马尔康市.
  const wcCase = await expectStatus<{ id: string }>(
    await ctx.other.post("/api/v1/cases", { data: { name: uniqueName("矩阵汶川源"), sex: "MALE", idNumber: newIdNumber("513221"), countyCode: "513221", classification: "CONFIRMED", confirmedDate: addDays(T, -1) } }),
    201,
  );
  const asked = await expectStatus<{ contacts: { assistRequests: { assistRequestId: string }[] }[] }>(
    await ctx.other.post(`/api/v1/cases/${wcCase.id}/contacts`, {
      data: { contacts: [{ name: uniqueName("矩阵协查"), idNumber: toCancel!.idNumber, category: "CLOSE", lastExposureDate: addDays(T, -1), identifiedDate: T }] },
    }),
    201,
  );
  // Two records of 马尔康市 with the same name and phone and no document.
  const dup = { name: uniqueName("矩阵重复"), phone: "13712345678", category: "GENERAL", lastExposureDate: addDays(T, -1), identifiedDate: T };
  const dupA = await expectStatus<{ contacts: { personId: string }[] }>(await ctx.own.post(`/api/v1/cases/${source.id}/contacts`, { data: { contacts: [dup] } }), 201);
  const other = await seedCase(ctx.own, "矩阵源二", addDays(T, -2));
  const dupB = await expectStatus<{ contacts: { personId: string }[] }>(
    await ctx.own.post(`/api/v1/cases/${other.id}/contacts`, { data: { contacts: [{ ...dup, onDuplicate: "NEW_PERSON" }] } }),
    201,
  );
  const site = await seedSite(ctx.own, "矩阵点", 20);
  const track = await expectStatus<{ id: string }>(await ctx.own.post(`/api/v1/cases/${source.id}/track`, { data: { date: addDays(T, -2), place: "车站" } }), 201);
  const user = await expectStatus<{ id: string }>(
    await ctx.admin.post("/api/v1/admin/users", { data: { username: `matrix.t.${Math.random().toString(36).slice(2, 8)}`, displayName: "矩阵目标", role: "PREFECTURE_OFFICIAL", countyCode: null, password: "Temporary#2026" } }),
    201,
  );
  const screeningItem = async () =>
    (await expectStatus<{ id: string }>(await ctx.own.post("/api/v1/screening", { data: { name: uniqueName("矩阵排查"), phone: "13700000000", idNumber: newIdNumber(), pushedAt: `${T} 00:00` } }), 201)).id;
  const draft = await expectStatus<{ id: string }>(await ctx.official.post("/api/v1/bulletins", { data: { date: addDays(T, -60) } }), 201);
  let pub = await expectStatus<{ id: string; version: number }>(await ctx.official.post("/api/v1/bulletins", { data: { date: addDays(T, -61) } }), 201);
  pub = await expectStatus(await ctx.official.post(`/api/v1/bulletins/${pub.id}/review`, { data: { version: pub.version } }), 200);
  await expectStatus(await ctx.official.post(`/api/v1/bulletins/${pub.id}/publish`, { data: { version: pub.version } }), 200);
  f = {
    screening: await screeningItem(),
    screeningToResolve: await screeningItem(),
    caseId: source.id,
    contact: contact!,
    reclassify: reclassify!,
    transfer: transfer!,
    transferToAnswer: await transferOf(toAnswer!),
    transferToCancel: await transferOf(toCancel!),
    assistId: asked.contacts[0]!.assistRequests[0]!.assistRequestId,
    duplicates: [dupA.contacts[0]!.personId, dupB.contacts[0]!.personId],
    siteId: site.id,
    trackId: track.id,
    userId: user.id,
    draftBulletin: draft.id,
    publishedBulletin: pub.id,
  };
});

test("every route, method and caller answers as the matrix says", async () => {
  test.setTimeout(240_000);
  const cells: string[] = [];
  const wrong: string[] = [];
  for (const entry of MATRIX as MatrixEntry[]) {
    if (entry.external && !routeExists(entry.route)) continue;
    const build = CALLS[key(entry)];
    expect(build, `no request for ${key(entry)} in this spec`).toBeDefined();
    for (const caller of CALLERS) {
      const call = await build!(caller);
      const body = call.multipart ? { multipart: call.multipart } : call.data === undefined ? {} : { data: call.data };
      const res = await ctx[caller].fetch(call.path, { method: entry.method, ...body });
      cells.push(`${key(entry)} ${caller}`);
      if (res.status() !== entry.expect[caller]) wrong.push(`${key(entry)} as ${caller}: ${res.status()} (expected ${entry.expect[caller]}) ${(await res.text()).slice(0, 200)}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(cells.length).toBeGreaterThan(150);
});

test.afterAll(async () => {
  // An inactive county that holds nothing drops out of the officials' lists.
  for (const code of added) await ctx.admin.patch(`/api/v1/admin/counties/${code}`, { data: { active: false } });
});
