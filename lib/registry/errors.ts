import { AppError, type FieldIssue } from "@/lib/errors";

// Keys are full catalogue paths ("errors.x" generic, "registry.errors.x" for this area).
export const notFound = (): AppError => new AppError("NOT_FOUND", "errors.notFound");
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
