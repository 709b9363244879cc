// The one place the bulletin reads its figures (docs/decisions/0021-bulletin-workflow.md): the
// dashboard's own service, so the bulletin and the dashboard agree by construction. Re-point
// this function, and only this one, when the dashboard service changes.
import type { SessionUser } from "@/lib/auth/user";
import { getCountyFigures, type Figures } from "@/lib/dashboard/county-figures";
import { addDays } from "@/lib/isolation/dates";
import type { ServiceOptions } from "@/lib/transaction";

export interface BulletinCounts {
  /** Cases confirmed on the date, by classification. */
  newConfirmed: number;
  newAsymptomatic: number;
  /** Cases confirmed on or before the date, by classification. */
  totalConfirmed: number;
  totalAsymptomatic: number;
  /** People under management (contacts whose plan runs), by category. */
  underManagement: number;
  close: number;
  secondary: number;
  general: number;
  /** People released from management on the date. */
  released: number;
  /** Contacts whose release is due on or before the date and not yet released. */
  releasesDue: number;
}

export interface BulletinFigures {
  date: string;
  counties: (BulletinCounts & { countyCode: string; nameZh: string; nameEn: string })[];
  totals: BulletinCounts;
}

export const COUNT_KEYS = [
  "newConfirmed",
  "newAsymptomatic",
  "totalConfirmed",
  "totalAsymptomatic",
  "underManagement",
  "close",
  "secondary",
  "general",
  "released",
  "releasesDue",
] as const satisfies readonly (keyof BulletinCounts)[];

function counts(on: Figures, before: Figures | undefined): BulletinCounts {
  return {
    // New on the date = cumulative on the date − cumulative the day before, from the same service.
    newConfirmed: on.cases.CONFIRMED - (before?.cases.CONFIRMED ?? 0),
    newAsymptomatic: on.cases.ASYMPTOMATIC - (before?.cases.ASYMPTOMATIC ?? 0),
    totalConfirmed: on.cases.CONFIRMED,
    totalAsymptomatic: on.cases.ASYMPTOMATIC,
    underManagement: on.activeContacts.total,
    close: on.activeContacts.CLOSE,
    secondary: on.activeContacts.SECONDARY,
    general: on.activeContacts.GENERAL,
    released: on.releases,
    releasesDue: on.releasesDue,
  };
}

/** The bulletin's figures for `date`, for every county in the user's scope, and their totals. */
export async function bulletinFigures(user: SessionUser, date: string, opts?: ServiceOptions): Promise<BulletinFigures> {
  const on = await getCountyFigures(user, { date }, opts);
  const before = await getCountyFigures(user, { date: addDays(date, -1) }, opts);
  const prior = new Map(before.counties.map((c) => [c.countyCode, c]));
  return {
    date,
    counties: on.counties.map((c) => ({ countyCode: c.countyCode, nameZh: c.nameZh, nameEn: c.nameEn, ...counts(c, prior.get(c.countyCode)) })),
    totals: counts(on.totals, before.totals),
  };
}
