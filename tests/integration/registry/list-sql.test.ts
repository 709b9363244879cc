// The contacts list in hand-written SQL (lib/contacts/contact-list-sql.ts, ADR 0031) answers
// exactly what the query builder's where + include answered: every filter alone and combined, on
// two dates, page by page, for county staff and for an official, over an outbreak in two counties
// with sites, assignment, secondaries, a contact that became a case, a release, pending and
// missing tests. The reference below is the list as it was written before, kept here verbatim.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, type Prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { countyScope } from "@/lib/auth/scope";
import { registerCase } from "@/lib/cases/register-case";
import { registerContacts } from "@/lib/contacts/register-contacts";
import { registerSecondaryContacts } from "@/lib/contacts/register-secondary-contacts";
import { recordTestResult } from "@/lib/lab-results/record-test-result";
import { createSite } from "@/lib/sites/create-site";
import { assignSite } from "@/lib/sites/assign-site";
import { contactListItem, listContacts } from "@/lib/contacts/list-contacts";
import { contactsExport } from "@/lib/exports/lists/contacts";
import { listContactsSchema } from "@/lib/contacts/schemas";
import { personSearch } from "@/lib/persons/search";
import { openTests } from "@/lib/tasks/open-tests";
import { cappedTotal } from "@/lib/capped-total";
import { fromDbDate, toDbDate } from "@/lib/calendar";
import { at, caseBody, closeRow, expectAppError, MAERKANG, WENCHUAN, type Users } from "./fixtures";
import { seedFixtures } from "./fixtures";

const now = at("2026-03-12");
let u: Users;
let siteId: string;
let caseId: string;

/** The list as the query builder answered it before ADR 0031: the reference. */
async function byInclude(user: SessionUser, input: Record<string, unknown>) {
  const f = listContactsSchema.parse(input);
  const db = prisma();
  const date = f.date!;
  const day = toDbDate(date);
  const where: Prisma.ContactWhereInput = { ...countyScope(user) };
  const and: Prisma.ContactWhereInput[] = [];
  if (f.category) where.category = f.category;
  if (f.status) where.status = f.status;
  if (f.released !== undefined) and.push({ status: f.released ? "RELEASED" : "ACTIVE" });
  if (f.siteId) where.siteId = f.siteId;
  if (f.county) and.push({ countyCode: f.county });
  if (f.assignedTo) where.assignedToId = f.assignedTo === "me" ? user.id : f.assignedTo === "none" ? null : f.assignedTo;
  if (f.caseId) and.push({ OR: [{ sourceCaseId: f.caseId }, { sourceContact: { sourceCaseId: f.caseId } }] });
  if (f.q) and.push({ person: { ...personSearch(user, f.q), ...countyScope(user) } });
  if (f.phase) {
    and.push({ status: "ACTIVE", plans: { some: { active: true, phases: { some: { kind: f.phase, startDate: { lte: day }, endDate: { gte: day } } } } } });
  }
  if (f.due) {
    const open = await openTests(db, user, f.due === "today" ? { on: date } : { before: date });
    and.push({ id: { in: [...new Set(open.map((t) => t.contactId))] } });
  }
  if (and.length) where.AND = and;
  const include = { person: true, plans: { where: { active: true }, include: { phases: true, tests: true } } } as const;
  const [{ total, totalCapped }, rows] = await Promise.all([
    cappedTotal((take) => db.contact.count({ where, take, orderBy: { countyCode: "asc" } })),
    db.contact.findMany({
      where,
      include,
      orderBy: [{ identifiedDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  return { items: rows.map((c) => contactListItem(user, c, date)), page: f.page, pageSize: f.pageSize, total, totalCapped, date };
}

beforeAll(async () => {
  u = await seedFixtures();
  const source = await registerCase(u.mk, caseBody({ confirmedDate: "2026-03-02" }), { now });
  caseId = source.id;
  const other = await registerCase(u.mk, caseBody({ name: "另案", confirmedDate: "2026-03-04" }), { now });
  const rows = [
    closeRow({ name: "全量甲", phone: "13900001111", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-02" }),
    closeRow({ name: "全量乙", lastExposureDate: "2026-03-01", identifiedDate: "2026-03-03" }),
    closeRow({ name: "下划_线", phone: "13900005555", lastExposureDate: "2026-03-02", identifiedDate: "2026-03-03" }),
    closeRow({ name: "百分%号", lastExposureDate: "2026-03-02", identifiedDate: "2026-03-04" }),
    closeRow({ name: "一般丙", category: "GENERAL", idNumber: undefined, phone: "13900002222", lastExposureDate: "2026-03-02", identifiedDate: "2026-03-02" }),
    closeRow({ name: "同日丁", lastExposureDate: "2026-03-02", identifiedDate: "2026-03-03" }),
  ];
  const contacts = (await registerContacts(u.mk, source.id, { contacts: rows }, { now })).contacts;
  await registerContacts(u.mk, other.id, { contacts: [closeRow({ name: "另案戊", lastExposureDate: "2026-03-03", identifiedDate: "2026-03-04" })] }, { now });
  const wcCase = await registerCase(u.wc, caseBody({ name: "汶川病例", countyCode: WENCHUAN, idNumber: undefined, confirmedDate: "2026-03-03" }), { now });
  await registerContacts(u.wc, wcCase.id, { contacts: [closeRow({ name: "全量汶川", idNumber: undefined, lastExposureDate: "2026-03-02", identifiedDate: "2026-03-03" })] }, { now });

  const [a, b, , d, , f] = contacts;
  const site = await createSite(u.mk, { name: "列表隔离点", capacity: 10 });
  siteId = site.id;
  await assignSite(u.mk, a!.id, { siteId }, { now });
  await assignSite(u.mk, d!.id, { siteId }, { now });
  const tests = (id: string) => prisma().scheduledTest.findMany({ where: { plan: { contactId: id, active: true } }, orderBy: { date: "asc" } });
  const [first, second] = await tests(a!.id);
  await recordTestResult(u.mk, a!.id, { sampleDate: fromDbDate(first!.date), result: "NEGATIVE" }, { now });
  await recordTestResult(u.mk, a!.id, { sampleDate: fromDbDate(second!.date), result: "PENDING" }, { now });
  await registerSecondaryContacts(u.mk, a!.id, { contacts: [closeRow({ category: undefined, name: "次密己", lastExposureDate: "2026-03-05", identifiedDate: "2026-03-06" })] }, { now });
  const [bFirst] = await tests(b!.id);
  await recordTestResult(u.mk, b!.id, { sampleDate: fromDbDate(bFirst!.date), result: "POSITIVE" }, { now });
  // Assignment and a release set directly: the list only reads them.
  await prisma().contact.update({ where: { id: d!.id }, data: { assignedToId: u.mk.id } });
  await prisma().contact.update({ where: { id: f!.id }, data: { assignedToId: u.mk2.id, status: "RELEASED", statusDate: toDbDate("2026-03-10") } });
});

describe("the contacts list in hand-written SQL", () => {
  const filters = (): Record<string, unknown>[] => [
    {},
    { category: "CLOSE" },
    { category: "GENERAL" },
    { category: "SECONDARY" },
    { status: "ACTIVE" },
    { status: "BECAME_CASE" },
    { status: "RELEASED" },
    { released: true },
    { released: false },
    { released: "false", category: "CLOSE" },
    { siteId },
    { county: MAERKANG },
    { county: WENCHUAN },
    { assignedTo: "me" },
    { assignedTo: "none" },
    { assignedTo: u.mk2.id },
    { caseId },
    { phase: "CENTRALIZED_ISOLATION" },
    { phase: "HOME_HEALTH_MONITORING" },
    { phase: "MEDICAL_OBSERVATION" },
    { due: "today" },
    { due: "overdue" },
    { due: "overdue", category: "CLOSE", siteId },
    { caseId, phase: "CENTRALIZED_ISOLATION", due: "overdue" },
    { pageSize: 2, page: 1 },
    { pageSize: 2, page: 2 },
    { pageSize: 2, page: 9 },
  ];
  const searches = ["全量", "全", "全量甲", "1111", "39000", "下划_线", "_", "%", "百分%", "丙", "x"];

  it("answers what the include answered, for every filter, on two dates, to staff and to an official", async () => {
    let compared = 0;
    for (const date of ["2026-03-05", "2026-03-20"]) {
      for (const user of [u.mk, u.wc, u.official]) {
        for (const f of filters()) {
          const input = { ...f, date };
          expect(await listContacts(user, input, { now }), JSON.stringify({ user: user.username, input })).toEqual(await byInclude(user, input));
          compared += 1;
        }
      }
      for (const q of searches) {
        for (const extra of [{}, { category: "CLOSE" }, { due: "overdue" }]) {
          const input = { q, date, ...extra };
          expect(await listContacts(u.mk, input, { now }), JSON.stringify(input)).toEqual(await byInclude(u.mk, input));
          compared += 1;
        }
      }
    }
    expect(compared).toBe(2 * (3 * filters().length + searches.length * 3));
  });

  it("covers non-empty answers for the filters it compares", async () => {
    const count = async (input: Record<string, unknown>, user = u.mk) => (await listContacts(user, { date: "2026-03-05", ...input }, { now })).total;
    expect(await count({})).toBe(8);
    expect(await count({}, u.official)).toBe(9);
    expect(await count({ siteId })).toBe(2);
    expect(await count({ assignedTo: "me" })).toBe(1);
    expect(await count({ released: true })).toBe(1);
    expect(await count({ status: "BECAME_CASE" })).toBe(1);
    expect(await count({ caseId })).toBe(7);
    expect(await count({ phase: "CENTRALIZED_ISOLATION" })).toBeGreaterThan(2);
    expect(await count({ due: "overdue" })).toBeGreaterThan(0);
    expect(await count({ q: "全量" })).toBe(2);
  });

  it("takes % and _ in a search literally", async () => {
    const names = async (q: string) => (await listContacts(u.mk, { q }, { now })).items.map((c) => c.person.name);
    expect(await names("下划_线")).toEqual(["下划_线"]);
    expect(await names("百分%号")).toEqual(["百分%号"]);
    // "_" alone is one character: it is looked up in the name's pieces, where it is one.
    expect(await names("_")).toEqual(["下划_线"]);
    expect(await names("划%")).toEqual([]);
  });

  it("exports every page with the same filters", async () => {
    const exported = await contactsExport(u.mk, { category: "CLOSE" }, "zh-CN", { now });
    const listed = await listContacts(u.mk, { category: "CLOSE", pageSize: 100 }, { now });
    expect(exported.rows.map((r) => r.id)).toEqual(listed.items.map((c) => c.id));
    expect(exported.rows.length).toBe(listed.total);
  });

  it("refuses a search to a role that sees masked data, and another county's rows are never listed", async () => {
    await expectAppError(listContacts(u.official, { q: "全量" }, { now }), "FORBIDDEN");
    const wc = await listContacts(u.wc, { pageSize: 100 }, { now });
    expect(wc.items.every((c) => c.countyCode === WENCHUAN)).toBe(true);
    expect((await listContacts(u.wc, { county: MAERKANG }, { now })).total).toBe(0);
    expect((await listContacts(u.wc, { caseId }, { now })).total).toBe(0);
  });
});
