import { z } from "zod";
import { countyCodeField, optionalText, optionalVersionField, pageFields, text, uuidField, versionField } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut, intOut, pageOf } from "@/lib/validation/answer-fields";

// The error applies to the type check only: in zod 4 a schema-level message would also replace
// the min/max messages ("at least 1") with "required".
const capacity = z
  .number({ error: (issue) => (issue.code === "invalid_type" ? (issue.input === undefined ? "errors.required" : "errors.invalidValue") : undefined) })
  .int("errors.invalidValue")
  .min(1)
  .max(10_000);

export const createSiteSchema = z.object({
  name: text(100),
  /** Defaults to the staff member's county. */
  countyCode: countyCodeField.optional(),
  address: optionalText(200),
  capacity,
});
export type CreateSiteInput = z.input<typeof createSiteSchema>;

export const updateSiteSchema = z.object({
  version: versionField,
  name: text(100).optional(),
  address: optionalText(200),
  capacity: capacity.optional(),
  active: z.boolean().optional(),
});
export type UpdateSiteInput = z.input<typeof updateSiteSchema>;

export const listSitesSchema = z.object({
  includeInactive: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  ...pageFields,
});
export type ListSitesInput = z.input<typeof listSitesSchema>;

/** Assign a contact to a site, move it to another, or (null) take it out. */
export const assignSiteSchema = z.object({ siteId: uuidField.nullable(), version: optionalVersionField });
export type AssignSiteInput = z.input<typeof assignSiteSchema>;

// ------------------------------------------------------------------ answers (on the wire)

const siteFields = {
  id: idOut,
  name: z.string(),
  countyCode: countyOut,
  address: z.string().nullable(),
  capacity: intOut,
  /** Derived: the active contacts placed here. */
  occupancy: intOut,
  free: intOut,
  active: z.boolean(),
  version: intOut,
};

export const siteViewSchema = z.strictObject(siteFields);

/** GET /api/v1/sites/{id}: with its occupants. */
export const siteDetailSchema = z.strictObject({
  ...siteFields,
  occupants: z.array(z.strictObject({ contactId: idOut, personName: z.string(), category: z.enum(["CLOSE", "SECONDARY", "GENERAL"]), releaseDate: dateOut.nullable() })),
});

export const sitePageSchema = pageOf(siteViewSchema);
