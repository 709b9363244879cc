// Producers of real answers for the registry operations: each calls the service behind the
// route (the same call the route makes) and returns what the route would send, for one or
// more viewers. Run in order; later producers use what earlier ones created.
import { PERMISSION_TABLE } from "@/lib/auth/permissions";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { checkCase } from "@/lib/cases/check-case";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { removeTrackEntry } from "@/lib/cases/remove-track-entry";
import { updateCase } from "@/lib/cases/update-case";
import { updateTrackEntry } from "@/lib/cases/update-track-entry";
import { checkContactRows } from "@/lib/contacts/check-contact-rows";
import { extendPhase } from "@/lib/contacts/extend-phase";
import { getContact } from "@/lib/contacts/get-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { recordReexposure } from "@/lib/contacts/record-reexposure";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { releaseContact } from "@/lib/contacts/release-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { getDashboardSeries } from "@/lib/dashboard/get-series";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { assignSite } from "@/lib/sites/assign-site";
import { createSite } from "@/lib/sites/create-site";
import { getSite } from "@/lib/sites/get-site";
import { listSites } from "@/lib/sites/list-sites";
import { updateSite } from "@/lib/sites/update-site";
import { getTasks } from "@/lib/tasks/get-tasks";
import { assignCaseStaff, assignContactStaff } from "@/lib/assignment/assign-staff";
import { bulkAction, bulkAnswer } from "@/lib/bulk/bulk-action";
import { caseBody, closeRow, nextId, WENCHUAN, type Users } from "../registry/fixtures";

export interface Scenario {
  u: Users;
  now: Date;
  ids: Partial<Record<string, string>>;
  versions: Record<string, number>;
}
export type Producer = (s: Scenario) => Promise<unknown[]>;

const opts = (s: Scenario) => ({ now: s.now });

export const REGISTRY_PRODUCERS: Record<string, Producer> = {
  getMe: async ({ u }) => [u.mk, u.admin].map((user) => ({ user, permissions: PERMISSION_TABLE[user.role] })),

  registerCase: async (s) => {
    const idNumber = nextId();
    s.ids.caseIdNumber = idNumber;
    const c = await registerCase(s.u.mk, caseBody({ idNumber, notes: "流调：3 月 1 日聚餐", currentLocation: "州人民医院" }), opts(s));
    s.ids.case = c.id;
    s.versions.case = c.version;
    // Another county registers the same person: a 协查 is opened, and the answer says so.
    const other = await registerCase(s.u.wc, caseBody({ idNumber, countyCode: WENCHUAN }), opts(s));
    s.ids.wcCase = other.id;
    return [c, other];
  },
  checkCase: async (s) => [await checkCase(s.u.mk, caseBody({ idNumber: s.ids.caseIdNumber }), opts(s))],
  listCases: async (s) => [await listCases(s.u.mk, {}, opts(s)), await listCases(s.u.official, {}, opts(s))],
  getCase: async (s) => [await getCase(s.u.mk, s.ids.case!, opts(s))],
  updateCase: async (s) => [await updateCase(s.u.mk, s.ids.case!, { version: s.versions.case, currentLocation: "定点医院" }, opts(s))],
  addTrackEntry: async (s) => {
    const e = await addTrackEntry(s.u.mk, s.ids.case!, { date: "2026-03-01", place: "马尔康某餐馆", activity: "聚餐" }, opts(s));
    s.ids.track = e.id;
    return [e];
  },
  updateTrackEntry: async (s) => [await updateTrackEntry(s.u.mk, s.ids.track!, { activity: "家庭聚餐" }, opts(s))],
  removeTrackEntry: async (s) => [await removeTrackEntry(s.u.mk, s.ids.track!, opts(s))],

  registerContacts: async (s) => {
    const answer = await registerContacts(
      s.u.mk,
      s.ids.case!,
      {
        contacts: [
          closeRow({ name: "密接甲", exposureSetting: "MEAL", exposureNote: "同桌" }),
          closeRow({ name: "密接乙" }),
          { name: "一般丙", idNumber: nextId(), category: "GENERAL", lastExposureDate: "2026-02-01", identifiedDate: "2026-02-02" },
        ],
      },
      opts(s),
    );
    [s.ids.close1, s.ids.close2, s.ids.general] = answer.contacts.map((c) => c.id);
    return [answer];
  },
  checkContacts: async (s) => {
    const running = await getContact(s.u.mk, s.ids.close1!, opts(s));
    return [await checkContactRows(s.u.mk, { kind: "CASE", id: s.ids.case! }, { contacts: [closeRow({ idNumber: running.person.idNumber })] }, opts(s))];
  },
  registerSecondaryContacts: async (s) => {
    const answer = await registerSecondaryContacts(s.u.mk, s.ids.close2!, { contacts: [closeRow({ name: "次密丁", category: "SECONDARY" })] }, opts(s));
    s.ids.secondary = answer.contacts[0]!.id;
    return [answer];
  },
  checkSecondaryContacts: async (s) => [await checkContactRows(s.u.mk, { kind: "CONTACT", id: s.ids.close2! }, { contacts: [closeRow({ category: "SECONDARY" })] }, opts(s))],
  listContacts: async (s) => [await listContacts(s.u.mk, {}, opts(s)), await listContacts(s.u.official, { category: "CLOSE" }, opts(s))],
  getContact: async (s) => [await getContact(s.u.mk, s.ids.close1!, opts(s)), await getContact(s.u.official, s.ids.close1!, opts(s))],
  updateContact: async (s) => {
    const before = await getContact(s.u.mk, s.ids.close1!, opts(s));
    return [await updateContact(s.u.mk, s.ids.close1!, { version: before.version, address: "马尔康市达萨街 1 号" }, opts(s))];
  },
  recordTestResult: async (s) => [
    await recordTestResult(s.u.mk, s.ids.close1!, { sampleDate: "2026-03-02", result: "NEGATIVE", sampleType: "NASOPHARYNGEAL", lab: "州疾控", ctOrf1ab: 38.5 }, opts(s)),
    // A positive close contact escalates: its secondary contact is upgraded.
    await recordTestResult(s.u.mk, s.ids.close2!, { sampleDate: "2026-03-03", result: "POSITIVE" }, opts(s)),
  ],
  recordHealthCheck: async (s) => [await recordHealthCheck(s.u.mk, s.ids.close1!, { date: "2026-03-09", slot: "MORNING", temperature: 36.6, symptoms: [], note: "无不适" }, opts(s))],
  extendPhase: async (s) => [await extendPhase(s.u.mk, s.ids.close1!, { phase: "CENTRALIZED_ISOLATION", newEndDate: "2026-03-18", reason: "同住人员阳性" }, opts(s))],
  recordReexposure: async (s) => [await recordReexposure(s.u.mk, s.ids.close1!, { lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" }, opts(s))],
  releaseContact: async (s) => {
    for (const sampleDate of ["2026-02-02", "2026-02-15"]) await recordTestResult(s.u.mk, s.ids.general!, { sampleDate, result: "NEGATIVE" }, opts(s));
    return [await releaseContact(s.u.mk, s.ids.general!, { date: "2026-03-10" }, opts(s))];
  },
  reclassifyContact: async (s) => [await reclassifyContact(s.u.mk, s.ids.secondary!, { reason: "源头病例排除" }, opts(s))],

  createSite: async (s) => {
    const site = await createSite(s.u.mk, { name: "马尔康一号隔离点", address: "马尔康市", capacity: 20 }, opts(s));
    s.ids.site = site.id;
    s.versions.site = site.version;
    return [site];
  },
  assignSite: async (s) => [await assignSite(s.u.mk, s.ids.close1!, { siteId: s.ids.site }, opts(s))],
  assignContactStaff: async (s) => [await assignContactStaff(s.u.mk, s.ids.close1!, { assignedToId: s.u.mk.id }, opts(s)), await assignContactStaff(s.u.mk, s.ids.close1!, { assignedToId: null }, opts(s))],
  assignCaseStaff: async (s) => [await assignCaseStaff(s.u.mk, s.ids.case!, { assignedToId: s.u.mk.id }, opts(s))],
  // One done, one refused (no such person): both lists answered.
  bulkAction: async (s) => [bulkAnswer(await bulkAction(s.u.mk, { action: "assignStaff", assignedToId: s.u.mk.id, contacts: [{ id: s.ids.close1! }, { id: "00000000-0000-4000-8000-0000000000ff" }] }, opts(s)), "zh-CN")],
  listSites: async (s) => [await listSites(s.u.mk, {}, opts(s)), await listSites(s.u.official, {}, opts(s))],
  getSite: async (s) => [await getSite(s.u.mk, s.ids.site!, opts(s)), await getSite(s.u.official, s.ids.site!, opts(s))],
  updateSite: async (s) => [await updateSite(s.u.mk, s.ids.site!, { version: s.versions.site, capacity: 25 }, opts(s))],

  getTasks: async (s) => [await getTasks(s.u.mk, {}, opts(s)), await getTasks(s.u.official, { date: "2026-03-04" }, opts(s))],
  getDashboard: async (s) => [await getCountyFigures(s.u.official, {}, opts(s)), await getCountyFigures(s.u.mk, { date: "2026-03-04" }, opts(s))],
  getDashboardSeries: async (s) => [
    await getDashboardSeries(s.u.official, { byCounty: "1" }, opts(s)),
    await getDashboardSeries(s.u.mk, { from: "2026-03-01", to: "2026-03-10" }, opts(s)),
  ],
};
