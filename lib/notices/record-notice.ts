import { assertCan } from "@/lib/auth/permissions";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { toDbDate } from "@/lib/calendar";
import { notFound, validationError } from "@/lib/errors";
import { dbFor, inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { recordRiskNoticesSchema } from "./schemas";

/**
 * Records that the risk notice (风险告知书) was given to these general contacts, now, by this
 * user: a NoticeRecord each (riskNoticeDate, the intake day registration set, is filled only if
 * missing), audited. All or none.
 */
export async function recordRiskNotices(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<{ recorded: number }> {
  assertCan(user, "contact:write");
  const { ids } = parseInput(recordRiskNoticesSchema, input);
  const now = opts?.now ?? new Date();
  const today = todayFor(opts);
  return inTransaction(opts, async (tx) => {
    const contacts = await tx.contact.findMany({ where: { id: { in: ids }, ...countyScope(user) }, select: { id: true, category: true, status: true, countyCode: true, riskNoticeDate: true } });
    if (contacts.length !== new Set(ids).size) throw notFound();
    const bad = contacts.findIndex((c) => c.category !== "GENERAL" || c.status !== "ACTIVE");
    if (bad >= 0) {
      const c = contacts[bad]!;
      throw validationError([{ path: `ids.${ids.indexOf(c.id)}`, key: c.category !== "GENERAL" ? "errors.notices.riskOnlyGeneral" : "errors.notices.notActive" }]);
    }
    for (const c of contacts) {
      await tx.noticeRecord.create({ data: { contactId: c.id, countyCode: c.countyCode, kind: "RISK", givenAt: now, givenById: user.id, givenByName: user.displayName.slice(0, 50) } });
      if (!c.riskNoticeDate) await tx.contact.update({ where: { id: c.id }, data: { riskNoticeDate: toDbDate(today), version: { increment: 1 } } });
      await recordAudit(tx, { actor: user, action: "notice.given", entity: "Contact", entityId: c.id, countyCode: c.countyCode, after: { kind: "RISK", givenAt: now.toISOString() } });
    }
    return { recorded: contacts.length };
  });
}

/** The notices recorded as given to a contact of the user's scope, newest first. */
export async function noticesGiven(user: SessionUser, contactId: string, opts?: ServiceOptions) {
  assertCan(user, "contact:read");
  const rows = await dbFor(opts).noticeRecord.findMany({ where: { contactId, ...countyScope(user) }, orderBy: { givenAt: "desc" }, take: 50 });
  return rows.map((r) => ({ id: r.id, kind: r.kind, givenAt: r.givenAt.toISOString(), givenByName: r.givenByName }));
}
