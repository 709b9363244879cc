// The grid's columns, in display (and paste) order. Pure: shared by the grid and its tests.
// The columns added for the outbreak work (birth date, address, site) come last, so sheets laid
// out for the earlier grid paste as before.
import { EXPOSURE_SETTINGS, SEXES } from "@/lib/validation/fields";
import { choicesFor } from "./labels";
import { indexChoices, type ChoiceIndex } from "./type-to-select";

export type GridMode = "CASE" | "CONTACT";
export type FieldName =
  | "name"
  | "sex"
  | "idNumber"
  | "phone"
  | "category"
  | "exposureSetting"
  | "lastExposureDate"
  | "identifiedDate"
  | "birthDate"
  | "address"
  | "siteId";

export const GRID_CATEGORIES = ["CLOSE", "GENERAL"] as const;
export type GridCategory = (typeof GRID_CATEGORIES)[number];

export type ColumnKind = "text" | "select" | "date";
export type LabelKind = "sex" | "category" | "exposureSetting";

/** An isolation site of the county as the grid offers it. */
export interface GridSite {
  id: string;
  name: string;
  capacity: number;
  free: number;
}

export interface ColumnDef {
  field: FieldName;
  kind: ColumnKind;
  /** For select columns: the enum values (or site ids), and which label table parses pasted text. */
  options?: readonly string[];
  labels?: LabelKind;
  /** For select columns: what typing selects (labels, pinyin), computed once per option list. */
  choices?: ChoiceIndex;
  required: boolean;
  /** Tailwind width class of the column. */
  width: string;
}

const COLUMNS: readonly ColumnDef[] = [
  { field: "name", kind: "text", required: true, width: "w-[6.5rem]" },
  { field: "sex", kind: "select", options: SEXES, labels: "sex", choices: indexChoices(choicesFor("sex", SEXES)), required: false, width: "w-[4.5rem]" },
  { field: "idNumber", kind: "text", required: false, width: "w-44" },
  { field: "phone", kind: "text", required: false, width: "w-[7.5rem]" },
  {
    field: "category",
    kind: "select",
    options: GRID_CATEGORIES,
    labels: "category",
    choices: indexChoices(choicesFor("category", GRID_CATEGORIES)),
    required: true,
    width: "w-[7.5rem]",
  },
  {
    field: "exposureSetting",
    kind: "select",
    options: EXPOSURE_SETTINGS,
    labels: "exposureSetting",
    choices: indexChoices(choicesFor("exposureSetting", EXPOSURE_SETTINGS)),
    required: false,
    width: "w-[6.5rem]",
  },
  { field: "lastExposureDate", kind: "date", required: true, width: "w-28" },
  { field: "identifiedDate", kind: "date", required: true, width: "w-28" },
  { field: "birthDate", kind: "date", required: false, width: "w-28" },
  { field: "address", kind: "text", required: false, width: "w-40" },
  { field: "siteId", kind: "select", required: false, width: "w-44" },
];

/**
 * Under a case: close and general contacts; under a close contact every row is secondary.
 * The site column offers the county's active sites (typed by name or its pinyin initials).
 */
export function columnsFor(mode: GridMode, sites: GridSite[] = []): ColumnDef[] {
  const siteChoices = indexChoices(sites.map((s) => ({ value: s.id, labels: [s.name] })));
  return COLUMNS.filter((c) => mode === "CASE" || c.field !== "category").map((c) =>
    c.field === "siteId" ? { ...c, options: sites.map((s) => s.id), choices: siteChoices } : c,
  );
}

export const ALL_FIELDS: readonly FieldName[] = COLUMNS.map((c) => c.field);
