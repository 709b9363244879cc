import { z } from "zod";
import { ALWAYS, isRecord, notAfter, optionalText } from "@/lib/validation/fields";
import { dateOut, hiddenOut, idOut } from "@/lib/validation/answer-fields";
import { eventDateField } from "@/lib/validation/plausibility";

export const CHECK_SLOTS = ["MORNING", "EVENING"] as const;
export const TEMPERATURE_MIN = 34;
export const TEMPERATURE_MAX = 43;

const temperature = z
  .number({ error: "errors.required" })
  .refine((v) => v >= TEMPERATURE_MIN && v <= TEMPERATURE_MAX, {
    message: "registry.errors.temperatureRange",
    params: { min: TEMPERATURE_MIN, max: TEMPERATURE_MAX },
  })
  .transform((v) => Math.round(v * 10) / 10);

/** POST /api/v1/contacts/{id}/health-checks: one morning and one evening check a day. */
export function makeRecordHealthCheckSchema(today?: string) {
  return z
    .object({
      date: eventDateField,
      slot: z.enum(CHECK_SLOTS),
      temperature,
      symptoms: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
      note: optionalText(500, { multiline: true }),
    })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.date : undefined, today, ["date"], "registry.errors.dateInFuture"), ALWAYS);
}
export const recordHealthCheckSchema = makeRecordHealthCheckSchema();
export type RecordHealthCheckInput = z.input<typeof recordHealthCheckSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const healthCheckViewSchema = z.strictObject({
  id: idOut,
  date: dateOut,
  slot: z.enum(CHECK_SLOTS),
  temperature: z.number(),
  symptoms: z.array(z.string()),
  note: z.string().nullable(),
  hidden: hiddenOut,
});
