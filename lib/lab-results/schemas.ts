import { z } from "zod";
import { compareDates } from "@/lib/isolation/dates";
import { ALWAYS, isDate, isRecord, notAfter, optionalText } from "@/lib/validation/fields";
import { dateOut, idOut, instantOut } from "@/lib/validation/answer-fields";
import { checkOnset, eventDateField } from "@/lib/validation/plausibility";

export const TEST_OUTCOMES = ["NEGATIVE", "POSITIVE", "PENDING"] as const;
export const SAMPLE_TYPES = ["NASOPHARYNGEAL", "OROPHARYNGEAL"] as const;

const ctValue = z
  .number({ error: "errors.invalidValue" })
  .min(0, "registry.errors.ctRange")
  .max(60, "registry.errors.ctRange")
  .transform((v) => Math.round(v * 10) / 10);

/**
 * POST /api/v1/contacts/{id}/test-results. A POSITIVE result makes the contact a case; the
 * optional classification / confirmedDate / onsetDate describe that case (defaults:
 * CONFIRMED, confirmed on the sample date).
 */
export function makeRecordTestResultSchema(today?: string) {
  return z
    .object({
      sampleDate: eventDateField,
      result: z.enum(TEST_OUTCOMES),
      doubleSample: z.boolean().optional(),
      sampleType: z.enum(SAMPLE_TYPES).optional(),
      lab: optionalText(100),
      ctOrf1ab: ctValue.optional(),
      ctN: ctValue.optional(),
      classification: z.enum(["CONFIRMED", "ASYMPTOMATIC"]).optional(),
      confirmedDate: eventDateField.optional(),
      onsetDate: eventDateField.optional(),
    })
    .superRefine((v, ctx) => {
      if (!isRecord(v)) return;
      notAfter(ctx, v.sampleDate, today, ["sampleDate"], "registry.errors.dateInFuture");
      notAfter(ctx, v.confirmedDate, today, ["confirmedDate"], "registry.errors.dateInFuture");
      notAfter(ctx, v.onsetDate, today, ["onsetDate"], "registry.errors.dateInFuture");
      checkOnset(ctx, v.onsetDate, v.confirmedDate ?? v.sampleDate);
      if (isDate(v.confirmedDate) && isDate(v.sampleDate) && compareDates(v.confirmedDate, v.sampleDate) < 0) {
        ctx.addIssue({ code: "custom", path: ["confirmedDate"], message: "registry.errors.confirmedBeforePositive" });
      }
    }, ALWAYS);
}
export const recordTestResultSchema = makeRecordTestResultSchema();
export type RecordTestResultInput = z.input<typeof recordTestResultSchema>;
export type TestResultData = z.output<typeof recordTestResultSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const testResultViewSchema = z.strictObject({
  id: idOut,
  sampleDate: dateOut,
  result: z.enum(TEST_OUTCOMES),
  doubleSample: z.boolean(),
  sampleType: z.enum(SAMPLE_TYPES).nullable(),
  lab: z.string().nullable(),
  ctOrf1ab: z.number().nullable(),
  ctN: z.number().nullable(),
  createdAt: instantOut,
});

/** A positive result: the case the contact became and the secondary contacts made close contacts. */
export const escalationSchema = z.strictObject({ caseId: idOut, upgradedContactIds: z.array(idOut) });

/** POST /api/v1/contacts/{id}/test-results */
export const testResultAnswerSchema = z.strictObject({ testResult: testResultViewSchema, escalation: escalationSchema.optional() });
