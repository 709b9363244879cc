// Reference data (docs/decisions/0009-reference-data.md): counties under the prefecture, and the
// answers of the reference-data endpoints.
import { z } from "zod";
import { text } from "@/lib/validation/fields";
import { countyOut, intOut } from "@/lib/validation/answer-fields";

const names = { nameZh: text(50), nameEn: text(100) };

/** POST /api/v1/admin/counties. The prefix rule needs the prefecture, so the service checks it. */
export const createCountySchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/, "admin.errors.countyCodeFormat"),
  ...names,
});
export type CreateCountyInput = z.input<typeof createCountySchema>;

/** PATCH /api/v1/admin/counties/{code}: rename, deactivate or reactivate. */
export const updateCountySchema = z.object({
  nameZh: names.nameZh.optional(),
  nameEn: names.nameEn.optional(),
  active: z.boolean().optional(),
});
export type UpdateCountyInput = z.input<typeof updateCountySchema>;

/** PATCH /api/v1/admin/prefecture: rename the prefecture (its code is fixed). */
export const updatePrefectureSchema = z.object({ nameZh: names.nameZh.optional(), nameEn: names.nameEn.optional() });
export type UpdatePrefectureInput = z.input<typeof updatePrefectureSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const prefectureViewSchema = z.strictObject({ code: countyOut, nameZh: z.string(), nameEn: z.string() });

export const countyViewSchema = z.strictObject({
  code: countyOut,
  nameZh: z.string(),
  nameEn: z.string(),
  /** Inactive: no new registrations, sites or accounts; its records stay readable. */
  active: z.boolean(),
  /** Active county-staff accounts, cases and contacts held: what deactivation keeps. */
  staff: intOut,
  cases: intOut,
  contacts: intOut,
});
export type CountyView = z.output<typeof countyViewSchema>;

export const referenceDataSchema = z.strictObject({
  prefecture: prefectureViewSchema,
  /** TRACER_TIME_ZONE: every calendar date of the domain is a date there. */
  timeZone: z.string(),
  counties: z.array(countyViewSchema),
});
