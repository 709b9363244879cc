import { z } from "zod";
import { checkDocument } from "@/lib/persons/identity";
import { decisionFields, openedAssistSchema, personFields, personMatchSchema, personViewSchema } from "@/lib/persons/schemas";
import { caseContactSchema } from "@/lib/contacts/schemas";
import { cappedPageOf, countyOut, dateOut, hiddenOut, idOut, instantOut, intOut } from "@/lib/validation/answer-fields";
import { ALWAYS, isRecord, countyCodeField, dateField, isDate, notAfter, optionalText, pageFields, text, uuidField, versionField } from "@/lib/validation/fields";
import { compareDates } from "@/lib/isolation/dates";
import { checkOnset, eventDateField } from "@/lib/validation/plausibility";

export const CLASSIFICATIONS = ["CONFIRMED", "ASYMPTOMATIC"] as const;
export const CASE_STATUSES = ["UNDER_TREATMENT", "RECOVERED", "DIED"] as const;

const caseFields = {
  classification: z.enum(CLASSIFICATIONS),
  onsetDate: eventDateField.optional(),
  firstPositiveDate: eventDateField.optional(),
  confirmedDate: eventDateField,
  currentLocation: optionalText(200),
  notes: z.string().max(20_000).optional(),
};

type Ctx = z.RefinementCtx;
function checkCase(ctx: Ctx, v: unknown, today: string | undefined): void {
  if (!isRecord(v)) return;
  checkDocument(ctx, v.idType, v.idNumber, ["idNumber"], today);
  notAfter(ctx, v.onsetDate, today, ["onsetDate"], "registry.errors.dateInFuture");
  notAfter(ctx, v.firstPositiveDate, today, ["firstPositiveDate"], "registry.errors.dateInFuture");
  notAfter(ctx, v.confirmedDate, today, ["confirmedDate"], "registry.errors.dateInFuture");
  notAfter(ctx, v.birthDate, today, ["birthDate"], "registry.errors.dateInFuture");
  checkOnset(ctx, v.onsetDate, v.confirmedDate);
  if (isDate(v.firstPositiveDate) && isDate(v.confirmedDate) && compareDates(v.confirmedDate, v.firstPositiveDate) < 0) {
    ctx.addIssue({ code: "custom", path: ["confirmedDate"], message: "registry.errors.confirmedBeforePositive" });
  }
}

/** POST /api/v1/cases. `today` adds the checks that need a clock (dates in the future). */
export function makeRegisterCaseSchema(today?: string) {
  return z
    .object({ ...personFields, sex: z.enum(["MALE", "FEMALE"]), countyCode: countyCodeField, ...caseFields, ...decisionFields })
    .superRefine((v, ctx) => checkCase(ctx, v, today), ALWAYS);
}
export const registerCaseSchema = makeRegisterCaseSchema();
export type RegisterCaseInput = z.input<typeof registerCaseSchema>;

/** PATCH of a case: every field optional except the version read by the editor. */
export function makeUpdateCaseSchema(today?: string) {
  const p = personFields;
  return z
    .object({
      version: versionField,
      name: p.name.optional(),
      sex: p.sex,
      birthDate: p.birthDate,
      idType: p.idType,
      idNumber: p.idNumber,
      phone: p.phone,
      address: p.address,
      classification: caseFields.classification.optional(),
      onsetDate: caseFields.onsetDate,
      firstPositiveDate: caseFields.firstPositiveDate,
      confirmedDate: caseFields.confirmedDate.optional(),
      currentLocation: caseFields.currentLocation,
      status: z.enum(CASE_STATUSES).optional(),
      notes: caseFields.notes,
    })
    .superRefine((v, ctx) => checkCase(ctx, v, today), ALWAYS);
}
export const updateCaseSchema = makeUpdateCaseSchema();
export type UpdateCaseInput = z.input<typeof updateCaseSchema>;

export function makeTrackEntrySchema(today?: string) {
  return z
    .object({ date: dateField, place: text(200), activity: optionalText(200) })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.date : undefined, today, ["date"], "registry.errors.dateInFuture"), ALWAYS);
}
export const trackEntrySchema = makeTrackEntrySchema();
export type TrackEntryInput = z.input<typeof trackEntrySchema>;

export function makeUpdateTrackEntrySchema(today?: string) {
  return z
    .object({ date: dateField.optional(), place: text(200).optional(), activity: optionalText(200) })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.date : undefined, today, ["date"], "registry.errors.dateInFuture"), ALWAYS);
}
export const updateTrackEntrySchema = makeUpdateTrackEntrySchema();
export type UpdateTrackEntryInput = z.input<typeof updateTrackEntrySchema>;

/** GET /api/v1/cases?q=&page= */
export const listCasesSchema = z.object({
  q: z.string().trim().max(50).optional(),
  ...pageFields,
});
export type ListCasesInput = z.input<typeof listCasesSchema>;

export const idParamSchema = z.object({ id: uuidField });

// ------------------------------------------------------------------ answers (on the wire)

/** 行程轨迹: place and activity are free text, withheld from masked viewers. */
export const trackEntryViewSchema = z.strictObject({ id: idOut, date: dateOut, place: z.string().nullable(), activity: z.string().nullable(), hidden: hiddenOut });

const caseViewFields = {
  id: idOut,
  person: personViewSchema,
  name: z.string(),
  countyCode: countyOut,
  classification: z.enum(CLASSIFICATIONS),
  onsetDate: dateOut.nullable(),
  firstPositiveDate: dateOut.nullable(),
  confirmedDate: dateOut,
  currentLocation: z.string().nullable(),
  status: z.enum([...CASE_STATUSES, "MERGED"]),
  notes: z.string().nullable(),
  hidden: hiddenOut,
  sourceContactId: idOut.nullable(),
  mergedIntoId: idOut.nullable(),
  /** The staff member of the county who works this case (docs/decisions/0022-today-by-person.md). */
  assignedToId: idOut.nullable(),
  version: intOut,
  createdAt: instantOut,
  updatedAt: instantOut,
};

export const caseViewSchema = z.strictObject(caseViewFields);

/** POST /api/v1/cases: the case, the matches found and any 协查 opened. */
export const registeredCaseSchema = z.strictObject({ ...caseViewFields, matches: z.array(personMatchSchema), assistRequests: z.array(openedAssistSchema) });

/** GET /api/v1/cases/{id}: with its track and its contacts (the secondary ones of its close contacts too). */
export const caseDetailSchema = z.strictObject({
  ...caseViewFields,
  track: z.array(trackEntryViewSchema),
  contacts: z.strictObject({ close: z.array(caseContactSchema), general: z.array(caseContactSchema), secondary: z.array(caseContactSchema) }),
});

export const casePageSchema = cappedPageOf(caseViewSchema);

/** DELETE /api/v1/track-entries/{id}: the entry is hidden, kept and audited. */
export const removedTrackEntrySchema = z.strictObject({ id: idOut });
