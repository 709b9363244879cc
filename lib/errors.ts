/**
 * Typed domain errors, the one error module. Services throw AppError with a code and a
 * catalogue key; lib/http/api.ts (route handlers) and lib/http/action.ts (server actions) map
 * each code to an HTTP status and a message in the user's language, in one place.
 * See docs/architecture.md "Errors".
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE: 409,
  REFUSED: 409,
  RULE_VIOLATION: 422,
  /** Identity (docs/domain.md "Identity and privacy"): the person is an open case here. */
  ALREADY_A_CASE: 409,
  /** A new case for a person under a contact plan here: record the positive result there. */
  ACTIVE_CONTACT: 409,
  /** Matches the user has to decide about before anything is saved. */
  MATCHES_FOUND: 409,
  /** Plausibility warnings the user must confirm (`confirmWarnings: true`) before saving. */
  CONFIRM_WARNINGS: 409,
  /** The chosen record and the typed document name different people. */
  PERSON_CONFLICT: 409,
  /** Signed in with a temporary password: only the password change is open. */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** A unique constraint refused the write (e.g. the same person registered twice at once). */
  DUPLICATE: 409,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  /** Dotted path of the field, e.g. "contacts.3.idNumber". */
  path: string;
  /** Full catalogue key, e.g. "errors.required" or "registry.errors.idCardFormat". */
  key: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Full catalogue key of the message. */
    readonly key: string,
    readonly values: Record<string, string | number> = {},
    readonly fields: FieldIssue[] = [],
    /** Structured data answered with the error, e.g. `matches` per row. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${key}`);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

// Keys are full catalogue paths ("errors.x" generic, "registry.errors.x" for the registry).
export const notFound = (): AppError => new AppError("NOT_FOUND", "errors.notFound");
export const forbidden = (): AppError => new AppError("FORBIDDEN", "errors.forbidden");
export const unauthenticated = (): AppError => new AppError("UNAUTHENTICATED", "errors.unauthenticated");
export const stale = (): AppError => new AppError("STALE", "errors.stale");
export const validationError = (fields: FieldIssue[]): AppError =>
  new AppError("VALIDATION", "errors.validation", {}, fields);

export function refused(key: string, values: Record<string, string | number> = {}): AppError {
  return new AppError("REFUSED", `registry.errors.${key}`, values);
}

export function ruleViolation(key: string, values: Record<string, string | number> = {}, path?: string): AppError {
  const full = `registry.errors.${key}`;
  return new AppError("RULE_VIOLATION", full, values, path ? [{ path, key: full, values }] : []);
}

export function conflict(key: string, values: Record<string, string | number> = {}): AppError {
  return new AppError("CONFLICT", `registry.errors.${key}`, values);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist answers 404 like any other absent record. */
export function assertId(id: unknown): asserts id is string {
  if (typeof id !== "string" || !UUID_RE.test(id)) throw notFound();
}
