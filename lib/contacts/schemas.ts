import { z } from "zod";
import { compareDates } from "@/lib/isolation/dates";
import { checkDocument, rowPersonKey } from "@/lib/persons/identity";
import { decisionFields, personFields } from "@/lib/persons/schemas";
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

export const CATEGORY_VALUES = ["CLOSE", "SECONDARY", "GENERAL"] as const;
export const STATUS_VALUES = ["ACTIVE", "RELEASED", "BECAME_CASE", "ENDED_EARLY"] as const;
/** Rows per registration: a large household or workplace cluster, not a data import. */
export const MAX_BATCH = 500;

const rowSchema = z.object({
  ...personFields,
  category: z.enum(CATEGORY_VALUES).optional(),
  lastExposureDate: dateField,
  identifiedDate: dateField,
  exposureSetting: z.enum(EXPOSURE_SETTINGS).optional(),
  exposureNote: optionalText(200),
  /** County responsible; defaults to the source's county. */
  countyCode: countyCodeField.optional(),
  ...decisionFields,
});

/**
 * POST /api/v1/cases/{id}/contacts (`source: "CASE"`, categories CLOSE | GENERAL) and
 * POST /api/v1/contacts/{id}/contacts (`source: "CONTACT"`, category SECONDARY, the default).
 * Every row is checked and every issue reported, named by row index, before anything is written.
 */
export function makeRegisterContactsSchema(source: "CASE" | "CONTACT", today?: string) {
  return z
    .object({ contacts: z.array(rowSchema).min(1).max(MAX_BATCH) })
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
  q: z.string().trim().max(50).optional(),
  ...pageFields,
});
export type ListContactsInput = z.input<typeof listContactsSchema>;
