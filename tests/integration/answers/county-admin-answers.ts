// Producers of real answers for the operations between counties (协查, transfers, merges) and
// for administration. See registry-answers.ts.
import { createUser } from "@/lib/admin/create-user";
import { listUsers } from "@/lib/admin/list-users";
import { resetPassword } from "@/lib/admin/reset-password";
import { updateUser } from "@/lib/admin/update-user";
import { answerAssist } from "@/lib/assists/answer-assist";
import { getAssist, listAssists } from "@/lib/assists/list-assists";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { createCounty } from "@/lib/jurisdictions/create-county";
import { listReferenceData } from "@/lib/jurisdictions/list-reference";
import { updateCounty, updatePrefecture } from "@/lib/jurisdictions/update-county";
import { mergePersons } from "@/lib/persons/merge-persons";
import { DEFAULT_POLICY } from "@/lib/isolation/policy";
import { createPolicyVersion } from "@/lib/policy/create-policy";
import { listPolicyVersions } from "@/lib/policy/list-policies";
import { previewPolicy } from "@/lib/policy/preview-policy";
import { answerTransfer, cancelTransfer } from "@/lib/transfers/answer-transfer";
import { getTransfer, listTransfers } from "@/lib/transfers/list-transfers";
import { requestTransfer } from "@/lib/transfers/request-transfer";
import { closeRow, WENCHUAN } from "../registry/fixtures";
import type { Producer, Scenario } from "./registry-answers";

const opts = (s: Scenario) => ({ now: s.now });
const policyDraft = { version: "answers-2", maxExtensionDays: 14, categories: DEFAULT_POLICY.categories };

export const COUNTY_ADMIN_PRODUCERS: Record<string, Producer> = {
  listAssists: async (s) => {
    const page = await listAssists(s.u.wc, {}, opts(s));
    s.ids.assist = page.items[0]!.id;
    return [page, await listAssists(s.u.mk, {}, opts(s)), await listAssists(s.u.official, {}, opts(s))];
  },
  getAssist: async (s) => [await getAssist(s.u.mk, s.ids.assist!, opts(s)), await getAssist(s.u.wc, s.ids.assist!, opts(s))],
  answerAssist: async (s) => [await answerAssist(s.u.mk, s.ids.assist!, { answer: "NOT_SAME_PERSON", note: "出生日期不同" }, opts(s))],

  requestTransfer: async (s) => {
    const { contacts } = await registerContacts(s.u.mk, s.ids.case!, { contacts: [closeRow({ name: "移交甲" }), closeRow({ name: "移交乙" })] }, opts(s));
    const t1 = await requestTransfer(s.u.mk, contacts[0]!.id, { toCountyCode: WENCHUAN, reason: "回汶川家中居家监测" }, opts(s));
    const t2 = await requestTransfer(s.u.mk, contacts[1]!.id, { toCountyCode: WENCHUAN, reason: "回汶川" }, opts(s));
    [s.ids.transfer1, s.ids.transfer2] = [t1.id, t2.id];
    return [t1, t2];
  },
  listTransfers: async (s) => [await listTransfers(s.u.mk, {}, opts(s)), await listTransfers(s.u.wc, {}, opts(s)), await listTransfers(s.u.official, {}, opts(s))],
  // Before acceptance the receiving county sees the person masked.
  getTransfer: async (s) => [await getTransfer(s.u.wc, s.ids.transfer1!, opts(s)), await getTransfer(s.u.mk, s.ids.transfer1!, opts(s)), await getTransfer(s.u.official, s.ids.transfer1!, opts(s))],
  answerTransfer: async (s) => {
    const accepted = await answerTransfer(s.u.wc, s.ids.transfer1!, { accept: true, note: "已接收" }, opts(s));
    // After the hand-over the sender sees no person at all.
    return [accepted, await getTransfer(s.u.mk, s.ids.transfer1!, opts(s))];
  },
  cancelTransfer: async (s) => [await cancelTransfer(s.u.mk, s.ids.transfer2!, opts(s))],

  mergePersons: async (s) => {
    const phone = "13912345678";
    const first = await registerContacts(s.u.mk, s.ids.case!, { contacts: [closeRow({ name: "重复人", phone, idNumber: undefined })] }, opts(s));
    const second = await registerContacts(s.u.mk, s.ids.case!, { contacts: [closeRow({ name: "重复人", phone, idNumber: undefined, onDuplicate: "NEW_PERSON" })] }, opts(s));
    return [await mergePersons(s.u.mk, { keepPersonId: first.contacts[0]!.personId, mergePersonId: second.contacts[0]!.personId }, opts(s))];
  },

  listUsers: async (s) => [{ users: await listUsers(s.u.admin) }],
  createUser: async (s) => {
    const created = await createUser(s.u.admin, { username: "answers.staff", displayName: "答案", role: "COUNTY_STAFF", countyCode: WENCHUAN, password: "long-enough-1" }, opts(s));
    s.ids.user = created.id;
    return [created];
  },
  updateUser: async (s) => [await updateUser(s.u.admin, s.ids.user!, { displayName: "答案二" }, opts(s))],
  resetPassword: async (s) => [await resetPassword(s.u.admin, s.ids.user!, { password: "another-pass-2" }, opts(s))],

  listPolicyVersions: async (s) => [await listPolicyVersions(s.u.admin, opts(s))],
  createPolicyVersion: async (s) => [await createPolicyVersion(s.u.admin, { ...policyDraft, note: "答案测试" }, opts(s))],
  previewPolicy: async (s) => [
    await previewPolicy(s.u.admin, { ...policyDraft, contact: { category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-04" } }, opts(s)),
    await previewPolicy(s.u.admin, { ...policyDraft, contact: { category: "GENERAL", lastExposureDate: "2026-01-01", identifiedDate: "2026-03-04" } }, opts(s)),
  ],
  getReferenceData: async (s) => [await listReferenceData(s.u.admin, opts(s))],
  createCounty: async (s) => [await createCounty(s.u.admin, { code: "513299", nameZh: "答案县", nameEn: "Answers County" }, opts(s))],
  updateCounty: async (s) => [await updateCounty(s.u.admin, "513299", { active: false }, opts(s))],
  updatePrefecture: async (s) => [await updatePrefecture(s.u.admin, { nameEn: "Ngawa Prefecture" }, opts(s))],
};
