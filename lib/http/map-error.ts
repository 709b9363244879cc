import { AppError } from "@/lib/errors";

/**
 * Database refusals that reach the edge without a service turning them into an AppError,
 * mapped once for routes and actions. Everything else stays unexpected (500, logged).
 * Prisma's driver adapter nests PostgreSQL's SQLSTATE under `cause`/`meta`, so every level
 * is looked at.
 */
function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 4) return [];
  const e = error as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const own = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
  return [...own, ...codesOf(e.cause, depth + 1), ...codesOf(e.meta?.driverAdapterError, depth + 1)];
}

const DUPLICATE = new Set(["P2002", "23505", "UniqueConstraintViolation"]);
const BAD_VALUE = new Set(["22021", "22P05", "22003", "22008", "22007", "P2020", "P2033"]);
const RETRY = new Set(["P2034", "40001", "40P01", "TransactionWriteConflict"]);

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const codes = codesOf(error);
  if (codes.some((c) => DUPLICATE.has(c))) return new AppError("DUPLICATE", "errors.duplicate");
  if (codes.some((c) => RETRY.has(c))) return new AppError("CONFLICT", "errors.retry");
  if (codes.some((c) => BAD_VALUE.has(c))) return new AppError("VALIDATION", "errors.invalidValue");
  return null;
}
