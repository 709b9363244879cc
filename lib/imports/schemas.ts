// Answers of the import routes on the wire (docs/decisions/0010-response-schemas.md).
import { z } from "zod";
import { personMatchSchema } from "@/lib/persons/schemas";
import { testResultAnswerSchema } from "@/lib/lab-results/schemas";
import { dateOut, idOut, intOut } from "@/lib/validation/answer-fields";

const rowIssueSchema = z.strictObject({
  field: z.string().nullable(),
  /** The column's header in the file (or the field's name when no column feeds it). */
  column: z.string().nullable(),
  /** "第 3 行「末次暴露日期」：…" — names the sheet row and the column. */
  message: z.string(),
});

const candidateSchema = z.strictObject({
  contactId: idOut,
  name: z.string(),
  idNumber: z.string().nullable(),
  category: z.enum(["CLOSE", "SECONDARY", "GENERAL"]),
  identifiedDate: dateOut,
});

export const importRowSchema = z.strictObject({
  /** The row number in the sheet (the header is row 1). */
  row: intOut,
  /** Each mapped field's text, edits applied. */
  cells: z.record(z.string(), z.string()),
  /** Contacts: OK | ERROR | DECIDE | REFUSED; lab results: MATCHED | AMBIGUOUS | UNMATCHED | ERROR | RECORDED. */
  status: z.enum(["OK", "ERROR", "DECIDE", "REFUSED", "MATCHED", "AMBIGUOUS", "UNMATCHED", "RECORDED"]),
  issues: z.array(rowIssueSchema),
  /** Contacts: the identity matches of the row and what it needs decided. */
  matches: z
    .strictObject({
      matches: z.array(personMatchSchema),
      needs: z.array(z.enum(["MERGE", "NEW_PERSON_OR_PERSON_ID"])).optional(),
      refused: z.enum(["ALREADY_A_CASE", "ACTIVE_CONTACT", "PERSON_CONFLICT"]).optional(),
    })
    .optional(),
  /** Lab results: the contact the row is matched to, how, and the people to choose from. */
  contactId: idOut.optional(),
  matchedBy: z.enum(["DOCUMENT", "PICKED"]).optional(),
  candidates: z.array(candidateSchema).optional(),
  result: z.enum(["NEGATIVE", "POSITIVE", "PENDING"]).optional(),
  testResultId: idOut.optional(),
});

export const importPreviewSchema = z.strictObject({
  id: idOut,
  kind: z.enum(["CONTACTS", "LAB_RESULTS"]),
  fileName: z.string(),
  status: z.enum(["STAGED", "COMMITTED"]),
  rowCount: intOut,
  headers: z.array(z.string()),
  /** field → column index in `headers`, null when no column feeds it. */
  mapping: z.record(z.string(), intOut.nullable()),
  columns: z.array(z.strictObject({ field: z.string(), label: z.string(), required: z.boolean() })),
  /** Problems of the file as a whole (a required column missing): nothing can be imported. */
  fileIssues: z.array(z.string()),
  /** Said so nothing is dropped silently: columns that are not imported. */
  notices: z.array(z.string()),
  counts: z.record(z.string(), intOut),
  rows: z.array(importRowSchema),
});

export const importCommitSchema = z.strictObject({
  importId: idOut,
  imported: intOut,
  merged: intOut,
  skippedRows: z.array(intOut),
  positivesToConfirm: z.array(intOut),
});

export const positiveConfirmedSchema = testResultAnswerSchema.extend({ row: intOut });
