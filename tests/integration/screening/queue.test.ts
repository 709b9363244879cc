// The screening queue (风险人员排查) on a real database: import with bad rows named, the 24-hour
// deadline at its boundaries, forwarding between counties, unreachable attempts, county scope.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { createScreeningItem } from "@/lib/screening/add-items";
import { screeningCompletion } from "@/lib/screening/completion";
import { importPushList } from "@/lib/screening/import-push-list";
import { getScreeningItem, listScreening, openScreeningCounts } from "@/lib/screening/list-items";
import { recordAttempt } from "@/lib/screening/record-attempt";
import { resolveScreeningItem } from "@/lib/screening/resolve-item";
import { badIdNumber, caseBody, closeRow, expectAppError, MAERKANG, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";

let u: Users;
// 2026-03-10 08:00 in Shanghai.
const PUSHED = "2026-03-10 08:00";
const pushedAt = new Date("2026-03-10T00:00:00.000Z");
const after = (minutes: number) => new Date(pushedAt.getTime() + minutes * 60_000);
const NOW = after(60);
const csv = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n"));
const HEADER = "姓名,手机号,身份证号,推送原因,来源地区,抵达日期,推送时间";

beforeAll(async () => {
  u = await seedFixtures();
});

const entry = (over: Record<string, unknown> = {}) => ({ name: "王五", phone: "13900000001", idNumber: nextId(), reason: "途经中风险地区", sourceArea: "成都市", arrivalDate: "2026-03-09", pushedAt: PUSHED, ...over });

describe("import and single entry", () => {
  it("imports a CSV push list into the user's county queue, due 24 h after the push", async () => {
    const ids = [nextId(), nextId()];
    const result = await importPushList(u.mk, csv([HEADER, `赵一,13900000011,${ids[0]},途经,成都市,2026-03-09,2026-03-10 08:00`, `钱二,13900000012,${ids[1]},途经,重庆市,,2026/3/10 8:30`, ",,,,,,"]), { now: NOW });
    expect(result.imported).toBe(2);
    const items = await prisma().screeningItem.findMany({ where: { importBatch: result.importBatch }, orderBy: { pushedAt: "asc" } });
    expect(items.map((i) => [i.countyCode, i.name, i.dueAt.toISOString()])).toEqual([
      [MAERKANG, "赵一", "2026-03-11T00:00:00.000Z"],
      [MAERKANG, "钱二", "2026-03-11T00:30:00.000Z"],
    ]);
    const audit = await prisma().auditEvent.findFirst({ where: { action: "screening.import", entityId: result.importBatch } });
    expect(audit?.countyCode).toBe(MAERKANG);
  });

  it("names every bad row and column and imports nothing", async () => {
    const dup = nextId();
    const error = await expectAppError(
      importPushList(u.mk, csv([HEADER, `孙三,13900000021,${dup},,,,2026-03-10 08:00`, `李四,13900000022,${badIdNumber(7)},,,,2026-03-10 08:00`, `周五,13900000023,${nextId()},,,,2026-03-32 08:00`, `吴六,13900000024,${dup},,,,2026-03-10 08:00`, `郑七,,,,,,2026-03-10 08:00`]), { now: NOW }),
      "VALIDATION",
    );
    expect(error.fields.map((f) => [f.path, f.key])).toEqual([
      ["rows.3.idNumber", "registry.errors.idCardCheckDigit"],
      ["rows.4.pushedAt", "errors.screening.invalidDateTime"],
      ["rows.5.idNumber", "errors.screening.duplicateInFile"],
      ["rows.6.phone", "errors.screening.needPhoneOrId"],
    ]);
    expect(await prisma().screeningItem.count({ where: { name: "孙三" } })).toBe(0);
  });

  it("refuses files that are empty, not spreadsheets, without the columns, or with formulas", async () => {
    await expectAppError(importPushList(u.mk, new Uint8Array(), { now: NOW }), "VALIDATION");
    const missing = await expectAppError(importPushList(u.mk, csv(["姓名,手机号", "甲,13900000000"]), { now: NOW }), "VALIDATION");
    expect(missing.fields[0]).toMatchObject({ path: "file", key: "errors.screening.missingColumns" });
    const many = Array.from({ length: 5001 }, (_, i) => `人${i},139${String(i).padStart(8, "0")},,,,,2026-03-10 08:00`);
    const tooMany = await expectAppError(importPushList(u.mk, csv([HEADER, ...many]), { now: NOW }), "VALIDATION");
    expect(tooMany.fields[0]).toMatchObject({ key: "errors.screening.tooManyRows", values: { max: 5000, count: 5001 } });
    const binary = await expectAppError(importPushList(u.mk, new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), { now: NOW }), "VALIDATION");
    expect(binary.fields[0]?.key).toBe("errors.screening.notSpreadsheet");

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("推送");
    ws.addRow(["姓名", "手机号", "推送时间"]);
    ws.addRow(["冯八", "13900000031", { formula: "NOW()", result: 46091.5 }]);
    const formula = await expectAppError(importPushList(u.mk, new Uint8Array(await wb.xlsx.writeBuffer()), { now: NOW }), "VALIDATION");
    expect(formula.fields[0]).toMatchObject({ path: "rows.2.pushedAt", key: "errors.screening.formulaCell" });
  });

  it("reads XLSX with date cells as the prefecture's wall-clock time", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("推送");
    ws.addRow(["姓名", "联系电话", "证件号码", "推送时间", "备注"]);
    ws.addRow(["陈九", "13900000041", nextId(), new Date(Date.UTC(2026, 2, 10, 8, 0)), "x"]);
    const result = await importPushList(u.mk, new Uint8Array(await wb.xlsx.writeBuffer()), { now: NOW });
    expect(result).toMatchObject({ imported: 1, ignoredColumns: ["备注"] });
    const item = await prisma().screeningItem.findFirstOrThrow({ where: { importBatch: result.importBatch } });
    expect(item.pushedAt.toISOString()).toBe("2026-03-10T00:00:00.000Z");
  });

  it("takes a single entry, and refuses a person already open in the queue", async () => {
    const idNumber = nextId();
    const item = await createScreeningItem(u.mk, entry({ idNumber }), { now: NOW });
    expect(item).toMatchObject({ status: "OPEN", countyCode: MAERKANG, minutesLeft: 23 * 60, dueAt: "2026-03-11T00:00:00.000Z" });
    const again = await expectAppError(createScreeningItem(u.mk, entry({ idNumber }), { now: NOW }), "VALIDATION");
    expect(again.fields[0]?.key).toBe("errors.screening.alreadyOpen");
    const future = await expectAppError(createScreeningItem(u.mk, entry({ pushedAt: "2026-03-10 10:00" }), { now: NOW }), "VALIDATION");
    expect(future.fields[0]).toMatchObject({ path: "pushedAt", key: "errors.screening.pushedInFuture" });
  });
});

describe("the 24-hour deadline", () => {
  it("counts a verification at 23:59 on time and one at 24:01 late; the figures say so", async () => {
    const a = await createScreeningItem(u.mk, entry(), { now: NOW });
    const b = await createScreeningItem(u.mk, entry(), { now: NOW });
    // Left open: overdue after 24 h.
    await createScreeningItem(u.mk, entry(), { now: NOW });
    expect((await getScreeningItem(u.mk, a.id, { now: after(23 * 60 + 59) })).minutesLeft).toBe(1);
    expect((await getScreeningItem(u.mk, b.id, { now: after(24 * 60 + 1) })).minutesLeft).toBe(-1);
    const onTime = await resolveScreeningItem(u.mk, a.id, { version: a.version, outcome: "MONITORING", startDate: "2026-03-10" }, { now: after(23 * 60 + 59) });
    const late = await resolveScreeningItem(u.mk, b.id, { version: b.version, outcome: "MONITORING", startDate: "2026-03-11" }, { now: after(24 * 60 + 1) });
    expect([onTime.onTime, late.onTime]).toEqual([true, false]);
    expect(onTime).toMatchObject({ status: "MONITORING", monitoringStart: "2026-03-10", minutesLeft: null });

    const [mk, wc] = await screeningCompletion([MAERKANG, WENCHUAN], "2026-03-10", { now: after(24 * 60 + 1) });
    expect(wc).toMatchObject({ received: 0, rate: null });
    expect(mk!.onTime).toBeGreaterThanOrEqual(1);
    expect(mk!.late).toBeGreaterThanOrEqual(1);
    expect(mk!.overdue).toBeGreaterThanOrEqual(1);
    expect(mk!.received).toBe(mk!.onTime + mk!.late + mk!.open + mk!.overdue);
    // Nothing of the 9th or the 11th is counted on the 10th.
    expect((await screeningCompletion([MAERKANG], "2026-03-09", { now: NOW }))[0]!.received).toBe(0);
    const counts = await openScreeningCounts(u.official, { now: after(24 * 60 + 1) });
    const mine = counts.find((c) => c.countyCode === MAERKANG)!;
    expect(mine.overdue).toBeGreaterThanOrEqual(1);
    expect(mine.open).toBeGreaterThanOrEqual(mine.overdue);
  });
});

describe("outcomes", () => {
  it("forwards to another county: audited in both, the receiver gets the person, the sender keeps no personal data", async () => {
    const idNumber = nextId();
    const item = await createScreeningItem(u.mk, entry({ idNumber, name: "褚十" }), { now: NOW });
    const withAttempt = await recordAttempt(u.mk, item.id, { version: item.version, method: "PHONE", note: "家属说人在汶川 13900000001" }, { now: after(90) });
    const sent = await resolveScreeningItem(u.mk, item.id, { version: withAttempt.version, outcome: "FORWARD", toCountyCode: WENCHUAN, note: "现居汶川" }, { now: after(120) });
    expect(sent).toMatchObject({ status: "FORWARDED", forwardedToCounty: WENCHUAN, name: "褚*", phone: null, idNumber: null, reason: null, onTime: true });
    expect(sent.attempts[0]!.note).toBeNull();
    const stored = await prisma().screeningItem.findUniqueOrThrow({ where: { id: item.id }, include: { attempts: true } });
    expect([stored.name, stored.phone, stored.idNumber, stored.attempts[0]!.note]).toEqual(["褚*", null, null, null]);

    const received = (await listScreening(u.wc, {}, { now: after(121) })).items.find((i) => i.idNumber === idNumber)!;
    expect(received).toMatchObject({ name: "褚十", phone: "13900000001", forwardedFromCounty: MAERKANG, receivedAt: after(120).toISOString(), dueAt: after(120 + 24 * 60).toISOString(), attempts: [] });
    await expectAppError(getScreeningItem(u.mk, received.id), "NOT_FOUND");
    expect((await listScreening(u.mk, { status: "ALL" })).items.some((i) => i.idNumber === idNumber || i.name === "褚十")).toBe(false);
    const audits = await prisma().auditEvent.findMany({ where: { action: "screening.forward", entityId: { in: [item.id, received.id] } } });
    expect(audits.map((a) => a.countyCode).sort()).toEqual([MAERKANG, WENCHUAN]);
    expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain(idNumber);
  });

  it("marks unreachable only after three recorded attempts; attempts need a time after receipt and the current version", async () => {
    let item = await createScreeningItem(u.mk, entry(), { now: NOW });
    const early = await expectAppError(recordAttempt(u.mk, item.id, { version: item.version, method: "PHONE", at: "2026-03-10 07:00" }, { now: NOW }), "VALIDATION");
    expect(early.fields[0]).toMatchObject({ path: "at", key: "errors.screening.attemptBeforeReceived" });
    item = await recordAttempt(u.mk, item.id, { version: item.version, method: "PHONE", at: "2026-03-10 08:10", note: "无人接听" }, { now: NOW });
    item = await recordAttempt(u.mk, item.id, { version: item.version, method: "SMS", at: "2026-03-10 08:20" }, { now: NOW });
    const tooFew = await expectAppError(resolveScreeningItem(u.mk, item.id, { version: item.version, outcome: "UNREACHABLE" }, { now: NOW }), "REFUSED", "errors.screening.tooFewAttempts");
    expect(tooFew.values).toEqual({ min: 3, count: 2 });
    await expectAppError(recordAttempt(u.mk2, item.id, { version: item.version - 1, method: "VISIT" }, { now: NOW }), "STALE");
    item = await recordAttempt(u.mk2, item.id, { version: item.version, method: "VISIT", note: "上门无人" }, { now: NOW });
    expect(item.attempts.map((a) => [a.method, a.createdByName])).toEqual([["PHONE", "mk-staff"], ["SMS", "mk-staff"], ["VISIT", "mk-staff-2"]]);
    const done = await resolveScreeningItem(u.mk, item.id, { version: item.version, outcome: "UNREACHABLE", note: "三次均未联系上" }, { now: NOW });
    expect(done).toMatchObject({ status: "UNREACHABLE", onTime: true });
    await expectAppError(resolveScreeningItem(u.mk, item.id, { version: done.version, outcome: "MONITORING", startDate: "2026-03-10" }, { now: NOW }), "REFUSED", "errors.screening.alreadyResolved");
  });

  it("links a contact registered from the item, or one of the county's own; refuses another person's", async () => {
    const c = await registerCase(u.mk, caseBody(), { now: NOW });
    const a = await createScreeningItem(u.mk, entry({ name: "卫十一" }), { now: NOW });
    const registered = await resolveScreeningItem(u.mk, a.id, { version: a.version, outcome: "CONTACT", register: { caseId: c.id, category: "GENERAL", lastExposureDate: "2026-03-08" } }, { now: NOW });
    const contact = await prisma().contact.findUniqueOrThrow({ where: { id: registered.contactId! }, include: { person: true } });
    expect([contact.category, contact.person.name, contact.countyCode, fromDb(contact.identifiedDate)]).toEqual(["GENERAL", "卫十一", MAERKANG, "2026-03-10"]);

    const idNumber = nextId();
    const { contacts } = await registerContacts(u.mk, c.id, { contacts: [closeRow({ idNumber, lastExposureDate: "2026-03-08", identifiedDate: "2026-03-09" })] }, { now: NOW });
    const b = await createScreeningItem(u.mk, entry({ idNumber }), { now: NOW });
    const other = await createScreeningItem(u.mk, entry(), { now: NOW });
    const wrong = await expectAppError(resolveScreeningItem(u.mk, other.id, { version: other.version, outcome: "CONTACT", contactId: contacts[0]!.id }, { now: NOW }), "VALIDATION");
    expect(wrong.fields[0]?.key).toBe("errors.screening.contactOtherPerson");
    const linked = await resolveScreeningItem(u.mk, b.id, { version: b.version, outcome: "CONTACT", contactId: contacts[0]!.id }, { now: NOW });
    expect(linked).toMatchObject({ status: "CONTACT", contactId: contacts[0]!.id });
    const badDate = await expectAppError(resolveScreeningItem(u.mk, other.id, { version: other.version, outcome: "CONTACT", register: { caseId: c.id, category: "CLOSE", lastExposureDate: "2026-03-11" } }, { now: NOW }), "VALIDATION");
    expect(badDate.fields.map((f) => f.path)).toContain("register.lastExposureDate");
  });
});

describe("scope", () => {
  it("keeps each county's queue to itself; officials see it masked and may not write; administrators see nothing", async () => {
    const idNumber = nextId();
    const item = await createScreeningItem(u.mk, entry({ idNumber, name: "蒋十二", phone: "13912345678" }), { now: NOW });
    await expectAppError(getScreeningItem(u.wc, item.id), "NOT_FOUND");
    await expectAppError(recordAttempt(u.wc, item.id, { version: item.version, method: "PHONE" }, { now: NOW }), "NOT_FOUND");
    await expectAppError(resolveScreeningItem(u.wc, item.id, { version: item.version, outcome: "UNREACHABLE" }, { now: NOW }), "NOT_FOUND");
    expect((await listScreening(u.wc, { status: "ALL" })).items.every((i) => i.countyCode === WENCHUAN)).toBe(true);

    const seen = await getScreeningItem(u.official, item.id);
    expect(seen).toMatchObject({ name: "蒋**", phone: "*******5678", idNumber: `**************${idNumber.slice(-4)}`, masked: true, resolutionNote: null });
    await expectAppError(createScreeningItem(u.official, entry(), { now: NOW }), "FORBIDDEN");
    await expectAppError(resolveScreeningItem(u.official, item.id, { version: item.version, outcome: "UNREACHABLE" }, { now: NOW }), "FORBIDDEN");
    await expectAppError(listScreening(u.admin), "FORBIDDEN");
  });
});

const fromDb = (d: Date) => d.toISOString().slice(0, 10);
