// What each exportable list hands the export service (docs/decisions/0016-exports.md).
import type { Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import { AppError } from "@/lib/errors";
import type { Cell, Column, Row } from "./cells";

/** More rows than this: refused with a message to narrow the filter (a file, not a backup). */
export const EXPORT_MAX_ROWS = 50_000;
/** Rows read per query while collecting an export. */
export const EXPORT_CHUNK = 2_000;

export interface ExportSource {
  /** File name stem and sheet name. */
  name: string;
  sheet: string;
  columns: Column[];
  rows: Row[];
  /** The filter as applied (for the audit entry). */
  filter: Record<string, unknown>;
}

export function tooManyRows(): AppError {
  return new AppError("RULE_VIOLATION", "exports.errors.tooManyRows", { max: EXPORT_MAX_ROWS });
}

/** Reads chunk after chunk until a short one; refuses beyond EXPORT_MAX_ROWS. */
export async function collect<T>(read: (skip: number, take: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (;;) {
    const chunk = await read(out.length, EXPORT_CHUNK);
    out.push(...chunk);
    if (out.length > EXPORT_MAX_ROWS) throw tooManyRows();
    if (chunk.length < EXPORT_CHUNK) return out;
  }
}

/** Column headers from exports.columns.<key> in the locale. */
export function columnsOf(locale: Locale, keys: readonly (string | [string, number])[]): Column[] {
  return keys.map((k) => {
    const [key, width] = Array.isArray(k) ? k : [k, undefined];
    return { key, header: translate(locale, `exports.columns.${key}`), width };
  });
}

/** A label from a catalogue path, or "" for null. */
export function label(locale: Locale, prefix: string, value: string | null | undefined): Cell {
  return value ? translate(locale, `${prefix}.${value}`) : null;
}

/** A field withheld from this viewer reads as hidden, not as empty (docs/architecture.md#access). */
export function orHidden(locale: Locale, value: string | null, hidden: readonly string[], field: string): Cell {
  return hidden.includes(field) ? translate(locale, "domain.hidden") : value;
}
