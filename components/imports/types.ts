// The import answers as the pages use them (lib/imports/schemas.ts describes them on the wire).
export interface PreviewRow {
  row: number;
  cells: Record<string, string>;
  status: string;
  issues: { field: string | null; column: string | null; message: string }[];
  matches?: { matches: { kind: string; record?: { name: string } }[]; needs?: string[]; refused?: string };
  contactId?: string;
  matchedBy?: string;
  candidates?: { contactId: string; name: string; idNumber: string | null; category: string; identifiedDate: string }[];
  result?: string;
  testResultId?: string;
}

export interface Preview {
  id: string;
  kind: "CONTACTS" | "LAB_RESULTS";
  fileName: string;
  status: string;
  rowCount: number;
  headers: string[];
  mapping: Record<string, number | null>;
  columns: { field: string; label: string; required: boolean }[];
  fileIssues: string[];
  notices: string[];
  counts: Record<string, number>;
  rows: PreviewRow[];
}

export interface Settings {
  mapping?: Record<string, number | null>;
  edits: { row: number; field: string; value: string }[];
  decisions: { row: number; onDuplicate?: "MERGE" | "NEW_PERSON" }[];
  mergeReExposures: boolean;
  assignments: { row: number; contactId: string }[];
}

export type { CommitAnswer } from "@/lib/imports/commit-import";

export interface ApiError {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}
