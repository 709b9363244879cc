// Import of contacts from XLSX and CSV (issue 11 item 1 and "Bad input"): on real PostgreSQL,
// nothing half-imported, every problem named by sheet row and column.
import { beforeAll, describe, expect, it } from "vitest";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { prisma } from "@/lib/db";
import { commitImport } from "@/lib/imports/commit-import";
import { MAX_FILE_BYTES } from "@/lib/imports/limits";
import { previewImport } from "@/lib/imports/preview-import";
import { stageImport } from "@/lib/imports/stage-import";
import { at, caseBody, expectAppError, MAERKANG, nextId, seedFixtures, type Users } from "../registry/fixtures";
import { CONTACT_HEADERS, csv, xlsx } from "./files";

const now = at("2026-03-10");
let u: Users;
let caseId: string;
beforeAll(async () => {
  u = await seedFixtures();
  caseId = (await registerCase(u.mk, caseBody(), { now })).id;
});

const stage = (bytes: Buffer, fileName = "接触者.xlsx", user = u.mk, kase = caseId) => stageImport(user, { kind: "CONTACTS", caseId: kase, fileName }, bytes, { now });
const contactCount = () => prisma().contact.count({ where: { sourceCaseId: caseId } });
const row = (over: Partial<Record<string, unknown>> = {}) => {
  const r: Record<string, unknown> = { name: "导入人", sex: "男", id: nextId(), phone: "", cat: "密接", last: "2026-03-01", ident: "2026-03-02", setting: "家庭", ...over };
  return [r.name, r.sex, r.id, r.phone, r.cat, r.last, r.ident, r.setting];
};

describe("contacts import: a good file", () => {
  it("reads Chinese headers and every common date format, previews every row valid, commits them all in one go", async () => {
    const file = await xlsx([
      CONTACT_HEADERS,
      row({ name: "甲", last: "2026-03-01" }),
      row({ name: "乙", last: "2026/3/1", ident: "20260302" }),
      row({ name: "丙", last: "2026年3月1日", ident: 46083 }), // Excel serial of 2026-03-02
      row({ name: "丁", last: new Date(Date.UTC(2026, 2, 1)), cat: "一般接触者" }),
    ]);
    const preview = await stage(file);
    expect(preview.rowCount).toBe(4);
    expect(preview.fileIssues).toEqual([]);
    expect(preview.rows.map((r) => r.status)).toEqual(["OK", "OK", "OK", "OK"]);
    expect(preview.rows.map((r) => [r.cells.lastExposureDate, r.cells.identifiedDate])).toEqual([
      ["2026-03-01", "2026-03-02"],
      ["2026/3/1", "20260302"],
      ["2026年3月1日", "46083"],
      ["2026-03-01", "2026-03-02"],
    ]);
    const before = await contactCount();
    const done = await commitImport(u.mk, preview.id, {}, { now });
    expect(done).toMatchObject({ imported: 4, merged: 0, skippedRows: [] });
    expect(await contactCount()).toBe(before + 4);
    const general = await prisma().contact.findFirstOrThrow({ where: { sourceCaseId: caseId, person: { name: "丁" } }, include: { plans: true } });
    expect(general.category).toBe("GENERAL");
    expect(general.plans).toHaveLength(1);
    await expectAppError(commitImport(u.mk, preview.id, {}, { now }), "CONFLICT", "imports.errors.alreadyCommitted");
  });

  it("reads a CSV with English headers and a BOM", async () => {
    const preview = await stage(
      csv([
        ["Name", "ID number", "Category", "Last exposure date", "Identified date"],
        ["Li Lei", nextId(), "close", "2026.03.01", "2026-03-03 00:00:00"],
      ]),
      "contacts.csv",
    );
    expect(preview.rows[0]).toMatchObject({ row: 2, status: "OK" });
    expect(await commitImport(u.mk, preview.id, {}, { now })).toMatchObject({ imported: 1 });
  });
});

describe("contacts import: bad input", () => {
  it("refuses a file that is not a spreadsheet, an old .xls, an empty file and a header without rows", async () => {
    await expectAppError(stage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), "VALIDATION", "imports.errors.notASpreadsheet");
    await expectAppError(stage(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])), "VALIDATION", "imports.errors.notASpreadsheet");
    await expectAppError(stage(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])), "VALIDATION", "imports.errors.oldExcel");
    await expectAppError(stage(Buffer.alloc(0)), "VALIDATION", "imports.errors.emptyFile");
    await expectAppError(stage(await xlsx([CONTACT_HEADERS])), "VALIDATION", "imports.errors.noDataRows");
    await expectAppError(stage(Buffer.alloc(MAX_FILE_BYTES + 1, 0x41)), "PAYLOAD_TOO_LARGE", "imports.errors.fileTooLarge");
  });

  it("refuses 100,000 rows, states the limit and stages nothing", async () => {
    const before = await prisma().importBatch.count();
    const lines = [CONTACT_HEADERS.join(",")];
    for (let i = 0; i < 100_000; i++) lines.push(`人${i},男,,,密接,2026-03-01,2026-03-02,家庭`);
    const error = await expectAppError(stage(Buffer.from(lines.join("\n")), "big.csv"), "VALIDATION", "imports.errors.tooManyRows");
    expect(error.values).toEqual({ max: 10_000 });
    expect(await prisma().importBatch.count()).toBe(before);
  });

  it("names the row and column of malformed dates; all-or-nothing refuses, valid-only imports the rest", async () => {
    const preview = await stage(
      await xlsx([CONTACT_HEADERS, row({ name: "好一" }), row({ name: "坏日期", last: "2026-13-45" }), row({ name: "坏日期二", ident: "昨天" }), row({ name: "好二" })]),
    );
    expect(preview.rows.map((r) => r.status)).toEqual(["OK", "ERROR", "ERROR", "OK"]);
    expect(preview.rows[1]!.issues).toEqual([expect.objectContaining({ field: "lastExposureDate", column: "末次暴露日期", message: expect.stringContaining("第 3 行「末次暴露日期」") })]);
    expect(preview.rows[2]!.issues[0]).toMatchObject({ field: "identifiedDate", column: "判定日期" });
    const before = await contactCount();
    const refused = await expectAppError(commitImport(u.mk, preview.id, {}, { now }), "VALIDATION", "imports.errors.rowsInvalid");
    expect(refused.fields.map((f) => f.path)).toEqual(["rows.3.lastExposureDate", "rows.4.identifiedDate"]);
    expect(await contactCount()).toBe(before);
    expect(await commitImport(u.mk, preview.id, { mode: "VALID_ONLY" }, { now })).toMatchObject({ imported: 2, skippedRows: [3, 4] });
    expect(await contactCount()).toBe(before + 2);
  });

  it("flags rows repeated in the file, by sheet row numbers", async () => {
    const same = row({ name: "重复" });
    const id = nextId();
    const preview = await stage(await xlsx([CONTACT_HEADERS, same, same, row({ name: "同证件一", id }), row({ name: "同证件二", id })]));
    expect(preview.rows[1]!.issues.map((i) => i.message)).toContain("第 3 行「—」：与第 2 行内容完全相同（重复行）。");
    expect(preview.rows[3]!.issues.map((i) => i.message)).toContain("第 5 行「证件号码」：第 5 行与第 4 行是同一人，请合并为一行。");
    expect(preview.rows.filter((r) => r.status === "ERROR").map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });

  it("refuses formula cells (never evaluated, cached value not trusted) until the value is typed in the preview", async () => {
    const file = await xlsx([CONTACT_HEADERS, row({ name: "公式" })], (ws) => {
      ws.getCell("G2").value = { formula: "F2+1", result: "2026-03-02" } as never;
    });
    const preview = await stage(file);
    expect(preview.rows[0]).toMatchObject({ status: "ERROR", issues: [expect.objectContaining({ field: "identifiedDate", column: "判定日期" })] });
    expect(preview.rows[0]!.issues[0]!.message).toContain("公式");
    const fixed = await previewImport(u.mk, preview.id, { edits: [{ row: 2, field: "identifiedDate", value: "2026-03-02" }] }, { now });
    expect(fixed.rows[0]!.status).toBe("OK");
    expect(await commitImport(u.mk, preview.id, { edits: [{ row: 2, field: "identifiedDate", value: "2026-03-02" }] }, { now })).toMatchObject({ imported: 1 });
  });

  it("names missing required columns and extra ones; a mapping fixes a header it did not recognise", async () => {
    const headers = ["姓名", "证件号码", "接触者类别", "末次暴露日期", "判断日期", "微信号"];
    const preview = await stage(await xlsx([headers, ["缺列", nextId(), "密接", "2026-03-01", "2026-03-02", "wx1"]]));
    expect(preview.fileIssues).toEqual(["缺少必需的列「判定日期」：请在列对应中选择，或在文件中补充该列。"]);
    expect(preview.notices).toEqual(["以下列未导入：判断日期、微信号。"]);
    const refused = await expectAppError(commitImport(u.mk, preview.id, {}, { now }), "VALIDATION");
    expect(refused.fields.map((f) => f.path)).toEqual(["mapping.identifiedDate"]);
    const mapping = { ...preview.mapping, identifiedDate: 4 };
    const fixed = await previewImport(u.mk, preview.id, { mapping }, { now });
    expect(fixed.fileIssues).toEqual([]);
    expect(fixed.rows[0]!.status).toBe("OK");
    expect(await commitImport(u.mk, preview.id, { mapping }, { now })).toMatchObject({ imported: 1 });
  });
});

describe("contacts import: identity and scope", () => {
  it("shows a same-county match per row and merges it only when the user says so", async () => {
    const id = nextId();
    await registerContacts(u.mk, caseId, { contacts: [{ name: "已管控", idNumber: id, category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }] }, { now });
    const preview = await stage(await xlsx([CONTACT_HEADERS, row({ name: "已管控", id, last: "2026-03-04", ident: "2026-03-05" }), row({ name: "新人" })]));
    expect(preview.rows[0]).toMatchObject({ status: "DECIDE", matches: { needs: ["MERGE"], matches: [expect.objectContaining({ kind: "ACTIVE_PLAN" })] } });
    const refused = await expectAppError(commitImport(u.mk, preview.id, {}, { now }), "VALIDATION", "imports.errors.rowsInvalid");
    expect(refused.fields[0]).toMatchObject({ path: "rows.2.idNumber", key: "imports.errors.undecidedMatch" });
    const merged = await commitImport(u.mk, preview.id, { decisions: [{ row: 2, onDuplicate: "MERGE" }] }, { now });
    expect(merged).toMatchObject({ imported: 2, merged: 1 });
    expect(await prisma().contact.count({ where: { person: { idNumber: id }, status: "ACTIVE" } })).toBe(1);
  });

  it("registers only in the user's county: another county's staff cannot stage under the case or see the import; officials may not", async () => {
    const preview = await stage(await xlsx([CONTACT_HEADERS, row()]));
    await expectAppError(stage(await xlsx([CONTACT_HEADERS, row()]), "x.xlsx", u.wc), "NOT_FOUND");
    await expectAppError(previewImport(u.wc, preview.id, {}, { now }), "NOT_FOUND");
    await expectAppError(commitImport(u.wc, preview.id, {}, { now }), "NOT_FOUND");
    await expectAppError(stage(await xlsx([CONTACT_HEADERS, row()]), "x.xlsx", u.official), "FORBIDDEN");
    const batch = await prisma().importBatch.findUniqueOrThrow({ where: { id: preview.id } });
    expect(batch.countyCode).toBe(MAERKANG);
  });
});
