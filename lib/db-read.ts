// Hot reads sent straight through the client's pg pool (docs/decisions/0032-hot-reads-through-pg.md).
// The dashboard's facts, its sites and counties, and the public bulletins are statements of a
// millisecond or less; through the query builder's raw path (serialise, execute, convert every
// column, rebuild the rows) they took 1.6–2× the statement. Here the rows come from pg itself,
// with parsers that give the same JavaScript values as the query builder: a `date` is the
// Date at UTC midnight, a `timestamp` is read as UTC, `bigint` a BigInt, `numeric` a Decimal.
// Inside a transaction (no pool of its own) the read goes through the transaction as before.
import pg from "pg";
import { Prisma, poolOf, type Db } from "@/lib/db";

const DATE = 1082;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

/** pg's parsers, but with the query builder's values for the types where they differ. */
const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    switch (oid) {
      case DATE:
        return (v: string) => new Date(`${v}T00:00:00.000Z`);
      case TIMESTAMP:
        return (v: string) => new Date(`${v.replace(" ", "T")}Z`);
      case INT8:
        return (v: string) => BigInt(v);
      case NUMERIC:
        return (v: string) => new Prisma.Decimal(v);
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
} as const;

/** A parameter as the query builder sends it: a Date as its UTC instant, not the process's local time. */
const param = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : v);

/**
 * The rows of `sql`, read through `db`'s pool when it has one (a client made by lib/db.ts), or
 * through `db.$queryRaw` (a transaction). The values are those `$queryRaw` gives.
 */
export async function readRows<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool) return db.$queryRaw<T[]>(sql);
  const result = await pool.query({ text: sql.text, values: sql.values.map(param), types: TYPES });
  return result.rows as T[];
}
