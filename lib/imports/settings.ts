// What the user changed in the preview, sent with every preview and with the commit: the column
// mapping, edited cells, decisions about matches. Nothing of it is stored until the commit.
import { z } from "zod";
import { ON_DUPLICATE } from "@/lib/persons/schemas";
import { MAX_ROWS } from "./limits";

export const cellEditSchema = z.object({
  /** The sheet row number the preview showed. */
  row: z.number().int().min(1),
  field: z.string().max(40),
  value: z.string().max(500),
});

export const importSettingsSchema = z.object({
  /** field → column index (null: not imported); absent: recognised from the headers. */
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
  edits: z.array(cellEditSchema).max(MAX_ROWS * 4).default([]),
  /** Contacts: what to do with a row that matches a person of this county. */
  decisions: z
    .array(z.object({ row: z.number().int().min(1), onDuplicate: z.enum(ON_DUPLICATE).optional(), personId: z.uuid().optional() }))
    .max(MAX_ROWS)
    .default([]),
  /** Contacts: every row of someone already under a plan here is merged as re-exposure. */
  mergeReExposures: z.boolean().default(false),
  /** Lab results: the contact chosen for an unmatched or ambiguous row. */
  assignments: z.array(z.object({ row: z.number().int().min(1), contactId: z.uuid() })).max(MAX_ROWS).default([]),
});
export type ImportSettingsInput = z.input<typeof importSettingsSchema>;
export type ImportSettings = z.output<typeof importSettingsSchema>;

export const commitImportSchema = importSettingsSchema.extend({
  /** ALL: nothing unless every row is valid (the default); VALID_ONLY: the valid rows, the others listed. */
  mode: z.enum(["ALL", "VALID_ONLY"]).default("ALL"),
});
export type CommitImportInput = z.input<typeof commitImportSchema>;
