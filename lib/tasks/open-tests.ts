// Scheduled tests without a result (NEGATIVE or POSITIVE; a PENDING sample is taken but not
// answered). Two scoped set queries joined in memory: "no result on the test's own date" is a
// correlated condition Prisma's filters cannot say, and raw SQL would not follow the client's
// schema. Both queries use the date indexes.
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { fromDbDate } from "@/lib/registry/dates";

export interface OpenTest {
  contactId: string;
  date: string;
  phase: string;
  doubleSample: boolean;
  /** A sample was taken and awaits its result. */
  pending: boolean;
}

export async function openTests(
  db: Db | Prisma.TransactionClient,
  user: SessionUser,
  date: Prisma.DateTimeFilter,
  contactWhere: Prisma.ContactWhereInput = {},
): Promise<OpenTest[]> {
  const contact: Prisma.ContactWhereInput = { status: "ACTIVE", ...countyScope(user), ...contactWhere };
  const [tests, results] = await Promise.all([
    db.scheduledTest.findMany({
      where: { date, plan: { active: true, contact } },
      select: { date: true, phase: true, doubleSample: true, plan: { select: { contactId: true } } },
      orderBy: { date: "asc" },
    }),
    db.testResult.findMany({ where: { sampleDate: date, contact }, select: { contactId: true, sampleDate: true, result: true } }),
  ]);
  const answered = new Set<string>();
  const pending = new Set<string>();
  for (const r of results) {
    const key = `${r.contactId}|${fromDbDate(r.sampleDate)}`;
    (r.result === "PENDING" ? pending : answered).add(key);
  }
  const open: OpenTest[] = [];
  for (const t of tests) {
    const d = fromDbDate(t.date);
    const key = `${t.plan.contactId}|${d}`;
    if (answered.has(key)) continue;
    open.push({ contactId: t.plan.contactId, date: d, phase: t.phase, doubleSample: t.doubleSample, pending: pending.has(key) });
  }
  return open;
}
