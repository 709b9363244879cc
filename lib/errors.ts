/**
 * Typed domain errors. Services throw these; lib/http/errors.ts maps each code to an HTTP
 * status and a message in the user's language, in one place.
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
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  /** Dotted path of the field, e.g. "contacts.3.idNumber". */
  path: string;
  /** Message key in the "errors" catalogue namespace. */
  key: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Message key in the "errors" catalogue namespace. */
    readonly key: string,
    readonly values: Record<string, string | number> = {},
    readonly fields: FieldIssue[] = [],
  ) {
    super(`${code}: ${key}`);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (): AppError => new AppError("NOT_FOUND", "errors.notFound");
export const forbidden = (): AppError => new AppError("FORBIDDEN", "errors.forbidden");
export const unauthenticated = (): AppError => new AppError("UNAUTHENTICATED", "errors.unauthenticated");
