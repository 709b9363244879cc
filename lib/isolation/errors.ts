import { isValidIsoDate } from "./dates";

export type PlanErrorCode =
  | "INVALID_DATE"
  | "IDENTIFIED_BEFORE_EXPOSURE"
  | "UNKNOWN_CATEGORY"
  | "INVALID_POLICY"
  | "SHORTENING_NOT_ALLOWED"
  | "PHASE_NOT_IN_PLAN"
  | "CATEGORY_MISMATCH"
  | "INVALID_PLAN";

/**
 * Thrown by the rule engine for input that breaks a rule. `field` names the offending input
 * (e.g. "identifiedDate", "policy.categories.CLOSE.phases.1.startDay") so services can map it
 * to a 422 with per-field messages without parsing `message`.
 */
export class PlanInputError extends Error {
  override readonly name = "PlanInputError";

  constructor(
    readonly code: PlanErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function assertIsoDate(value: unknown, field: string): asserts value is string {
  if (!isValidIsoDate(value)) {
    throw new PlanInputError("INVALID_DATE", field, `${field} is not a valid YYYY-MM-DD date: ${JSON.stringify(value)}`);
  }
}
