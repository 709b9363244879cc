// Exports (issue 11 item 4): every list to CSV and XLSX, parsed back here with papaparse and
// exceljs; county scope (汶川县 never gets 马尔康市's people), officials' masking, formula
// neutralisation, the export audited, and the route's download answer.
import "next/dist/server/node-environment-baseline";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { exportList, type ExportFile } from "@/lib/exports/export-list";
import { neutraliseCell } from "@/lib/exports/cells";
import { createScreeningItem } from "@/lib/screening/add-items";
import { resolveScreeningItem } from "@/lib/screening/resolve-item";
import { GET as exportContactsRoute } from "@/app/api/v1/exports/contacts/route";
import { at, caseBody, closeRow, expectAppError, nextId, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";
import { inRequestScope, requestFor, sessionCookie } from "../http/next-request";

let u: Users;
const now = at("2026-03-03");
const mkIds = { a: nextId(), b: nextId() };
beforeAll(async () => {
  u = await seedFixtures();
  const mkCase = await registerCase(u.mk, caseBody({ name: "马源头", phone: "13900001111" }), { now });
  await registerContacts(
    u.mk,
    mkCase.id,
    {
      contacts: [
        closeRow({ name: "=HYPERLINK(\"http://x\")", idNumber: mkIds.a, phone: "13911112222", exposureNote: "+cmd|' /C calc'!A0" }),
        closeRow({ name: "马接触", idNumber: mkIds.b, phone: "13922223333", exposureNote: "@SUM(A1)", category: "GENERAL" }),
      ],
    },
    { now },
  );
  const wcCase = await registerCase(u.wc, caseBody({ name: "汶源头", countyCode: WENCHUAN }), { now });
  await registerContacts(u.wc, wcCase.id, { contacts: [closeRow({ name: "汶接触", phone: "13933334444" })] }, { now });
});

async function text(file: ExportFile): Promise<string> {
  return typeof file.body === "string" ? file.body : Buffer.from(await new Response(file.body).arrayBuffer()).toString("utf8");
}
async function csvRows(file: ExportFile): Promise<Record<string, string>[]> {
  const body = await text(file);
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(body.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}
async function xlsxRows(file: ExportFile): Promise<Record<string, unknown>[]> {
  expect(typeof file.body).not.toBe("string");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

describe("formula neutralisation", () => {
  it("prefixes an apostrophe to text starting with = + - @ tab or CR, and leaves the rest", () => {
    for (const v of ["=1+2", "+1", "-1", "@A1", "\tx", "\rx"]) expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ["张三", "2026-03-01", "", "a=b"]) expect(neutraliseCell(v)).toBe(v);
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBeNull();
  });

  it("holds in the CSV and the XLSX parsed back", async () => {
    const csv = await csvRows(await exportList(u.mk, "contacts", { format: "csv" }, "zh-CN", { now }));
    const injected = csv.find((r) => r["姓名"]!.includes("HYPERLINK"))!;
    expect(injected["姓名"]).toBe("'=HYPERLINK(\"http://x\")");
    expect(injected["暴露情况"]).toBe("'+cmd|' /C calc'!A0");
    expect(csv.find((r) => r["姓名"] === "马接触")!["暴露情况"]).toBe("'@SUM(A1)");

    const xlsx = await xlsxRows(await exportList(u.mk, "contacts", { format: "xlsx" }, "zh-CN", { now }));
    const cell = xlsx.find((r) => String(r["姓名"]).includes("HYPERLINK"))!;
    expect(cell["姓名"]).toBe("'=HYPERLINK(\"http://x\")");
    // Stored as text, never as a formula cell.
    expect(xlsx.every((r) => Object.values(r).every((v) => v === null || typeof v !== "object"))).toBe(true);
  });
});

describe("scope and masking", () => {
  it("gives 汶川县 staff none of 马尔康市's people, in either format", async () => {
    const csv = await exportList(u.wc, "contacts", { format: "csv" }, "zh-CN", { now });
    const body = await text(csv);
    expect(body).toContain("汶接触");
    for (const leak of ["马接触", "HYPERLINK", mkIds.a, mkIds.b, "13911112222", "13922223333", "马尔康"]) expect(body).not.toContain(leak);
    const xlsx = await xlsxRows(await exportList(u.wc, "contacts", { format: "xlsx" }, "zh-CN", { now }));
    expect(xlsx.map((r) => r["姓名"])).toEqual(["汶接触"]);
    const cases = await text(await exportList(u.wc, "cases", { format: "csv" }, "zh-CN", { now }));
    expect(cases).toContain("汶源头");
    expect(cases).not.toContain("马源头");
  });

  it("gives officials masked names, ID numbers and phones, and free text as hidden", async () => {
    const rows = await csvRows(await exportList(u.official, "contacts", { format: "csv" }, "zh-CN", { now }));
    expect(rows).toHaveLength(3);
    const body = JSON.stringify(rows);
    for (const leak of ["马接触", "汶接触", mkIds.a, mkIds.b, "13911112222", "13922223333", "13933334444", "@SUM"]) expect(body).not.toContain(leak);
    const masked = rows.find((r) => r["姓名"] === "马**")!;
    expect(masked["证件号码"]).toBe(`${"*".repeat(14)}${mkIds.b.slice(-4)}`);
    expect(masked["联系电话"]).toBe("*******3333");
    expect(masked["暴露情况"]).toBe("已隐藏");
    const xlsx = await xlsxRows(await exportList(u.official, "cases", { format: "xlsx" }, "en", { now }));
    expect(xlsx.map((r) => r["Name"]).sort()).toEqual(["汶**", "马**"]);
    expect(xlsx.every((r) => String(r["Phone"] ?? "").startsWith("*") || r["Phone"] === null)).toBe(true);
  });

  it("exports Today's tasks in scope, and the audit log to administrators only", async () => {
    const tasks = await csvRows(await exportList(u.wc, "tasks", { format: "csv", date: "2026-03-04" }, "zh-CN", { now }));
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((r) => r["县（市）"] === "汶川县")).toBe(true);
    expect(tasks.map((r) => r["姓名"])).toContain("汶接触");
    await expectAppError(exportList(u.mk, "audit", { format: "csv" }, "zh-CN", { now }), "FORBIDDEN");
    await expectAppError(exportList(u.official, "audit", { format: "csv" }, "zh-CN", { now }), "FORBIDDEN");
    await expectAppError(exportList(u.admin, "contacts", { format: "csv" }, "zh-CN", { now }), "FORBIDDEN");
    const audit = await csvRows(await exportList(u.admin, "audit", { format: "csv", action: "contact.register" }, "zh-CN", { now }));
    expect(audit.length).toBe(3);
    expect(audit.every((r) => r["操作"] === "登记接触者" && r["操作代码"] === "contact.register")).toBe(true);
    expect(audit.some((r) => r["操作人"] === "mk-staff (mk-staff)")).toBe(true);
    await expectAppError(exportList(u.mk, "contacts", { format: "pdf" }, "zh-CN", { now }), "VALIDATION");
  });
});

describe("the screening queue", () => {
  // Pushed 2026-03-03 08:00 in Shanghai (00:00 UTC), so due 2026-03-04 08:00.
  const pushedAt = "2026-03-03 08:00";
  const screeningNow = new Date("2026-03-03T02:30:00.000Z");
  const queueIds = { open: nextId(), done: nextId(), wc: nextId() };

  beforeAll(async () => {
    const entry = (name: string, idNumber: string, phone: string) => ({ name, phone, idNumber, reason: "=途经中风险地区", sourceArea: "成都市", arrivalDate: "2026-03-02", pushedAt });
    await createScreeningItem(u.mk, entry("马待查", queueIds.open, "13944445555"), { now: screeningNow });
    const done = await createScreeningItem(u.mk, entry("马已查", queueIds.done, "13955556666"), { now: screeningNow });
    await resolveScreeningItem(u.mk, done.id, { version: done.version, outcome: "MONITORING", startDate: "2026-03-03", note: "本人电话 13955556666 已核实" }, { now: screeningNow });
    await createScreeningItem(u.wc, entry("汶待查", queueIds.wc, "13966667777"), { now: screeningNow });
  });

  it("exports the county's open items with the time left, or every item with ALL, and never another county's", async () => {
    const open = await csvRows(await exportList(u.mk, "screening", { format: "csv" }, "zh-CN", { now: screeningNow }));
    expect(open.map((r) => r["姓名"])).toEqual(["马待查"]);
    expect(open[0]).toMatchObject({
      "县（市）": "马尔康市",
      "身份证号": queueIds.open,
      "手机号": "13944445555",
      // A cell starting with = is neutralised like every other export.
      "推送原因": "'=途经中风险地区",
      "推送时间": "2026-03-03 08:00",
      "核查时限": "2026-03-04 08:00",
      "剩余时间": "剩余 21 小时 30 分",
      "状态": "待核查",
      "联系次数": "0",
    });
    const all = await xlsxRows(await exportList(u.mk, "screening", { format: "xlsx", status: "ALL" }, "zh-CN", { now: screeningNow }));
    expect(all.map((r) => r["姓名"]).sort()).toEqual(["马已查", "马待查"]);
    const done = all.find((r) => r["姓名"] === "马已查")!;
    expect(done).toMatchObject({ "状态": "已纳入健康监测", "是否按时": "24 小时内完成", "核查完成时间": "2026-03-03 10:30", "核查备注": "本人电话 13955556666 已核实", "剩余时间": null });
    const body = await text(await exportList(u.wc, "screening", { format: "csv", status: "ALL" }, "zh-CN", { now: screeningNow }));
    expect(body).toContain("汶待查");
    for (const leak of ["马待查", "马已查", queueIds.open, queueIds.done, "13944445555"]) expect(body).not.toContain(leak);
    await expectAppError(exportList(u.mk, "screening", { format: "csv", status: "DONE" }, "zh-CN", { now: screeningNow }), "VALIDATION");
  });

  it("gives officials the whole prefecture masked, with notes hidden, and audits the export", async () => {
    const rows = await csvRows(await exportList(u.official, "screening", { format: "csv", status: "ALL" }, "en", { now: screeningNow }));
    expect(rows.map((r) => r["Name"]).sort()).toEqual(["汶**", "马**", "马**"]);
    const body = JSON.stringify(rows);
    for (const leak of ["马待查", queueIds.open, queueIds.done, queueIds.wc, "13944445555", "13955556666"]) expect(body).not.toContain(leak);
    expect(rows.find((r) => r["Status"] === "Under health monitoring")).toBeDefined();
    expect(rows.every((r) => r["Resolution note"] === "hidden")).toBe(true);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "data.export", actorId: u.official.id, entityId: "screening" }, orderBy: { id: "desc" } });
    expect(event.after).toMatchObject({ list: "screening", format: "csv", rows: 3, filter: { status: "ALL" } });
  });
});

describe("audited", () => {
  it("records who exported which list, with which filter and how many rows", async () => {
    const file = await exportList(u.mk, "contacts", { format: "xlsx", category: "CLOSE", q: "13911112222" }, "zh-CN", { now });
    expect(file.rows).toBe(1);
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { action: "data.export", actorId: u.mk.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ entity: "Export", entityId: "contacts", countyCode: "513201" });
    expect(event.after).toMatchObject({ list: "contacts", format: "xlsx", rows: 1, filter: { category: "CLOSE", q: "*******2222", date: "2026-03-03" } });
  });

  it("answers the route with a download (content type, file name, no cache) and audits it", async () => {
    const before = await prisma().auditEvent.count({ where: { action: "data.export", actorId: u.official.id } });
    const req = requestFor("/api/v1/exports/contacts?format=xlsx&category=CLOSE", { cookie: await sessionCookie(u.official) });
    const res = await inRequestScope(req, () => exportContactsRoute(req, { params: Promise.resolve({}) }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets[0]!.rowCount).toBe(3);
    expect(await prisma().auditEvent.count({ where: { action: "data.export", actorId: u.official.id } })).toBe(before + 1);
  });
});
