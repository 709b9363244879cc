// The audit viewer's filters (docs/decisions/0015-audit-trail.md), shared by the page, the
// access-log tab and the export: actor, action, entity type, county and a date range in the
// prefecture's calendar, newest first, a page at a time by keyset (`cursor` = the last id seen).
import { z } from "zod";
import { prefectureTimeZone } from "@/lib/env";
import { addDays } from "@/lib/isolation/dates";
import { countyCodeField, dateField, uuidField } from "@/lib/validation/fields";
import { AUDIT_ACTION_NAMES, AUDIT_ENTITIES, storedNames, type AuditAction } from "./actions";

export const AUDIT_PAGE_SIZE = 50;

export const auditFilterSchema = z.object({
  actor: uuidField.optional(),
  action: z.enum(AUDIT_ACTION_NAMES as [AuditAction, ...AuditAction[]], { error: "errors.invalidValue" }).optional(),
  entity: z.enum(AUDIT_ENTITIES, { error: "errors.invalidValue" }).optional(),
  county: countyCodeField.optional(),
  from: dateField.optional(),
  to: dateField.optional(),
  /** Rows older than this id (the last one of the previous page). */
  cursor: z.string().regex(/^\d{1,18}$/, "errors.invalidValue").optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The export takes the same filters (every page) and which log: changes or reads. */
export const auditExportSchema = auditFilterSchema.omit({ cursor: true, pageSize: true }).extend({
  log: z.enum(["events", "access"], { error: "errors.invalidValue" }).default("events"),
});

/** The filters as a query string (for links and the export), without cursor and page size. */
export function filterQuery(f: Partial<AuditFilter>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ["actor", "action", "entity", "county", "from", "to"] as const) if (f[k]) out[k] = String(f[k]);
  return out;
}

/** The instant a calendar day starts in the time zone (its local midnight). */
export function startOfDay(date: string, timeZone: string = prefectureTimeZone()): Date {
  const utcMidnight = new Date(`${date}T00:00:00.000Z`);
  const offsetAt = (instant: Date) => {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(instant);
    const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - instant.getTime();
  };
  const first = new Date(utcMidnight.getTime() - offsetAt(utcMidnight));
  return new Date(utcMidnight.getTime() - offsetAt(first));
}

/** `at` within from..to (both days included). */
export function atRange(f: Pick<AuditFilter, "from" | "to">): { gte?: Date; lt?: Date } | undefined {
  if (!f.from && !f.to) return undefined;
  return { ...(f.from ? { gte: startOfDay(f.from) } : {}), ...(f.to ? { lt: startOfDay(addDays(f.to, 1)) } : {}) };
}

export function auditWhere(f: AuditFilter) {
  return {
    ...(f.actor ? { actorId: f.actor } : {}),
    ...(f.action ? { action: { in: storedNames(f.action) } } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.county ? { countyCode: f.county } : {}),
    ...(atRange(f) ? { at: atRange(f) } : {}),
  };
}

/** The access log has no action; its entity is Case or Contact. */
export function accessWhere(f: AuditFilter) {
  return {
    ...(f.actor ? { actorId: f.actor } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.county ? { countyCode: f.county } : {}),
    ...(atRange(f) ? { at: atRange(f) } : {}),
  };
}
