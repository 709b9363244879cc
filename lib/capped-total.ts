// Totals of long lists, counted up to a cap (docs/decisions/0027-capped-list-totals.md): the
// contacts and cases lists share it.
import type { ServiceOptions } from "@/lib/transaction";

/**
 * The most matching rows a list counts. Counting every match of a broad search ("接触" in a
 * county of a million-contact outbreak: ~70,000 rows) took 0.7–1.0 s at p95 against a target
 * of 150 ms, and nobody pages through 10,000 rows: past the cap the answer says
 * `totalCapped: true` and `total` is the cap (docs/decisions/0027-capped-list-totals.md).
 */
export const LIST_TOTAL_CAP = 10_000;

/** A list's options: the service's, plus the cap, which tests lower to see it reached. */
export interface ListOptions extends ServiceOptions {
  totalCap?: number;
}

/**
 * Counts at most `cap` + 1 rows, so a count that reaches the cap stops there; exactly `cap`
 * matches is still exact. `count({ where, take })` is a COUNT over a LIMITed subquery, which
 * Prisma orders by the primary key unless given an order: PostgreSQL then walks the whole
 * table's primary key to find the county's first rows (~600 ms at a million contacts, barely
 * better than counting everything). Callers order by `countyCode` instead: under the county
 * scope it equals a constant, so PostgreSQL drops the sort and stops at the limit (~50–100 ms);
 * across counties (officials) it is an index order (docs/decisions/0027-capped-list-totals.md).
 */
export async function cappedTotal(count: (take: number) => Promise<number>, cap = LIST_TOTAL_CAP): Promise<{ total: number; totalCapped: boolean }> {
  return capped(await count(cap + 1), cap);
}

/** The total to show for `counted` rows counted up to `cap` + 1 (a statement that counted them itself). */
export function capped(counted: number, cap = LIST_TOTAL_CAP): { total: number; totalCapped: boolean } {
  return counted > cap ? { total: cap, totalCapped: true } : { total: counted, totalCapped: false };
}
