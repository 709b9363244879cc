import { prisma, type Db } from "@/lib/db";
import { addDays } from "@/lib/isolation/dates";
import { localToInstant } from "./time";

export interface ScreeningCompletion {
  countyCode: string;
  /** Items that entered the county's queue on the day (pushed, or forwarded in). */
  received: number;
  /** Verified (any outcome, forwarding included) within 24 h of receipt. */
  onTime: number;
  /** Verified after the deadline. */
  late: number;
  /** Still open, deadline not yet passed. */
  open: number;
  /** Still open and past the deadline. */
  overdue: number;
  /** onTime / received, 0..1; null without items. */
  rate: number | null;
}

/**
 * Completion within 24 h per county for the items received on `day` (a calendar date in the
 * prefecture), as of `now`. Counts only — no personal data — so officials may read it. One
 * grouped query over the (countyCode, receivedAt) index.
 */
export async function screeningCompletion(countyCodes: string[], day: string, opts: { db?: Db; now?: Date } = {}): Promise<ScreeningCompletion[]> {
  const db = opts.db ?? prisma();
  const now = opts.now ?? new Date();
  const from = localToInstant(day, 0, 0);
  const to = localToInstant(addDays(day, 1), 0, 0);
  const rows = await db.$queryRaw<{ countyCode: string; received: bigint; onTime: bigint; late: bigint; open: bigint; overdue: bigint }[]>`
    SELECT "countyCode",
           COUNT(*) AS "received",
           COUNT(*) FILTER (WHERE "resolvedAt" IS NOT NULL AND "resolvedAt" <= "dueAt") AS "onTime",
           COUNT(*) FILTER (WHERE "resolvedAt" IS NOT NULL AND "resolvedAt" > "dueAt") AS "late",
           COUNT(*) FILTER (WHERE "resolvedAt" IS NULL AND "dueAt" >= ${now}) AS "open",
           COUNT(*) FILTER (WHERE "resolvedAt" IS NULL AND "dueAt" < ${now}) AS "overdue"
    FROM "ScreeningItem"
    WHERE "countyCode" = ANY(${countyCodes}::varchar[]) AND "receivedAt" >= ${from} AND "receivedAt" < ${to}
    GROUP BY "countyCode"`;
  const byCounty = new Map(rows.map((r) => [r.countyCode, r]));
  return countyCodes.map((countyCode) => {
    const r = byCounty.get(countyCode);
    const n = (v: bigint | undefined) => Number(v ?? 0);
    const received = n(r?.received);
    return { countyCode, received, onTime: n(r?.onTime), late: n(r?.late), open: n(r?.open), overdue: n(r?.overdue), rate: received ? n(r?.onTime) / received : null };
  });
}
