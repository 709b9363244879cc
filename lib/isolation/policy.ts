import { z } from "zod";
import { PHASE_KINDS, type ContactCategory, type PhaseKind } from "./types";

// Days are counted from the last exposure: day N = lastExposureDate + N, ranges inclusive.
export interface PolicyPhase {
  readonly kind: PhaseKind;
  readonly startDay: number;
  readonly endDay: number;
}

export interface CategoryPolicy {
  /** Contiguous, starting on day 1; the last phase's endDay is the release day. */
  readonly phases: readonly PolicyPhase[];
  /** Strictly ascending, all within day 1..release day. */
  readonly testDays: readonly number[];
  /** Subset of testDays sampled twice (two reagents). */
  readonly doubleSampleDays: readonly number[];
}

export interface IsolationPolicy {
  /** Stored with every plan so a policy change never silently rewrites existing plans. */
  readonly version: string;
  readonly categories: Readonly<Record<ContactCategory, CategoryPolicy>>;
  /** How far one extension may move a phase's end beyond its current end (default 28 days). */
  readonly maxExtensionDays?: number;
}

export const DEFAULT_MAX_EXTENSION_DAYS = 28;

export function maxExtensionDaysOf(policy: IsolationPolicy): number {
  return policy.maxExtensionDays ?? DEFAULT_MAX_EXTENSION_DAYS;
}

/** The release day is not stored separately so it can never disagree with the phases. */
export function releaseDayOf(category: CategoryPolicy): number {
  const last = category.phases[category.phases.length - 1];
  if (!last) throw new RangeError("Category policy has no phases");
  return last.endDay;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// Frozen because it is shared module state: a service mutating it would change every plan.
export const DEFAULT_POLICY: IsolationPolicy = deepFreeze({
  version: "default-1",
  maxExtensionDays: DEFAULT_MAX_EXTENSION_DAYS,
  categories: {
    CLOSE: {
      phases: [
        { kind: "CENTRALIZED_ISOLATION", startDay: 1, endDay: 14 },
        { kind: "HOME_HEALTH_MONITORING", startDay: 15, endDay: 21 },
      ],
      testDays: [1, 4, 7, 14, 16, 21],
      doubleSampleDays: [14],
    },
    SECONDARY: {
      phases: [{ kind: "HOME_ISOLATION", startDay: 1, endDay: 14 }],
      testDays: [1, 4, 7, 14],
      doubleSampleDays: [14],
    },
    GENERAL: {
      phases: [{ kind: "MEDICAL_OBSERVATION", startDay: 1, endDay: 14 }],
      testDays: [1, 14],
      doubleSampleDays: [],
    },
  },
});

// A year is far beyond any protocol; the bound stops a typo (1400 for 14) from producing a plan.
const MAX_POLICY_DAY = 365;
const policyDay = z.number().int().min(1).max(MAX_POLICY_DAY);

const policyPhaseSchema = z.object({
  kind: z.enum(PHASE_KINDS),
  startDay: policyDay,
  endDay: policyDay,
});

const categoryPolicySchema = z
  .object({
    phases: z.array(policyPhaseSchema).min(1),
    testDays: z.array(policyDay),
    doubleSampleDays: z.array(policyDay),
  })
  .superRefine((cat, ctx) => {
    // Messages are catalogue keys (lib/i18n/messages/*/admin.json "errors"), so the policy
    // form names each field in the user's language (lib/validation/parse-input.ts).
    const issue = (path: (string | number)[], message: string, params?: Record<string, number>) =>
      ctx.addIssue({ code: "custom", path, message, ...(params ? { params } : {}) });
    const kinds = new Set<PhaseKind>();
    cat.phases.forEach((phase, i) => {
      if (phase.endDay < phase.startDay) issue(["phases", i, "endDay"], "admin.errors.policyPhaseEndsBeforeStart");
      const expectedStart = i === 0 ? 1 : (cat.phases[i - 1]?.endDay ?? 0) + 1;
      if (phase.startDay !== expectedStart) {
        issue(["phases", i, "startDay"], "admin.errors.policyPhasesNotContiguous", { expected: expectedStart });
      }
      // Services address phases by kind (extend, phaseOn), so a kind may appear only once.
      if (kinds.has(phase.kind)) issue(["phases", i, "kind"], "admin.errors.policyPhaseKindRepeated");
      kinds.add(phase.kind);
    });
    const releaseDay = cat.phases[cat.phases.length - 1]?.endDay ?? 0;
    cat.testDays.forEach((day, i) => {
      const prev = cat.testDays[i - 1];
      if (prev !== undefined && day <= prev) issue(["testDays", i], "admin.errors.policyTestDaysOrder");
      if (day > releaseDay) issue(["testDays", i], "admin.errors.policyTestDayAfterRelease", { release: releaseDay });
    });
    cat.doubleSampleDays.forEach((day, i) => {
      if (!cat.testDays.includes(day)) issue(["doubleSampleDays", i], "admin.errors.policyDoubleSampleNotTestDay");
      if (cat.doubleSampleDays.indexOf(day) !== i) issue(["doubleSampleDays", i], "admin.errors.policyDoubleSampleRepeated");
    });
  });

/** Validates a policy, e.g. one read back from a JSON column. */
export const isolationPolicySchema: z.ZodType<IsolationPolicy> = z.object({
  version: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._+-]+$/, "version: letters, digits and . _ + -"),
  categories: z.object({
    CLOSE: categoryPolicySchema,
    SECONDARY: categoryPolicySchema,
    GENERAL: categoryPolicySchema,
  }),
  // Optional so that stored policies from before the bound read back with the default.
  maxExtensionDays: z.number().int().min(1).max(MAX_POLICY_DAY).default(DEFAULT_MAX_EXTENSION_DAYS),
});
