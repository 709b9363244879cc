// Set-based inserts for batches of thousands of rows (an import): one INSERT … SELECT FROM
// unnest(…) per table, each column sent as one array parameter. Prisma's createMany sends one
// bound parameter per value and took ~3 ms a row here (docs/decisions/0017-import-pipeline.md).
// Table names are unqualified, so they follow the connection's search_path like lib/db-locks.ts.
import type { Prisma } from "@/lib/db";

/** A column's PostgreSQL type; an enum is sent as text and cast to its type. */
export type BulkType = "uuid" | "text" | "date" | "bool" | "int" | "jsonb" | { enum: string };

const CHUNK = 5000;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts `rows` into `table`. `columns` names each column and its type; `now` lists timestamp
 * columns set to the transaction's now() (Prisma's @updatedAt has no database default).
 * Values: strings, numbers, booleans, null; dates as YYYY-MM-DD; jsonb as any JSON value.
 */
export async function bulkInsert(
  tx: Prisma.TransactionClient,
  table: string,
  columns: Record<string, BulkType>,
  rows: Record<string, unknown>[],
  now: string[] = [],
): Promise<void> {
  const names = Object.keys(columns);
  const arrayType = (t: BulkType) => (typeof t === "object" || t === "jsonb" ? "text" : t);
  const select = names.map((n, i) => {
    const t = columns[n]!;
    if (typeof t === "object") return `u.c${i}::${quote(t.enum)}`;
    if (t === "jsonb") return `u.c${i}::jsonb`;
    return `u.c${i}`;
  });
  const sql =
    `INSERT INTO ${quote(table)} (${[...names, ...now].map(quote).join(", ")}) ` +
    `SELECT ${[...select, ...now.map(() => "now()")].join(", ")} ` +
    `FROM unnest(${names.map((n, i) => `$${i + 1}::${arrayType(columns[n]!)}[]`).join(", ")}) AS u(${names.map((_, i) => `c${i}`).join(", ")})`;
  for (let k = 0; k < rows.length; k += CHUNK) {
    const part = rows.slice(k, k + CHUNK);
    const params = names.map((n) =>
      part.map((r) => {
        const v = r[n];
        if (v === undefined || v === null) return null;
        if (v instanceof Date) return columns[n] === "date" ? v.toISOString().slice(0, 10) : v.toISOString();
        return columns[n] === "jsonb" ? JSON.stringify(v) : v;
      }),
    );
    await tx.$executeRawUnsafe(sql, ...params);
  }
}
