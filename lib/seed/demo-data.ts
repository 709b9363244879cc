import type { Db } from "@/lib/db";
import { loadActiveUser } from "@/lib/auth/load-user";
import type { SessionUser } from "@/lib/auth/user";
import { todayOf } from "@/lib/calendar";
import { addDays } from "@/lib/isolation/dates";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { createSite } from "@/lib/sites/create-site";
import { assignSite } from "@/lib/sites/assign-site";
import { demoPerson } from "./demo-people";

async function staff(db: Db, username: string): Promise<SessionUser> {
  const row = await db.user.findUniqueOrThrow({ where: { username } });
  const user = await loadActiveUser(row.id, { db });
  if (!user) throw new Error(`demo account ${username} cannot act`);
  return user;
}

/**
 * A small, realistic picture for the embedded demo: cases in 马尔康市 and 汶川县 with close,
 * general and secondary contacts at different points of their plans, results recorded for
 * the tests already past, and an isolation site. Created through the services, so every row
 * is audited and planned exactly as staff would do it. Only runs on an empty registry.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<boolean> {
  if ((await db.case.count()) > 0) return false;
  const today = todayOf(now);
  const opts = { db, now };
  let n = 0;

  for (const [username, countyCode, offsets] of [
    ["maerkang", "513201", [1, 3, 6, 13, 15, 20]],
    ["wenchuan", "513221", [2, 9]],
  ] as const) {
    const user = await staff(db, username);
    const site = await createSite(user, { name: `${username === "maerkang" ? "马尔康" : "汶川"}集中隔离点一`, address: "县城宾馆", capacity: 40 }, opts);
    const index = demoPerson(countyCode, n++);
    const c = await registerCase(user, { ...index, countyCode, classification: "CONFIRMED", onsetDate: addDays(today, -Math.max(...offsets) - 2), confirmedDate: addDays(today, -Math.max(...offsets)) }, opts);
    const rows = offsets.map((days, i) => ({
      ...demoPerson(countyCode, n++),
      category: i % 3 === 2 ? "GENERAL" : "CLOSE",
      exposureSetting: i % 2 ? "WORKPLACE" : "HOUSEHOLD",
      lastExposureDate: addDays(today, -days),
      identifiedDate: addDays(today, -days + 1),
    }));
    const { contacts } = await registerContacts(user, c.id, { contacts: rows }, opts);
    for (const contact of contacts) {
      // Results for the tests already past; today's stay open for the task list.
      for (const test of contact.plan.tests.filter((t) => t.date < today)) {
        await recordTestResult(user, contact.id, { sampleDate: test.date, result: "NEGATIVE", doubleSample: test.doubleSample }, opts);
      }
      if (contact.category === "CLOSE" && contact.plan.phases[0]?.kind === "CENTRALIZED_ISOLATION" && contact.plan.phases[0].endDate >= today) {
        await assignSite(user, contact.id, { siteId: site.id }, opts);
      }
    }
    const firstClose = contacts.find((x) => x.category === "CLOSE");
    if (firstClose) {
      const secondaries = [0, 1].map(() => ({ ...demoPerson(countyCode, n++), lastExposureDate: addDays(today, -1), identifiedDate: today, exposureSetting: "HOUSEHOLD" }));
      await registerSecondaryContacts(user, firstClose.id, { contacts: secondaries }, opts);
    }
  }
  return true;
}
