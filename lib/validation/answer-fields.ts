// Building blocks of the response schemas: what an answer looks like on the wire, i.e. after
// JSON serialization (a Date is an ISO string there). Every view schema is a strict object, so
// a field added to a view without being described here fails the tests that parse real
// answers (tests/integration/answers/*.test.ts) and the browser API test.
// See docs/decisions/0010-response-schemas.md.
import { z } from "zod";

export const idOut = z.uuid();
/** A calendar date, YYYY-MM-DD. */
export const dateOut = z.iso.date();
/** An instant, as JSON.stringify writes a Date. */
export const instantOut = z.iso.datetime();
export const countyOut = z.string().regex(/^\d{6}$/);
export const intOut = z.int();

/** The names of fields withheld from this viewer (they read as "hidden", not as empty). */
export const hiddenOut = z.array(z.string());

/** A page of a list answer. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item), page: intOut, pageSize: intOut, total: intOut });
}

/** A page of a list whose total stops at a cap (docs/decisions/0027-capped-list-totals.md). */
export function cappedPageOf<T extends z.ZodType>(item: T) {
  return pageOf(item).extend({
    total: intOut.meta({ description: "Rows matching, counted up to the list's cap: when totalCapped is true there are more than this." }),
    totalCapped: z.boolean().meta({ description: "true when more rows match than the cap counted: total is the cap, a lower bound; narrow the search to count them exactly. Later pages can still be read." }),
  });
}

/** The answer as a client receives it: what NextResponse.json would send. */
export function onTheWire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
