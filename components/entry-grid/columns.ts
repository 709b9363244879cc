// The grid's columns, in display (and paste) order. Pure: shared by the grid and its tests.
import { EXPOSURE_SETTINGS, SEXES } from "@/lib/validation/fields";

export type GridMode = "CASE" | "CONTACT";
export type FieldName =
  | "name"
  | "sex"
  | "idNumber"
  | "phone"
  | "category"
  | "exposureSetting"
  | "lastExposureDate"
  | "identifiedDate";

export const GRID_CATEGORIES = ["CLOSE", "GENERAL"] as const;
export type GridCategory = (typeof GRID_CATEGORIES)[number];

export type ColumnKind = "text" | "select" | "date";
export type LabelKind = "sex" | "category" | "exposureSetting";

export interface ColumnDef {
  field: FieldName;
  kind: ColumnKind;
  /** For select columns: the enum values, and which label table parses pasted text. */
  options?: readonly string[];
  labels?: LabelKind;
  required: boolean;
  /** Tailwind width class of the column (the widths add up to fit a 1024 px screen). */
  width: string;
}

const COLUMNS: readonly ColumnDef[] = [
  { field: "name", kind: "text", required: true, width: "w-[6.5rem]" },
  { field: "sex", kind: "select", options: SEXES, labels: "sex", required: false, width: "w-[4.5rem]" },
  { field: "idNumber", kind: "text", required: false, width: "w-44" },
  { field: "phone", kind: "text", required: false, width: "w-[7.5rem]" },
  { field: "category", kind: "select", options: GRID_CATEGORIES, labels: "category", required: true, width: "w-[7.5rem]" },
  { field: "exposureSetting", kind: "select", options: EXPOSURE_SETTINGS, labels: "exposureSetting", required: false, width: "w-[6.5rem]" },
  { field: "lastExposureDate", kind: "date", required: true, width: "w-28" },
  { field: "identifiedDate", kind: "date", required: true, width: "w-28" },
];

/** Under a case: close and general contacts; under a close contact every row is secondary. */
export function columnsFor(mode: GridMode): ColumnDef[] {
  return COLUMNS.filter((c) => mode === "CASE" || c.field !== "category");
}

export const ALL_FIELDS: readonly FieldName[] = COLUMNS.map((c) => c.field);
