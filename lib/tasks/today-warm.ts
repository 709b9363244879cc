// Today's stored rows made ready before the day's first reader (docs/decisions/0026-today-cache.md,
// "Warm at the turn of the day"). A county's first read of a day rebuilds its rows, which at a
// million contacts took ~6 s for whoever opened Today first after midnight. The server process
// runs warmToday every TODAY_WARM_SECONDS (instrumentation.ts): each county whose rows are of
// another day is rebuilt in the background, one at a time, under the same advisory lock as a
// reader, so several instances and readers never compute a county twice.
import { toDbDate } from "@/lib/calendar";
import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { refreshToday } from "./today-cache";
import { jitOff } from "./today-query";

/**
 * Rebuilds the stored rows of every county holding people under management whose rows are not
 * of today; answers the counties rebuilt. Marks of the current day are left to the readers.
 */
export async function warmToday(opts: ServiceOptions & { db?: PrismaClient } = {}): Promise<string[]> {
  const db = opts.db ?? prisma();
  const date = todayFor(opts);
  const day = toDbDate(date);
  const stale = await db.$queryRaw<{ code: string }[]>`
    SELECT j."code" FROM "Jurisdiction" j
    WHERE j."level" = 'COUNTY'
      AND NOT EXISTS (SELECT 1 FROM "TodayDay" d WHERE d."countyCode" = j."code" AND d."day" = ${day}::date)
      AND EXISTS (SELECT 1 FROM "Contact" c WHERE c."countyCode" = j."code" AND c."status" = 'ACTIVE')
    ORDER BY j."code"`;
  for (const { code } of stale) {
    await jitOff(db, (tx) => refreshToday(tx, [code], date, day));
  }
  return stale.map((s) => s.code);
}

/**
 * Runs warmToday now and then every `seconds` in this process (never two at once); errors are
 * logged and the next round tries again. Answers a function that stops it.
 */
export function scheduleTodayWarm(seconds: number, onError: (e: unknown) => void): () => void {
  let running = false;
  const round = () => {
    if (running) return;
    running = true;
    warmToday()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(round, 5_000);
  const timer = setInterval(round, seconds * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
