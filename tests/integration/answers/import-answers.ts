// Producers of real answers for the import operations (lib/imports), as the routes send them.
import ExcelJS from "exceljs";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { commitImport } from "@/lib/imports/commit-import";
import { confirmPositive } from "@/lib/imports/confirm-positive";
import { previewImport } from "@/lib/imports/preview-import";
import { stageImport } from "@/lib/imports/stage-import";
import { caseBody, nextId } from "../registry/fixtures";
import type { Producer } from "./registry-answers";

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("1").addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const IMPORT_PRODUCERS: Record<string, Producer> = {
  stageImport: async (s) => {
    const kase = await registerCase(s.u.mk, caseBody(), { now: s.now });
    const known = nextId();
    const { contacts } = await registerContacts(
      s.u.mk,
      kase.id,
      { contacts: [{ name: "已管控", idNumber: known, category: "CLOSE", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }] },
      { now: s.now },
    );
    s.ids.importContact = contacts[0]!.id;
    const contactsFile = await xlsx([
      ["姓名", "证件号码", "接触者类别", "末次暴露日期", "判定日期", "备用"],
      ["新人", nextId(), "密接", "2026-03-01", "2026-03-02", "x"],
      ["已管控", known, "密接", "2026-03-03", "2026-03-04", ""],
      ["坏日期", nextId(), "密接", "2026-13-01", "2026-03-04", ""],
    ]);
    const staged = await stageImport(s.u.mk, { kind: "CONTACTS", caseId: kase.id, fileName: "c.xlsx" }, contactsFile, { now: s.now });
    s.ids.contactsImport = staged.id;
    const labFile = await xlsx([
      ["姓名", "证件号码", "采样日期", "检测结果", "ORF1ab基因Ct值", "N基因Ct值", "检测机构"],
      ["已管控", known, "2026-03-05", "阳性", 25.5, 27, "州疾控"],
      ["无此人", nextId(), "2026-03-05", "阴性", "", "", ""],
      ["已管控", known, "2026-03-04", "阴性", "", "", ""],
    ]);
    const lab = await stageImport(s.u.mk, { kind: "LAB_RESULTS", fileName: "l.xlsx" }, labFile, { now: s.now });
    s.ids.labImport = lab.id;
    return [staged, lab];
  },
  previewImport: async (s) => [
    await previewImport(s.u.mk, s.ids.contactsImport!, { decisions: [{ row: 3, onDuplicate: "MERGE" }] }, { now: s.now, locale: "en" }),
    await previewImport(s.u.mk, s.ids.labImport!, {}, { now: s.now }),
  ],
  commitImport: async (s) => [
    await commitImport(s.u.mk, s.ids.contactsImport!, { mode: "VALID_ONLY", decisions: [{ row: 3, onDuplicate: "MERGE" }] }, { now: s.now }),
    await commitImport(s.u.mk, s.ids.labImport!, { mode: "VALID_ONLY" }, { now: s.now }),
  ],
  confirmImportPositive: async (s) => [await confirmPositive(s.u.mk, s.ids.labImport!, { row: 2, contactId: s.ids.importContact! }, { now: s.now })],
};
