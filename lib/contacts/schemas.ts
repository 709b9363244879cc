import { z } from "zod";
import { compareDates } from "@/lib/isolation/dates";
import { checkDocument, rowPersonKey } from "@/lib/persons/identity";
import { decisionFields, openedAssistSchema, personFields, personMatchSchema, personViewSchema } from "@/lib/persons/schemas";
import { testResultViewSchema } from "@/lib/lab-results/schemas";
import { healthCheckViewSchema } from "@/lib/health/schemas";
import {
  ALWAYS,
  isRecord,
  countyCodeField,
  dateField,
  EXPOSURE_SETTINGS,
  isDate,
  notAfter,
  optionalText,
  pageFields,
  PHASE_KIND_VALUES,
  text,
  optionalVersionField,
  versionField,
} from "@/lib/validation/fields";
import { cappedPageOf, countyOut, dateOut, hiddenOut, idOut, instantOut, intOut } from "@/lib/validation/answer-fields";
import { eventDateField } from "@/lib/validation/plausibility";

export const CATEGORY_VALUES = ["CLOSE", "SECONDARY", "GENERAL"] as const;
export const STATUS_VALUES = ["ACTIVE", "RELEASED", "BECAME_CASE", "ENDED_EARLY"] as const;
/** Rows per registration: a large household or workplace cluster, not a data import. */
export const MAX_BATCH = 500;

const rowSchema = z.object({
  ...personFields,
  category: z.enum(CATEGORY_VALUES).optional(),
  lastExposureDate: eventDateField,
  identifiedDate: eventDateField,
  exposureSetting: z.enum(EXPOSURE_SETTINGS).optional(),
  exposureNote: optionalText(200),
  /** County responsible; defaults to the source's county. */
  countyCode: countyCodeField.optional(),
  /** An isolation site of the row's county with a free room; assigned in the same transaction. */
  siteId: z.uuid({ error: "errors.invalidValue" }).optional(),
  ...decisionFields,
});

/**
 * POST /api/v1/cases/{id}/contacts (`source: "CASE"`, categories CLOSE | GENERAL) and
 * POST /api/v1/contacts/{id}/contacts (`source: "CONTACT"`, category SECONDARY, the default).
 * Every row is checked and every issue reported, named by row index, before anything is written.
 * `maxRows`: a spreadsheet import validates a whole file with these rules (lib/imports).
 */
export function makeRegisterContactsSchema(source: "CASE" | "CONTACT", today?: string, maxRows: number = MAX_BATCH) {
  return z
    // confirmWarnings: the user saw the plausibility warnings (e.g. a secondary exposure before the close contact's own) and confirms.
    .object({ contacts: z.array(rowSchema).min(1).max(maxRows), confirmWarnings: z.boolean().optional() })
    .superRefine((body, ctx) => {
      const rows: unknown = isRecord(body) ? body.contacts : undefined;
      if (!Array.isArray(rows)) return;
      const firstRowOf = new Map<string, number>();
      rows.forEach((row: unknown, i) => {
        if (!isRecord(row)) return;
        const at = (field: string) => ["contacts", i, field];
        const issue = (field: string, message: string, params?: Record<string, string | number>) =>
          ctx.addIssue({ code: "custom", path: at(field), message, params });
        if (source === "CASE" && row.category === undefined) issue("category", "errors.required");
        if (source === "CASE" && row.category === "SECONDARY") issue("category", "registry.errors.secondaryUnderCase");
        if (source === "CONTACT" && row.category !== undefined && row.category !== "SECONDARY") {
          issue("category", "registry.errors.onlySecondaryUnderContact");
        }
        notAfter(ctx, row.lastExposureDate, today, at("lastExposureDate"), "registry.errors.exposureInFuture");
        notAfter(ctx, row.identifiedDate, today, at("identifiedDate"), "registry.errors.identifiedInFuture");
        notAfter(ctx, row.birthDate, today, at("birthDate"), "registry.errors.dateInFuture");
        if (isDate(row.lastExposureDate) && isDate(row.identifiedDate) && compareDates(row.identifiedDate, row.lastExposureDate) < 0) {
          issue("identifiedDate", "registry.errors.identifiedBeforeExposure", { lastExposureDate: row.lastExposureDate });
        }
        checkDocument(ctx, row.idType, row.idNumber, at("idNumber"), today);
        const key = rowPersonKey(row);
        if (key === null) return;
        const first = firstRowOf.get(key);
        if (first === undefined) {
          firstRowOf.set(key, i);
          return;
        }
        // Name both rows: each issue points at its own row and names the other.
        const field = key.startsWith("id:") ? "idNumber" : "phone";
        ctx.addIssue({ code: "custom", path: ["contacts", first, field], message: "registry.errors.duplicateInBatch", params: { row: first + 1, otherRow: i + 1 } });
        issue(field, "registry.errors.duplicateInBatch", { row: i + 1, otherRow: first + 1 });
      });
    }, ALWAYS)
    .transform((body) => ({
      confirmWarnings: body.confirmWarnings ?? false,
      contacts: body.contacts.map((row) => ({
        ...row,
        category: row.category ?? (source === "CONTACT" ? ("SECONDARY" as const) : ("CLOSE" as const)),
      })),
    }));
}
export const registerContactsSchema = makeRegisterContactsSchema("CASE");
export const registerSecondaryContactsSchema = makeRegisterContactsSchema("CONTACT");
export type RegisterContactsInput = z.input<typeof registerContactsSchema>;
export type ContactRow = z.output<typeof registerContactsSchema>["contacts"][number];

export function makeUpdateContactSchema(today?: string) {
  const p = personFields;
  return z
    .object({
      version: versionField,
      name: p.name.optional(),
      sex: p.sex,
      birthDate: p.birthDate,
      phone: p.phone,
      address: p.address,
      exposureSetting: z.enum(EXPOSURE_SETTINGS).optional(),
      exposureNote: optionalText(200),
    })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.birthDate : undefined, today, ["birthDate"], "registry.errors.dateInFuture"), ALWAYS);
}
export const updateContactSchema = makeUpdateContactSchema();
export type UpdateContactInput = z.input<typeof updateContactSchema>;

export function makeReexposureSchema(today?: string) {
  return z
    .object({
      lastExposureDate: dateField,
      /** When the new exposure was found; defaults to today. */
      identifiedDate: dateField.optional(),
      exposureSetting: z.enum(EXPOSURE_SETTINGS).optional(),
      exposureNote: optionalText(200),
    })
    .superRefine((v, ctx) => {
      if (!isRecord(v)) return;
      notAfter(ctx, v.lastExposureDate, today, ["lastExposureDate"], "registry.errors.exposureInFuture");
      notAfter(ctx, v.identifiedDate, today, ["identifiedDate"], "registry.errors.identifiedInFuture");
      if (isDate(v.identifiedDate) && isDate(v.lastExposureDate) && compareDates(v.identifiedDate, v.lastExposureDate) < 0) {
        ctx.addIssue({ code: "custom", path: ["identifiedDate"], message: "registry.errors.identifiedBeforeExposure", params: { lastExposureDate: v.lastExposureDate } });
      }
    }, ALWAYS);
}
export const reexposureSchema = makeReexposureSchema();
export type ReexposureInput = z.input<typeof reexposureSchema>;

export function makeReclassifySchema(today?: string) {
  return z
    .object({ reason: text(500, { multiline: true }), date: dateField.optional(), version: optionalVersionField })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.date : undefined, today, ["date"], "registry.errors.dateInFuture"), ALWAYS);
}
export const reclassifySchema = makeReclassifySchema();
export type ReclassifyInput = z.input<typeof reclassifySchema>;

/** POST /api/v1/contacts/{id}/extend */
export const extendPhaseSchema = z.object({
  /** The version the editor read: a newer one is 409 STALE (the task list's one-click actions send none). */
  version: optionalVersionField,
  phase: z.enum(PHASE_KIND_VALUES),
  newEndDate: dateField,
  reason: text(500, { multiline: true }),
});
export type ExtendPhaseInput = z.input<typeof extendPhaseSchema>;

/** POST /api/v1/contacts/{id}/release */
export function makeReleaseSchema(today?: string) {
  return z
    .object({ date: dateField, version: optionalVersionField })
    .superRefine((v, ctx) => notAfter(ctx, isRecord(v) ? v.date : undefined, today, ["date"], "registry.errors.dateInFuture"), ALWAYS);
}
export const releaseSchema = makeReleaseSchema();
export type ReleaseInput = z.input<typeof releaseSchema>;

/** GET /api/v1/contacts?category=&phase=&due=&page= */
export const listContactsSchema = z.object({
  category: z.enum(CATEGORY_VALUES).optional(),
  /** A phase kind: contacts whose active plan has it in force on `date`. */
  phase: z.enum(PHASE_KIND_VALUES).optional(),
  /** today: a scheduled test on `date` without a result; overdue: one before `date`. */
  due: z.enum(["today", "overdue"]).optional(),
  /** The reference day for phase and due; defaults to today. */
  date: dateField.optional(),
  siteId: z.uuid({ error: "errors.invalidValue" }).optional(),
  status: z.enum(STATUS_VALUES).optional(),
  /** Shorthand: released=true is status RELEASED, false is ACTIVE. */
  released: z.enum(["true", "false"]).transform((v) => v === "true").or(z.boolean()).optional(),
  caseId: z.uuid({ error: "errors.invalidValue" }).optional(),
  /** One county of the user's scope (the dashboard's drill-down); another county finds nothing. */
  county: countyCodeField.optional(),
  /** Work assignment: a staff member's id, "me" or "none" (docs/decisions/0022-today-by-person.md). */
  assignedTo: z.union([z.literal("me"), z.literal("none"), z.uuid({ error: "errors.invalidValue" })]).optional(),
  q: z.string().trim().max(50).optional(),
  ...pageFields,
});
export type ListContactsInput = z.input<typeof listContactsSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const plannedPhaseSchema = z.strictObject({ kind: z.enum(PHASE_KIND_VALUES), startDate: dateOut, endDate: dateOut });
export const plannedTestSchema = z.strictObject({ date: dateOut, phase: z.enum(PHASE_KIND_VALUES), doubleSample: z.boolean() });
/** The rule engine's IsolationPlan (lib/isolation/types.ts). */
export const isolationPlanSchema = z.strictObject({
  category: z.enum(CATEGORY_VALUES),
  phases: z.array(plannedPhaseSchema),
  tests: z.array(plannedTestSchema),
  releaseDate: dateOut,
});

/** A stored plan: the engine's plan, the policy version it was computed with, active or replaced. */
export const planViewSchema = isolationPlanSchema.extend({ policyVersion: z.string(), active: z.boolean() });

export const phaseExtensionViewSchema = z.strictObject({
  phase: z.enum(PHASE_KIND_VALUES),
  previousEnd: dateOut,
  newEnd: dateOut,
  reason: z.string().nullable(),
  hidden: hiddenOut,
  createdAt: instantOut,
});

export const planWithExtensionsSchema = planViewSchema.extend({ extensions: z.array(phaseExtensionViewSchema) });

/** The fields of a contact itself (lib/contacts/contact-view.ts contactSummary). */
const contactFields = {
  id: idOut,
  category: z.enum(CATEGORY_VALUES),
  previousCategory: z.enum(CATEGORY_VALUES).nullable(),
  status: z.enum([...STATUS_VALUES, "MERGED"]),
  statusDate: dateOut.nullable(),
  statusReason: z.string().nullable(),
  sourceCaseId: idOut.nullable(),
  sourceContactId: idOut.nullable(),
  countyCode: countyOut,
  exposureSetting: z.enum(EXPOSURE_SETTINGS).nullable(),
  exposureNote: z.string().nullable(),
  /** Free-text fields withheld from this viewer (they read as "hidden", not empty). */
  hidden: hiddenOut,
  /** Status MERGED: the contact (perhaps another county's) that runs this person's plan. */
  mergedIntoId: idOut.nullable(),
  /** Status MERGED: the case this person turned out to be. */
  mergedIntoCaseId: idOut.nullable(),
  lastExposureDate: dateOut,
  identifiedDate: dateOut,
  riskNoticeDate: dateOut.nullable(),
  siteId: idOut.nullable(),
  /** The staff member of the county who works this person (docs/decisions/0022-today-by-person.md). */
  assignedToId: idOut.nullable(),
  person: personViewSchema,
  version: intOut,
};

/** A contact in a case's lists. */
export const caseContactSchema = z.strictObject({ ...contactFields, releaseDate: dateOut.nullable() });

export const contactListItemSchema = z.strictObject({
  ...contactFields,
  releaseDate: dateOut.nullable(),
  phaseOnDate: z.enum(PHASE_KIND_VALUES).nullable(),
  createdAt: instantOut,
});

/** GET /api/v1/contacts */
export const contactPageSchema = cappedPageOf(contactListItemSchema).extend({ date: dateOut });

/** GET /api/v1/contacts/{id} and every contact operation's answer. */
export const contactDetailSchema = z.strictObject({
  ...contactFields,
  plan: planWithExtensionsSchema.nullable(),
  testResults: z.array(testResultViewSchema),
  healthChecks: z.array(healthCheckViewSchema),
  site: z.strictObject({ id: idOut, name: z.string() }).nullable(),
  resultingCaseId: idOut.nullable(),
  secondaryContactIds: z.array(idOut),
  createdAt: instantOut,
  updatedAt: instantOut,
});

/** POST …/contacts: every row saved, with its plan, its matches and any 协查 opened. */
export const registeredContactsSchema = z.strictObject({
  contacts: z.array(
    z.strictObject({
      id: idOut,
      personId: idOut,
      category: z.enum(CATEGORY_VALUES),
      status: z.enum(["ACTIVE", "MERGED"]),
      countyCode: countyOut,
      mergedIntoContactId: idOut.optional(),
      plan: planViewSchema,
      matches: z.array(personMatchSchema),
      assistRequests: z.array(openedAssistSchema),
    }),
  ),
});
