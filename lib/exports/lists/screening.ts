// The risk-person screening queue (风险人员排查, docs/decisions/0019-screening-queue.md) as rows:
// the same filter, county scope and masking as GET /api/v1/screening (lib/screening), every page.
// Times are local to the prefecture; the time left is as of the export.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import type { Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import { countyNames } from "@/lib/jurisdictions/counties";
import { attemptsInclude, screeningItemView } from "@/lib/screening/item-view";
import { screeningListOrder, screeningListWhere } from "@/lib/screening/list-items";
import { listScreeningSchema } from "@/lib/screening/schemas";
import { formatLocal, timeLeftMessage } from "@/lib/screening/time";
import { dbFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import type { Cell, Column } from "../cells";
import { collect, orHidden, type ExportSource } from "../source";

const COLUMNS: [key: string, header: string, width?: number][] = [
  ["county", "exports.columns.county"],
  ["name", "screening.columns.name", 12],
  ["phone", "screening.columns.phone", 16],
  ["idNumber", "screening.columns.idNumber", 22],
  ["reason", "screening.columns.reason", 24],
  ["sourceArea", "screening.columns.sourceArea", 16],
  ["arrivalDate", "screening.columns.arrivalDate"],
  ["pushedAt", "screening.columns.pushedAt", 18],
  ["dueAt", "exports.columns.dueAt", 18],
  ["timeLeft", "screening.columns.timeLeft", 20],
  ["status", "screening.columns.status", 16],
  ["attempts", "exports.columns.attempts"],
  ["resolvedAt", "exports.columns.resolvedAt", 18],
  ["onTime", "exports.columns.onTime"],
  ["resolvedBy", "exports.columns.resolvedBy", 12],
  ["forwarded", "exports.columns.forwarded"],
  ["note", "exports.columns.resolutionNote", 24],
  ["contactId", "exports.columns.contactId", 38],
  ["id", "exports.columns.id", 38],
];

function timeLeft(locale: Locale, minutes: number | null): Cell {
  if (minutes === null) return null;
  const { key, values } = timeLeftMessage(minutes);
  return translate(locale, `screening.${key}`, values);
}

export async function screeningExport(user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportSource> {
  assertCan(user, "contact:read");
  const f = parseInput(listScreeningSchema.omit({ page: true, pageSize: true }), input ?? {});
  const db = dbFor(opts);
  const where = screeningListWhere(user, f);
  const orderBy = screeningListOrder(f.status);
  const [items, counties] = await Promise.all([
    collect((skip, take) => db.screeningItem.findMany({ where, include: attemptsInclude, orderBy, skip, take })),
    countyNames(locale),
  ]);
  const now = opts?.now ?? new Date();
  const county = (code: string) => counties[code] ?? code;
  const columns: Column[] = COLUMNS.map(([key, header, width]) => ({ key, header: translate(locale, header), width }));
  return {
    name: "screening",
    sheet: "screening",
    filter: f,
    columns,
    rows: items.map((row) => {
      const i = screeningItemView(user, row, now);
      return {
        county: county(i.countyCode),
        name: i.name,
        phone: i.phone,
        idNumber: i.idNumber,
        reason: i.reason,
        sourceArea: i.sourceArea,
        arrivalDate: i.arrivalDate,
        pushedAt: formatLocal(row.pushedAt),
        dueAt: formatLocal(row.dueAt),
        timeLeft: timeLeft(locale, i.minutesLeft),
        status: translate(locale, `screening.status.${i.status}`),
        attempts: i.attempts.length,
        resolvedAt: row.resolvedAt ? formatLocal(row.resolvedAt) : null,
        onTime: i.onTime === null ? null : translate(locale, i.onTime ? "screening.onTime" : "screening.late"),
        resolvedBy: i.resolvedByName,
        forwarded: i.forwardedToCounty
          ? translate(locale, "screening.forwardedTo", { county: county(i.forwardedToCounty) })
          : i.forwardedFromCounty
            ? translate(locale, "screening.forwardedFrom", { county: county(i.forwardedFromCounty) })
            : null,
        note: orHidden(locale, i.resolutionNote, i.hidden, "resolutionNote"),
        contactId: i.contactId,
        id: i.id,
      };
    }),
  };
}
