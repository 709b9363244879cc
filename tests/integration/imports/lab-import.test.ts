// Import of a laboratory result list (issue 11 item 2): matched by normalized document number to
// people this county manages, never to another county's; negatives in one step through the
// result service; each positive confirmed per person, then escalated as a single result is.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { commitImport } from "@/lib/imports/commit-import";
import { confirmPositive } from "@/lib/imports/confirm-positive";
import { previewImport } from "@/lib/imports/preview-import";
import { stageImport } from "@/lib/imports/stage-import";
import { at, caseBody, expectAppError, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";
import { csv, xlsx } from "./files";

const now = at("2026-03-10");
let u: Users;
const ids: Record<string, string> = {};
const contactOf: Record<string, string> = {};
const HEADERS = ["姓名", "身份证号", "采样日期", "检测结果", "ORF1ab基因Ct值", "N基因Ct值", "检测机构"];

beforeAll(async () => {
  u = await seedFixtures();
  const mkCase = (await registerCase(u.mk, caseBody(), { now })).id;
  for (const name of ["阴一", "阴二", "阳一", "同名", "同名"]) ids[name] ??= nextId();
  const rows = [
    { name: "阴一", idNumber: ids["阴一"]!.replace("X", "x") },
    { name: "阴二", idNumber: ids["阴二"] },
    { name: "阳一", idNumber: ids["阳一"] },
    { name: "同名", idNumber: nextId() },
    { name: "同名", idNumber: nextId() },
  ].map((r) => ({ ...r, category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }));
  const { contacts } = await registerContacts(u.mk, mkCase, { contacts: rows }, { now });
  contacts.forEach((c, i) => (contactOf[`${rows[i]!.name}${i}`] = c.id));
  // 汶川县 manages someone with a document 马尔康市's list also carries.
  ids["汶川人"] = nextId();
  const wcCase = (await registerCase(u.wc, caseBody({ countyCode: WENCHUAN }), { now })).id;
  await registerContacts(u.wc, wcCase, { contacts: [{ name: "汶川人", idNumber: ids["汶川人"], category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }] }, { now });
});

const stage = (bytes: Buffer, user = u.mk) => stageImport(user, { kind: "LAB_RESULTS", fileName: "核酸结果.xlsx" }, bytes, { now });
/** The lab-specific fields of the preview rows. */
const labRows = (p: { rows: unknown[] }) => p.rows as { status: string; contactId?: string; candidates?: { contactId: string }[] }[];
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe("lab result list", () => {
  it("matches by normalized document, records negatives with Ct values in one step, and escalates a positive only once confirmed", async () => {
    const preview = await stage(
      await xlsx([
        HEADERS,
        ["阴一", ids["阴一"]!.toLowerCase(), "2026-03-05", "阴性", "", "", "州疾控"],
        ["阴二", fullWidth(ids["阴二"]!), "2026/3/5", "阴性", 38.2, 39, "州疾控"],
        ["阳一", ids["阳一"], "20260305", "阳性", 28.4, 30.1, "州疾控"],
      ]),
    );
    expect(labRows(preview).map((r) => [r.status, r.contactId])).toEqual([
      ["MATCHED", contactOf["阴一0"]],
      ["MATCHED", contactOf["阴二1"]],
      ["MATCHED", contactOf["阳一2"]],
    ]);
    const done = await commitImport(u.mk, preview.id, {}, { now });
    expect(done).toMatchObject({ imported: 2, positivesToConfirm: [4] });
    const negative = await prisma().testResult.findFirstOrThrow({ where: { contactId: contactOf["阴二1"] } });
    expect([negative.result, Number(negative.ctOrf1ab), Number(negative.ctN), negative.lab]).toEqual(["NEGATIVE", 38.2, 39, "州疾控"]);
    // Not escalated by the commit.
    expect(await prisma().testResult.count({ where: { contactId: contactOf["阳一2"] } })).toBe(0);
    expect((await prisma().contact.findUniqueOrThrow({ where: { id: contactOf["阳一2"] } })).status).toBe("ACTIVE");

    const again = await previewImport(u.mk, preview.id, {}, { now });
    expect(again.rows.map((r) => r.status)).toEqual(["RECORDED", "RECORDED", "MATCHED"]);
    const confirmed = await confirmPositive(u.mk, preview.id, { row: 4, contactId: contactOf["阳一2"] }, { now });
    expect(confirmed.escalation?.caseId).toBeDefined();
    const contact = await prisma().contact.findUniqueOrThrow({ where: { id: contactOf["阳一2"] }, include: { testResults: true } });
    expect(contact.status).toBe("BECAME_CASE");
    expect(Number(contact.testResults[0]!.ctOrf1ab)).toBe(28.4);
    // Every row is recorded now: the list is done, and a second confirmation is refused.
    await expectAppError(confirmPositive(u.mk, preview.id, { row: 4, contactId: contactOf["阳一2"] }, { now }), "CONFLICT", "imports.errors.alreadyCommitted");
    expect((await prisma().importBatch.findUniqueOrThrow({ where: { id: preview.id } })).status).toBe("COMMITTED");
  });

  it("lists unmatched and ambiguous rows for manual matching; all-or-nothing records nothing until they are settled", async () => {
    const preview = await stage(
      csv([
        ["Name", "ID number", "Sample date", "Result", "Lab"],
        ["同名", "", "2026-03-06", "Negative", "A"],
        ["无此人", nextId(), "2026-03-06", "阴性", "A"],
        ["阴一", ids["阴一"]!, "2026-03-06", "阴性", "A"],
      ]),
    );
    expect(preview.rows.map((r) => r.status)).toEqual(["AMBIGUOUS", "UNMATCHED", "MATCHED"]);
    expect(labRows(preview)[0]!.candidates!.map((c) => c.contactId).sort()).toEqual([contactOf["同名3"], contactOf["同名4"]].sort());
    const before = await prisma().testResult.count();
    const refused = await expectAppError(commitImport(u.mk, preview.id, {}, { now }), "VALIDATION", "imports.errors.rowsInvalid");
    expect(refused.fields.map((f) => f.path)).toEqual(["rows.2.name", "rows.3.idNumber"]);
    expect(await prisma().testResult.count()).toBe(before);
    const assignments = [{ row: 2, contactId: contactOf["同名4"]! }];
    const picked = await previewImport(u.mk, preview.id, { assignments }, { now });
    expect(picked.rows[0]).toMatchObject({ status: "MATCHED", matchedBy: "PICKED", contactId: contactOf["同名4"] });
    expect(await commitImport(u.mk, preview.id, { assignments, mode: "VALID_ONLY" }, { now })).toMatchObject({ imported: 2, skippedRows: [3] });
    expect(await prisma().testResult.count()).toBe(before + 2);
  });

  it("never matches another county's people, nor lets a contact of another county be picked, and names none of their data", async () => {
    const wcContact = await prisma().contact.findFirstOrThrow({ where: { person: { idNumber: ids["汶川人"] } } });
    const preview = await stage(await xlsx([HEADERS, ["汶川人", ids["汶川人"], "2026-03-06", "阳性", "", "", ""]]));
    expect(preview.rows[0]).toMatchObject({ status: "UNMATCHED" });
    expect(JSON.stringify(preview)).not.toContain(wcContact.id);
    const picked = await previewImport(u.mk, preview.id, { assignments: [{ row: 2, contactId: wcContact.id }] }, { now });
    expect(picked.rows[0]).toMatchObject({ status: "ERROR", issues: [expect.objectContaining({ field: "name" })] });
    await expectAppError(confirmPositive(u.mk, preview.id, { row: 2, contactId: wcContact.id, assignments: [{ row: 2, contactId: wcContact.id }] }, { now }), "REFUSED");
    await expectAppError(previewImport(u.wc, preview.id, {}, { now }), "NOT_FOUND");
    expect(await prisma().testResult.count({ where: { contactId: wcContact.id } })).toBe(0);
  });

  it("names bad result cells by row and column (result, date, Ct out of range)", async () => {
    const preview = await stage(
      await xlsx([HEADERS, ["阴一", ids["阴一"], "2026-02-30", "阴性", "", "", ""], ["阴一", ids["阴一"], "2026-03-06", "弱阳", "", "", ""], ["阴一", ids["阴一"], "2026-03-06", "阴性", 75, "", ""]]),
    );
    expect(preview.rows.map((r) => [r.status, r.issues.map((i) => i.column)])).toEqual([
      ["ERROR", ["采样日期"]],
      ["ERROR", ["检测结果"]],
      ["ERROR", ["ORF1ab基因Ct值"]],
    ]);
  });
});
