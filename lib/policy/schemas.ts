// Policy administration (docs/decisions/0008-policy-versions.md): a draft policy as the form and
// POST /api/v1/admin/policy send it, the preview request, and the answers.
import { z } from "zod";
import { isolationPolicySchema, type IsolationPolicy } from "@/lib/isolation/policy";
import { CONTACT_CATEGORIES, PHASE_KINDS, type ContactCategory } from "@/lib/isolation/types";
import { CATEGORY_VALUES, isolationPlanSchema } from "@/lib/contacts/schemas";
import { dateField, optionalText } from "@/lib/validation/fields";
import { idOut, instantOut, intOut } from "@/lib/validation/answer-fields";

/** PolicyVersion.version is VARCHAR(40); the characters are the engine's. */
export const POLICY_VERSION_MAX = 40;
const day = z.int();

const draftCategorySchema = z.object({
  phases: z.array(z.object({ kind: z.enum(PHASE_KINDS), startDay: day, endDay: day })).min(1).max(PHASE_KINDS.length),
  testDays: z.array(day).max(100),
  doubleSampleDays: z.array(day).max(100),
  /** The release day as the administrator states it; must be the last phase's end day. */
  releaseDay: day.optional(),
});

function toPolicy(draft: { version: string; maxExtensionDays: number; categories: Record<ContactCategory, z.output<typeof draftCategorySchema>> }): IsolationPolicy {
  const categories = Object.fromEntries(
    CONTACT_CATEGORIES.map((c) => {
      const { phases, testDays, doubleSampleDays } = draft.categories[c];
      return [c, { phases, testDays, doubleSampleDays }];
    }),
  ) as unknown as IsolationPolicy["categories"];
  return { version: draft.version, maxExtensionDays: draft.maxExtensionDays, categories };
}

const draftObject = z.object({
  version: z
    .string()
    .trim()
    .min(1, "errors.required")
    .max(POLICY_VERSION_MAX)
    .regex(/^[A-Za-z0-9._+-]+$/, "admin.errors.policyVersionFormat"),
  maxExtensionDays: z.int().min(1).max(365),
  categories: z.object({ CLOSE: draftCategorySchema, SECONDARY: draftCategorySchema, GENERAL: draftCategorySchema }),
});

/**
 * The shape is checked by the schemas above; the rules (phases contiguous from day 1, test days
 * within the plan, double-sample days among the test days) are the engine's own
 * `isolationPolicySchema`, whose issues keep their paths, e.g. `categories.CLOSE.phases.1.startDay`.
 */
function checkDraft(draft: z.output<typeof draftObject>, ctx: z.RefinementCtx): void {
  // Only a well-shaped draft is checked against the rules: an empty phase list would otherwise
  // also report every test day as "after the release day".
  // The draft's own version check stands; the engine checks the rest.
  const checked = isolationPolicySchema.safeParse({ ...toPolicy(draft), version: "draft" });
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue(issue as z.core.$ZodRawIssue);
  for (const c of CONTACT_CATEGORIES) {
    const { releaseDay, phases } = draft.categories[c];
    const last = phases[phases.length - 1]?.endDay;
    if (releaseDay !== undefined && last !== undefined && releaseDay !== last) {
      ctx.addIssue({ code: "custom", path: ["categories", c, "releaseDay"], message: "admin.errors.policyReleaseDay", params: { last } });
    }
  }
}

const WELL_SHAPED = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** POST /api/v1/admin/policy: a new version (becomes current) and why it changes. */
export const createPolicySchema = draftObject
  .extend({ note: optionalText(500) })
  .superRefine(checkDraft, WELL_SHAPED)
  .transform((v) => ({ policy: toPolicy(v), note: v.note }));
export type CreatePolicyInput = z.input<typeof createPolicySchema>;

/** POST /api/v1/admin/policy/preview: what a contact's plan would be under a draft. */
export const previewPolicySchema = draftObject
  .extend({
    contact: z
      .object({ category: z.enum(CATEGORY_VALUES), lastExposureDate: dateField, identifiedDate: dateField })
      .superRefine((v, ctx) => {
        if (v.identifiedDate < v.lastExposureDate) {
          ctx.addIssue({ code: "custom", path: ["identifiedDate"], message: "registry.errors.identifiedBeforeExposure", params: { lastExposureDate: v.lastExposureDate } });
        }
      }),
  })
  .superRefine(checkDraft, WELL_SHAPED)
  .transform((v) => ({ policy: toPolicy(v), contact: v.contact }));
export type PreviewPolicyInput = z.input<typeof previewPolicySchema>;

// ------------------------------------------------------------------ answers (on the wire)

const categoryPolicyViewSchema = z.strictObject({
  phases: z.array(z.strictObject({ kind: z.enum(PHASE_KINDS), startDay: intOut, endDay: intOut })),
  testDays: z.array(intOut),
  doubleSampleDays: z.array(intOut),
  releaseDay: intOut,
});

export const policyVersionViewSchema = z.strictObject({
  version: z.string(),
  current: z.boolean(),
  createdAt: instantOut,
  /** Null for the default version stored on first use. */
  createdById: idOut.nullable(),
  createdByName: z.string().nullable(),
  note: z.string().nullable(),
  maxExtensionDays: intOut,
  categories: z.strictObject({ CLOSE: categoryPolicyViewSchema, SECONDARY: categoryPolicyViewSchema, GENERAL: categoryPolicyViewSchema }),
  /** Plans computed under this version (they keep it whatever version is current). */
  planCount: intOut,
});
export type PolicyVersionView = z.output<typeof policyVersionViewSchema>;

export const policyVersionListSchema = z.strictObject({ versions: z.array(policyVersionViewSchema) });

export const policyPreviewSchema = z.strictObject({
  /** The plan under the draft. */
  draft: isolationPlanSchema,
  /** The same contact under the current version, to compare. */
  current: z.strictObject({ version: z.string(), plan: isolationPlanSchema }),
});
