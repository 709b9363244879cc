// The columns each import reads, with the headers they are recognised by (Chinese and English)
// and how a cell's text becomes the value the service's schema takes. Pure.
import { z } from "zod";
import { parseCategory, parseDateCell, parseExposureSetting, parseIdType, parseNumberCell, parseSex, parseTestOutcome } from "./cell-values";

export interface ColumnDef {
  field: string;
  required: boolean;
  /** Header of the template (Chinese) and the English one; also recognised. */
  zh: string;
  en: string;
  aliases: string[];
  parse?: (text: string) => unknown;
}

export const CONTACT_COLUMNS: ColumnDef[] = [
  { field: "name", required: true, zh: "姓名", en: "Name", aliases: ["名字", "full name"] },
  { field: "sex", required: false, zh: "性别", en: "Sex", aliases: ["gender"], parse: parseSex },
  { field: "idType", required: false, zh: "证件类型", en: "Document type", aliases: ["id type"], parse: parseIdType },
  { field: "idNumber", required: false, zh: "证件号码", en: "ID number", aliases: ["身份证号", "身份证号码", "公民身份号码", "证件号", "document number", "idnumber"] },
  { field: "birthDate", required: false, zh: "出生日期", en: "Birth date", aliases: ["date of birth", "birthday"], parse: parseDateCell },
  { field: "phone", required: false, zh: "联系电话", en: "Phone", aliases: ["手机号", "手机号码", "电话", "手机", "mobile", "telephone"] },
  { field: "address", required: false, zh: "现住址", en: "Address", aliases: ["住址", "地址", "居住地址"] },
  { field: "category", required: true, zh: "接触者类别", en: "Category", aliases: ["类别", "接触类别", "接触类型", "人员类别"], parse: parseCategory },
  { field: "lastExposureDate", required: true, zh: "末次暴露日期", en: "Last exposure date", aliases: ["末次接触日期", "last exposure", "lastexposuredate"], parse: parseDateCell },
  { field: "identifiedDate", required: true, zh: "判定日期", en: "Identified date", aliases: ["identification date", "identifieddate"], parse: parseDateCell },
  { field: "exposureSetting", required: false, zh: "暴露场所", en: "Exposure setting", aliases: ["接触场所", "setting"], parse: parseExposureSetting },
  { field: "exposureNote", required: false, zh: "暴露说明", en: "Exposure note", aliases: ["备注", "接触情况", "note", "notes"] },
];

export const LAB_COLUMNS: ColumnDef[] = [
  { field: "name", required: true, zh: "姓名", en: "Name", aliases: ["名字", "受检者"] },
  { field: "idNumber", required: false, zh: "证件号码", en: "ID number", aliases: ["身份证号", "身份证号码", "公民身份号码", "证件号", "idnumber"] },
  { field: "sampleDate", required: true, zh: "采样日期", en: "Sample date", aliases: ["采样时间", "sampling date", "sampledate"], parse: parseDateCell },
  { field: "result", required: true, zh: "检测结果", en: "Result", aliases: ["结果", "核酸结果", "test result"], parse: parseTestOutcome },
  { field: "ctOrf1ab", required: false, zh: "ORF1ab基因Ct值", en: "Ct ORF1ab", aliases: ["orf1ab", "ct值(orf1ab)", "ctorf1ab", "orf1ab ct"], parse: parseNumberCell },
  { field: "ctN", required: false, zh: "N基因Ct值", en: "Ct N", aliases: ["n基因", "ct值(n)", "ctn", "n ct"], parse: parseNumberCell },
  { field: "lab", required: false, zh: "检测机构", en: "Lab", aliases: ["实验室", "检测单位", "laboratory"] },
];

export const columnsOf = (kind: "CONTACTS" | "LAB_RESULTS") => (kind === "CONTACTS" ? CONTACT_COLUMNS : LAB_COLUMNS);

/** Headers compare without case, spaces, a required-marker * or "(必填)". */
export function foldHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[（(]\s*(必填|选填|required|optional)\s*[)）]/g, "")
    .replace(/[\s*_:：]/g, "");
}

/** Which column of the file holds each field: null when none does. */
export type Mapping = Record<string, number | null>;

export function autoMap(headers: string[], defs: ColumnDef[]): Mapping {
  const folded = headers.map(foldHeader);
  const taken = new Set<number>();
  const out: Mapping = {};
  for (const def of defs) {
    const names = new Set([def.zh, def.en, def.field, ...def.aliases].map(foldHeader));
    const i = folded.findIndex((h, idx) => !taken.has(idx) && h !== "" && names.has(h));
    out[def.field] = i >= 0 ? i : null;
    if (i >= 0) taken.add(i);
  }
  return out;
}

/** A mapping sent by the preview: known fields only, each column at most once. */
export function mappingSchema(defs: ColumnDef[], width: number) {
  return z
    .record(z.string(), z.number().int().min(0).max(width - 1).nullable())
    .superRefine((m, ctx) => {
      const seen = new Map<number, string>();
      for (const [field, col] of Object.entries(m)) {
        if (!defs.some((d) => d.field === field)) ctx.addIssue({ code: "custom", path: [field], message: "imports.errors.unknownField" });
        if (col === null) continue;
        if (seen.has(col)) ctx.addIssue({ code: "custom", path: [field], message: "imports.errors.columnTwice" });
        seen.set(col, field);
      }
    });
}
