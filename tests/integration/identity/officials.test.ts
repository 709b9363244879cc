// Prefecture officials never receive a name, a full document number or an 11-digit phone
// number in any field, free text included (docs/architecture.md#access): free text is withheld
// and listed as hidden, so pages say "已隐藏 / hidden" rather than "none".
import { beforeAll, describe, expect, it } from "vitest";
import { addTrackEntry } from "@/lib/cases/add-track-entry";
import { getCase } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { registerCase } from "@/lib/cases/register-case";
import { getContact } from "@/lib/contacts/get-contact";
import { listContacts } from "@/lib/contacts/list-contacts";
import { reclassifyContact } from "@/lib/contacts/reclassify-contact";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { recordHealthCheck } from "@/lib/health/record-health-check";
import { getTasks } from "@/lib/tasks/get-tasks";
import { at, caseBody, closeRow, seedFixtures, type Users } from "../registry/fixtures";

const now = at("2026-03-10");
let u: Users;
const NAME = "张秘密";
const PHONE = "13912345678";
const NOTE_PHONE = "18687654321";
let idNumber: string;
let caseId: string;
let contactId: string;
let endedId: string;

beforeAll(async () => {
  u = await seedFixtures();
  const c = await registerCase(u.mk, caseBody({ name: "病例秘密名", phone: PHONE, notes: `流调：联系人电话 ${NOTE_PHONE}，${NAME}`, currentLocation: `${NAME}家中` }), { now });
  caseId = c.id;
  idNumber = c.person.idNumber!;
  await addTrackEntry(u.mk, caseId, { date: "2026-03-05", place: `${NAME}家 ${NOTE_PHONE}`, activity: `与${NAME}聚餐` }, { now });
  const r = await registerContacts(
    u.mk,
    caseId,
    { contacts: [closeRow({ name: NAME, phone: PHONE, exposureNote: `同住，电话 ${NOTE_PHONE}` }), closeRow({ name: "另一人" })] },
    { now },
  );
  contactId = r.contacts[0]!.id;
  endedId = r.contacts[1]!.id;
  await recordHealthCheck(u.mk, contactId, { date: "2026-03-09", slot: "MORNING", temperature: 36.5, note: `${NAME}说 ${NOTE_PHONE} 可联系` }, { now });
  await reclassifyContact(u.mk, endedId, { reason: `源头排除，${NAME} 确认 ${NOTE_PHONE}` }, { now });
});

function secrets(answer: unknown): string[] {
  const text = JSON.stringify(answer);
  return [NAME, "病例秘密名", PHONE, NOTE_PHONE, idNumber].filter((s) => text.includes(s));
}

describe("what a prefecture official receives", () => {
  it("has no name, full document or phone number anywhere, free text included", async () => {
    const answers = [
      await getCase(u.official, caseId),
      await listCases(u.official),
      await getContact(u.official, contactId),
      await getContact(u.official, endedId),
      await listContacts(u.official, {}),
      await getTasks(u.official, { date: "2026-03-10" }, { now }),
    ];
    for (const a of answers) expect(secrets(a)).toEqual([]);
  });

  it("marks withheld fields as hidden, not empty", async () => {
    const c = await getCase(u.official, caseId);
    expect(c.hidden).toEqual(["currentLocation", "notes"]);
    expect(c.person).toMatchObject({ masked: true, hidden: ["birthDate", "address"], phone: "*******5678" });
    expect(c.track[0]).toMatchObject({ place: null, activity: null, hidden: ["place", "activity"] });
    const contact = await getContact(u.official, contactId);
    expect(contact.hidden).toEqual(["exposureNote", "statusReason"]);
    expect(contact.healthChecks[0]).toMatchObject({ note: null, hidden: ["note"] });
    // Staff of the county see it all.
    const staff = await getContact(u.mk, contactId);
    expect(staff).toMatchObject({ exposureNote: `同住，电话 ${NOTE_PHONE}`, hidden: [], person: { name: NAME, masked: false } });
  });
});
