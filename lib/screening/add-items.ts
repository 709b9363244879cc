import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit/record";
import { toDbDate } from "@/lib/calendar";
import type { Prisma } from "@/lib/db";
import { forbidden, validationError, type FieldIssue } from "@/lib/errors";
import { countyIssue } from "@/lib/jurisdictions/county-issue";
import { normalizeName } from "@/lib/persons/identity";
import { inTransaction, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { screeningItemView, type ScreeningItemView } from "./item-view";
import { makeScreeningRowSchema, type ScreeningRow } from "./schemas";
import { dueAtOf } from "./time";

/** The same person twice: same document, else same name and phone. */
export function screeningPersonKey(row: { idType?: string | null; idNumber?: string | null; name: string; phone?: string | null }): string {
  return row.idNumber ? `id:${row.idType ?? "RESIDENT_ID"}:${row.idNumber}` : `np:${normalizeName(row.name)}\u0000${row.phone ?? ""}`;
}

/**
 * Adds valid rows to the user's county queue, all or none: a person already open in the queue
 * is named by row (`rowPath(i)`), nothing is written. The caller has validated the rows.
 */
export async function addItems(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  rows: ScreeningRow[],
  opts: { rowPath: (i: number) => string; importBatch?: string },
) {
  if (!user.countyCode) throw forbidden();
  const countyCode = user.countyCode;
  const bad = await countyIssue(tx, user, countyCode, "countyCode");
  if (bad) throw validationError([bad]);
  // Serializes additions to one queue, so the duplicate check below holds under concurrency.
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`screening:${countyCode}`}, 0))`;
  const ids = rows.map((r) => r.idNumber).filter((v): v is string => Boolean(v));
  const phones = rows.map((r) => r.phone).filter((v): v is string => Boolean(v));
  const open = await tx.screeningItem.findMany({
    where: { countyCode, status: "OPEN", OR: [{ idNumber: { in: ids } }, { phone: { in: phones } }] },
    select: { idType: true, idNumber: true, name: true, phone: true },
  });
  const openKeys = new Set(open.map(screeningPersonKey));
  const issues: FieldIssue[] = [];
  rows.forEach((r, i) => {
    if (openKeys.has(screeningPersonKey(r))) issues.push({ path: opts.rowPath(i), key: "errors.screening.alreadyOpen", values: { row: i + 1 } });
  });
  if (issues.length) throw validationError(issues);
  const created = await tx.screeningItem.createManyAndReturn({
    data: rows.map((r) => ({
      countyCode,
      name: r.name,
      phone: r.phone ?? null,
      idType: r.idType ?? "RESIDENT_ID",
      idNumber: r.idNumber ?? null,
      reason: r.reason ?? null,
      sourceArea: r.sourceArea ?? null,
      arrivalDate: r.arrivalDate ? toDbDate(r.arrivalDate) : null,
      pushedAt: r.pushedAt,
      receivedAt: r.pushedAt,
      dueAt: dueAtOf(r.pushedAt),
      importBatch: opts.importBatch ?? null,
      createdById: user.id,
    })),
  });
  // Ids and counts only: the audit log keeps no personal data of people never registered.
  await recordAudit(tx, {
    actor: user,
    action: opts.importBatch ? "screening.import" : "screening.create",
    entity: "ScreeningItem",
    entityId: opts.importBatch ?? created[0]?.id ?? null,
    countyCode,
    after: { count: created.length, ids: created.slice(0, 50).map((c) => c.id) },
  });
  return created;
}

/** POST /api/v1/screening: one person of a push list, entered by hand, into the user's queue. */
export async function createScreeningItem(user: SessionUser, input: unknown, opts?: ServiceOptions): Promise<ScreeningItemView> {
  assertCan(user, "contact:write");
  const now = opts?.now ?? new Date();
  const row = parseInput(makeScreeningRowSchema(now, todayFor(opts)), input);
  return inTransaction(opts, async (tx) => {
    const [item] = await addItems(tx, user, [row], { rowPath: () => "idNumber" });
    return screeningItemView(user, { ...item!, attempts: [] }, now);
  });
}
