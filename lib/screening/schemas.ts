import { z } from "zod";
import { checkDocument } from "@/lib/persons/identity";
import { personFields } from "@/lib/persons/schemas";
import { ID_TYPES } from "@/lib/persons/identity";
import { ALWAYS, countyCodeField, dateField, EXPOSURE_SETTINGS, isRecord, notAfter, optionalText, pageFields, uuidField, versionField } from "@/lib/validation/fields";
import { countyOut, dateOut, hiddenOut, idOut, instantOut, intOut, pageOf } from "@/lib/validation/answer-fields";
import { ATTEMPT_METHODS } from "./limits";
import { parseDateTime } from "./time";

export { ATTEMPT_METHODS, MAX_IMPORT_ROWS } from "./limits";

export const SCREENING_STATUSES = ["OPEN", "CONTACT", "MONITORING", "FORWARDED", "UNREACHABLE"] as const;

/** A date-time (see parseDateTime) not later than `now`, as an instant. */
function instantField(now: Date | undefined, futureKey: string) {
  return z
    .string({ error: "errors.screening.invalidDateTime" })
    .transform((v, ctx) => {
      const d = parseDateTime(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "errors.screening.invalidDateTime", params: { value: v.slice(0, 40) } });
        return z.NEVER;
      }
      // A minute of slack for clocks that differ between the caller and the server.
      if (now && d.getTime() > now.getTime() + 60_000) {
        ctx.addIssue({ code: "custom", message: futureKey });
        return z.NEVER;
      }
      return d;
    });
}

/** One person of a push list: single entry (form, API) and each row of an imported file. */
export function makeScreeningRowSchema(now?: Date, today?: string) {
  return z
    .object({
      name: personFields.name,
      phone: personFields.phone,
      idType: personFields.idType,
      idNumber: personFields.idNumber,
      reason: optionalText(200),
      sourceArea: optionalText(100),
      arrivalDate: dateField.optional(),
      pushedAt: instantField(now, "errors.screening.pushedInFuture"),
    })
    .superRefine((row, ctx) => {
      if (!isRecord(row)) return;
      const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";
      if (blank(row.phone) && blank(row.idNumber)) ctx.addIssue({ code: "custom", path: ["phone"], message: "errors.screening.needPhoneOrId" });
      checkDocument(ctx, row.idType, row.idNumber, ["idNumber"], today);
      notAfter(ctx, row.arrivalDate, today, ["arrivalDate"], "registry.errors.dateInFuture");
    }, ALWAYS);
}
export const screeningRowSchema = makeScreeningRowSchema();
export type ScreeningRowInput = z.input<typeof screeningRowSchema>;
export type ScreeningRow = z.output<typeof screeningRowSchema>;

export function makeAttemptSchema(now?: Date) {
  return z.object({
    version: versionField,
    /** When the attempt was made; defaults to now. */
    at: instantField(now, "errors.screening.attemptInFuture").optional(),
    method: z.enum(ATTEMPT_METHODS),
    note: optionalText(500, { multiline: true }),
  });
}
export const attemptSchema = makeAttemptSchema();
export type AttemptInput = z.input<typeof attemptSchema>;

const note = optionalText(500, { multiline: true });
export const registerAsContactFields = z.object({
  caseId: uuidField,
  category: z.enum(["CLOSE", "GENERAL"]),
  lastExposureDate: dateField,
  /** Defaults to today. */
  identifiedDate: dateField.optional(),
  exposureSetting: z.enum(EXPOSURE_SETTINGS).optional(),
  onDuplicate: z.enum(["MERGE", "NEW_PERSON"]).optional(),
  personId: uuidField.optional(),
});

export function makeResolveSchema(today?: string) {
  return z.discriminatedUnion(
    "outcome",
    [
      z
        .object({ version: versionField, outcome: z.literal("CONTACT"), contactId: uuidField.optional(), register: registerAsContactFields.optional(), note })
        .superRefine((v, ctx) => {
          if (!v.contactId === !v.register) ctx.addIssue({ code: "custom", path: ["contactId"], message: "errors.screening.contactOrRegister" });
        }),
      z
        .object({ version: versionField, outcome: z.literal("MONITORING"), startDate: dateField, note })
        .superRefine((v, ctx) => notAfter(ctx, v.startDate, today, ["startDate"], "registry.errors.dateInFuture")),
      z.object({ version: versionField, outcome: z.literal("FORWARD"), toCountyCode: countyCodeField, note }),
      z.object({ version: versionField, outcome: z.literal("UNREACHABLE"), note }),
    ],
    { error: "errors.screening.outcomeRequired" },
  );
}
export const resolveSchema = makeResolveSchema();
export type ResolveInput = z.input<typeof resolveSchema>;

/** GET /api/v1/screening?status= (default OPEN; ALL for every status). */
export const listScreeningSchema = z.object({
  status: z.enum([...SCREENING_STATUSES, "ALL"]).default("OPEN"),
  ...pageFields,
});
export type ListScreeningInput = z.input<typeof listScreeningSchema>;
export type ListScreeningFilter = z.output<typeof listScreeningSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const screeningAttemptViewSchema = z.strictObject({
  id: idOut,
  at: instantOut,
  method: z.enum(ATTEMPT_METHODS),
  note: z.string().nullable(),
  createdByName: z.string(),
});

export const screeningItemViewSchema = z
  .strictObject({
    id: idOut,
    countyCode: countyOut,
    name: z.string(),
    phone: z.string().nullable(),
    idType: z.enum(ID_TYPES),
    idNumber: z.string().nullable(),
    reason: z.string().nullable(),
    sourceArea: z.string().nullable(),
    arrivalDate: dateOut.nullable(),
    pushedAt: instantOut,
    receivedAt: instantOut,
    dueAt: instantOut,
    status: z.enum(SCREENING_STATUSES),
    /** Minutes left to the deadline while open (negative: overdue); null once resolved. */
    minutesLeft: intOut.nullable(),
    /** Resolved: whether it was within 24 h of receivedAt. */
    onTime: z.boolean().nullable(),
    resolvedAt: instantOut.nullable(),
    resolvedByName: z.string().nullable(),
    resolutionNote: z.string().nullable(),
    contactId: idOut.nullable(),
    monitoringStart: dateOut.nullable(),
    forwardedToCounty: countyOut.nullable(),
    forwardedFromCounty: countyOut.nullable(),
    attempts: z.array(screeningAttemptViewSchema),
    version: intOut,
    masked: z.boolean(),
    hidden: hiddenOut,
  })
  .meta({ description: "A screening item. Forwarded items keep no personal data in the sending county (name masked, no phone or ID). Officials see names masked, the last 4 of phone and ID, no free text." });

export const screeningPageSchema = pageOf(screeningItemViewSchema);
