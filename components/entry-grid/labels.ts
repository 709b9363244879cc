// Pasted or typed labels → enum values. Spreadsheets kept by county teams say "密接", "男",
// "同住" or the English labels; each table accepts both catalogues' labels plus common variants.
import zhDomain from "@/lib/i18n/messages/zh-CN/domain.json";
import enDomain from "@/lib/i18n/messages/en/domain.json";
import { EXPOSURE_SETTINGS, SEXES } from "@/lib/validation/fields";
import type { LabelKind } from "./columns";

/** Width-folded (full-width letters and digits → ASCII), trimmed, lower-case, no inner spaces. */
export function normalizeLabel(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase().replace(/[\s_-]+/g, "");
}

const SYNONYMS: Record<LabelKind, Record<string, string>> = {
  sex: { 男: "MALE", 男性: "MALE", m: "MALE", 1: "MALE", 女: "FEMALE", 女性: "FEMALE", f: "FEMALE", 2: "FEMALE" },
  category: {
    密接: "CLOSE",
    密切接触: "CLOSE",
    密切接触者: "CLOSE",
    close: "CLOSE",
    一般: "GENERAL",
    一般接触: "GENERAL",
    一般接触者: "GENERAL",
    general: "GENERAL",
    次密接: "SECONDARY",
    次密切接触: "SECONDARY",
    次密切接触者: "SECONDARY",
    secondary: "SECONDARY",
  },
  exposureSetting: {
    家人: "HOUSEHOLD",
    家庭成员: "HOUSEHOLD",
    同住: "HOUSEHOLD",
    同住人员: "HOUSEHOLD",
    同事: "WORKPLACE",
    单位: "WORKPLACE",
    工作: "WORKPLACE",
    同车: "TRANSPORT",
    同乘: "TRANSPORT",
    交通: "TRANSPORT",
    同餐: "MEAL",
    就餐: "MEAL",
    meal: "MEAL",
    医院: "MEDICAL",
    就诊: "MEDICAL",
    medical: "MEDICAL",
    社交: "SOCIAL",
    聚会: "SOCIAL",
    social: "SOCIAL",
    同学: "SCHOOL",
    其它: "OTHER",
  },
};

const CATALOGUE_LABELS: Record<LabelKind, Record<string, string>[]> = {
  sex: [zhDomain.sex, enDomain.sex],
  category: [zhDomain.category, enDomain.category, zhDomain.categoryShort, enDomain.categoryShort],
  exposureSetting: [zhDomain.exposureSetting, enDomain.exposureSetting],
};

const VALUES: Record<LabelKind, readonly string[]> = {
  sex: SEXES,
  category: ["CLOSE", "SECONDARY", "GENERAL"],
  exposureSetting: EXPOSURE_SETTINGS,
};

function buildTable(kind: LabelKind): Map<string, string> {
  const table = new Map<string, string>();
  for (const value of VALUES[kind]) table.set(normalizeLabel(value), value);
  for (const labels of CATALOGUE_LABELS[kind]) {
    for (const [value, label] of Object.entries(labels)) table.set(normalizeLabel(label), value);
  }
  for (const [label, value] of Object.entries(SYNONYMS[kind])) table.set(normalizeLabel(label), value);
  return table;
}

const TABLES: Record<LabelKind, Map<string, string>> = {
  sex: buildTable("sex"),
  category: buildTable("category"),
  exposureSetting: buildTable("exposureSetting"),
};

/** Each value with every label it answers to, display label first (for type-to-select). */
export function choicesFor(kind: LabelKind, values: readonly string[]): { value: string; labels: string[] }[] {
  return values.map((value) => ({
    value,
    labels: [
      ...CATALOGUE_LABELS[kind].flatMap((labels) => (labels[value] ? [labels[value]!] : [])),
      ...Object.entries(SYNONYMS[kind]).flatMap(([label, v]) => (v === value ? [label] : [])),
      value,
    ],
  }));
}

/** The enum value a label stands for; "" for an empty cell; null when it is not recognized. */
export function parseLabel(kind: LabelKind, text: string): string | null {
  const key = normalizeLabel(text);
  if (key === "") return "";
  return TABLES[kind].get(key) ?? null;
}
