import { z } from "zod";
import { SAMPLE_TYPES } from "@/lib/lab-results/schemas";
import { dateField, optionalText, optionalVersionField, uuidField } from "@/lib/validation/fields";

export const BULK_ACTIONS = ["testResult", "assignSite", "confirmTransfer", "release", "assignStaff"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_MAX = 500;

/**
 * POST /api/v1/contacts/bulk (docs/decisions/0023-bulk-actions.md). One action for a selection;
 * each person may carry the version the user saw. Positives are refused in bulk: each one makes
 * a case and must be recorded on its own.
 */
export const bulkSchema = z.object({
  action: z.enum(BULK_ACTIONS),
  contacts: z
    .array(z.object({ id: uuidField, version: optionalVersionField }))
    .min(1, "today.errors.bulkEmpty")
    .max(BULK_MAX, "today.errors.bulkTooMany"),
  allOrNothing: z.boolean().default(false),
  testResult: z
    .object({
      sampleDate: dateField,
      result: z.enum(["NEGATIVE", "PENDING", "POSITIVE"], { error: "errors.required" }).refine((r) => r !== "POSITIVE", "today.errors.bulkNoPositive"),
      lab: optionalText(100),
      sampleType: z.enum(SAMPLE_TYPES).optional(),
    })
    .optional(),
  siteId: uuidField.nullable().optional(),
  assignedToId: uuidField.nullable().optional(),
  date: dateField.optional(),
});
export type BulkInput = z.input<typeof bulkSchema>;

const refusal = z.strictObject({ id: z.string(), code: z.string(), message: z.string() });

/** The answer: who was done, who was refused and why; `applied` false when all-or-nothing refused. */
export const bulkAnswerSchema = z.strictObject({
  action: z.enum(BULK_ACTIONS),
  allOrNothing: z.boolean(),
  applied: z.boolean(),
  done: z.array(z.string()),
  refused: z.array(refusal),
});
export type BulkAnswer = z.output<typeof bulkAnswerSchema>;
