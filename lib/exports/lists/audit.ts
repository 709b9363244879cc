// The audit log (or the access log) as filtered in the viewer, for administrators only.
import { actionLabel } from "@/lib/audit/actions";
import { accessWhere, auditExportSchema, auditWhere } from "@/lib/audit/filters";
import type { SessionUser } from "@/lib/auth/user";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { prefectureTimeZone } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import type { ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { collect, columnsOf, type ExportSource } from "../source";

/** "2026-03-02 14:05:09" in the prefecture's time zone. */
export function localTime(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: prefectureTimeZone(), dateStyle: "short", timeStyle: "medium" }).format(at);
}

export async function auditExport(user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportSource> {
  assertCan(user, "audit:read");
  const { log, ...f } = parseInput(auditExportSchema, input ?? {});
  const db = opts?.db ?? prisma();
  const filter = { ...f, pageSize: 1 };
  const users = new Map((await db.user.findMany({ select: { id: true, username: true, displayName: true } })).map((u) => [u.id, u]));
  const who = (id: string | null, name: string | null) => {
    const u = id ? users.get(id) : undefined;
    return u ? `${u.displayName} (${u.username})` : (name ?? "—");
  };
  if (log === "access") {
    const rows = await collect((skip, take) => db.personAccessLog.findMany({ where: accessWhere(filter), orderBy: { id: "desc" }, skip, take }));
    return {
      name: "access-log",
      sheet: "access-log",
      filter: { log, ...f },
      columns: columnsOf(locale, [["at", 20], ["actor", 24], "role", "entity", ["entityId", 38], ["personId", 38], "countyCode", "via"]),
      rows: rows.map((e) => ({
        at: localTime(e.at),
        actor: who(e.actorId, e.actorName),
        role: translate(locale, `common.roles.${e.actorRole}`),
        entity: e.entity,
        entityId: e.entityId,
        personId: e.personId,
        countyCode: e.countyCode,
        via: e.via,
      })),
    };
  }
  const rows = await collect((skip, take) => db.auditEvent.findMany({ where: auditWhere(filter), orderBy: { id: "desc" }, skip, take }));
  return {
    name: "audit-log",
    sheet: "audit-log",
    filter: { log, ...f },
    columns: columnsOf(locale, [["at", 20], ["actor", 24], ["action", 20], ["actionCode", 24], "entity", ["entityId", 38], "countyCode", "ip", ["after", 60]]),
    rows: rows.map((e) => ({
      at: localTime(e.at),
      actor: who(e.actorId, e.actorName),
      action: actionLabel(e.action, locale),
      actionCode: e.action,
      entity: e.entity,
      entityId: e.entityId,
      countyCode: e.countyCode,
      ip: e.ip,
      after: e.after === null ? null : JSON.stringify(e.after),
    })),
  };
}
