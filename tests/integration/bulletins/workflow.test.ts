import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/user";
import { prisma } from "@/lib/db";
import { getCountyFigures } from "@/lib/dashboard/county-figures";
import { addDays } from "@/lib/isolation/dates";
import { getPublishedBulletin, listPublishedBulletins } from "@/lib/bulletins/list-bulletins";
import { correctBulletin, createBulletin, publishBulletin, reviewBulletin, updateBulletin } from "@/lib/bulletins/workflow";
import { at, expectAppError, MAERKANG, seedFixtures, WENCHUAN, type Users } from "../registry/fixtures";
import { buildOutbreak } from "../chains/outbreak";

let u: Users;
let second: SessionUser;
const now = at("2026-03-10");

beforeAll(async () => {
  u = await seedFixtures();
  await buildOutbreak(u);
  const row = await prisma().user.create({ data: { username: "official-2", displayName: "official-2", passwordHash: "x", role: "PREFECTURE_OFFICIAL" } });
  second = { id: row.id, username: row.username, displayName: row.displayName, role: "PREFECTURE_OFFICIAL", countyCode: null };
});

describe("bulletin figures", () => {
  for (const date of ["2026-03-05", "2026-03-06"]) {
    it(`equal the dashboard service's figures on ${date}`, async () => {
      const b = await createBulletin(u.official, { date }, { now });
      const [on, before] = [await getCountyFigures(u.official, { date }, { now }), await getCountyFigures(u.official, { date: addDays(date, -1) }, { now })];
      expect(b.figures.counties.map((c) => c.countyCode)).toEqual(on.counties.map((c) => c.countyCode));
      for (const c of b.figures.counties) {
        const d = on.counties.find((x) => x.countyCode === c.countyCode)!;
        const p = before.counties.find((x) => x.countyCode === c.countyCode)!;
        expect(c).toMatchObject({
          newConfirmed: d.cases.CONFIRMED - p.cases.CONFIRMED,
          newAsymptomatic: d.cases.ASYMPTOMATIC - p.cases.ASYMPTOMATIC,
          totalConfirmed: d.cases.CONFIRMED,
          underManagement: d.activeContacts.total,
          close: d.activeContacts.CLOSE,
          secondary: d.activeContacts.SECONDARY,
          general: d.activeContacts.GENERAL,
          released: d.releases,
          releasesDue: d.releasesDue,
        });
        expect(c.newConfirmed + c.newAsymptomatic).toBe(d.cases.newOnDate);
      }
      expect(b.figures.totals.underManagement).toBe(on.totals.activeContacts.total);
      expect(b.status).toBe("DRAFT");
      expect(b.body).toContain(`新增确诊病例${b.figures.totals.newConfirmed}例`);
    });
  }

  it("are the known outbreak's numbers", async () => {
    const items = await prisma().bulletin.findMany({ orderBy: { date: "asc" } });
    const [d5, d6] = items.map((b) => b.figures as unknown as { counties: { countyCode: string; newConfirmed: number; totalConfirmed: number; underManagement: number }[]; totals: { newConfirmed: number } });
    const mk5 = d5!.counties.find((c) => c.countyCode === MAERKANG)!;
    // 03-05: B (escalated from C1) and D confirmed in 马尔康市; A on 03-01.
    expect([mk5.newConfirmed, mk5.totalConfirmed]).toEqual([2, 3]);
    // Under management on 03-05 (the figures are as of the date): C1 (its positive was recorded
    // on 03-10), C2, G1, S1, S2 in 马尔康市; C3 and C4 were identified on 03-06. W1 in 汶川县.
    expect(mk5.underManagement).toBe(5);
    expect(d5!.counties.find((c) => c.countyCode === WENCHUAN)!.newConfirmed).toBe(0);
    expect(d6!.totals.newConfirmed).toBe(0);
  });
});

describe("bulletin workflow", () => {
  it("goes draft → reviewed → published, refusing illegal steps, stale versions and self-review", async () => {
    let b = await createBulletin(u.official, { date: "2026-03-08" }, { now });
    await expectAppError(createBulletin(u.official, { date: "2026-03-08" }, { now }), "REFUSED", "bulletins.errors.openExists");
    await expectAppError(createBulletin(u.official, { date: "2026-03-11" }, { now }), "VALIDATION");
    await expectAppError(createBulletin(u.mk, { date: "2026-03-08" }, { now }), "FORBIDDEN");
    await expectAppError(updateBulletin(u.official, b.id, { version: b.version, title: b.title, body: "联系电话13812345678" }, { now }), "VALIDATION");
    b = await updateBulletin(u.official, b.id, { version: b.version, title: "三月八日通报", body: `${b.body}\n（已核对）` }, { now });
    await expectAppError(updateBulletin(second, b.id, { version: b.version - 1, title: "旧版本", body: "旧" }, { now }), "STALE");
    await expectAppError(publishBulletin(u.official, b.id, { version: b.version }, { now }), "REFUSED", "bulletins.errors.notReviewed");
    // Alone, the author may review their own text (recorded as such) ...
    const alone = await reviewBulletin(u.official, b.id, { version: b.version }, { now });
    expect(alone).toMatchObject({ status: "REVIEWED", selfReviewed: true });
    // ... an edit sends it back to draft, and once a second official has signed in, four eyes.
    b = await updateBulletin(u.official, b.id, { version: alone.version, title: "三月八日通报", body: alone.body }, { now });
    expect(b).toMatchObject({ status: "DRAFT", reviewedByName: null });
    await prisma().user.update({ where: { id: second.id }, data: { lastSignInAt: now } });
    await expectAppError(reviewBulletin(u.official, b.id, { version: b.version }, { now }), "REFUSED", "bulletins.errors.ownText");
    b = await reviewBulletin(second, b.id, { version: b.version }, { now });
    expect(b).toMatchObject({ status: "REVIEWED", reviewedByName: "official-2", selfReviewed: false });
    await expectAppError(reviewBulletin(second, b.id, { version: b.version }, { now }), "REFUSED", "bulletins.errors.alreadyReviewed");
    b = await publishBulletin(u.official, b.id, { version: b.version }, { now });
    expect(b).toMatchObject({ status: "PUBLISHED", publishedByName: "official", title: "三月八日通报" });

    await expectAppError(updateBulletin(u.official, b.id, { version: b.version, title: "改", body: "改" }, { now }), "REFUSED", "bulletins.errors.published");
    await expectAppError(publishBulletin(u.official, b.id, { version: b.version }, { now }), "REFUSED", "bulletins.errors.published");
    await expectAppError(createBulletin(u.official, { date: "2026-03-08" }, { now }), "REFUSED", "bulletins.errors.alreadyPublished");
    // The database itself refuses to change or remove a published row.
    await expect(prisma().$executeRaw`UPDATE "Bulletin" SET "title" = 'x' WHERE "id" = ${b.id}::uuid`).rejects.toThrow(/published/);
    await expect(prisma().$executeRaw`DELETE FROM "Bulletin" WHERE "id" = ${b.id}::uuid`).rejects.toThrow(/published/);

    const actions = (await prisma().auditEvent.findMany({ where: { entity: "Bulletin", entityId: b.id }, orderBy: { id: "asc" } })).map((e) => `${e.action}:${e.actorName}`);
    expect(actions).toEqual(["bulletin.create:official", "bulletin.edit:official", "bulletin.review:official", "bulletin.edit:official", "bulletin.review:official-2", "bulletin.publish:official"]);
  });

  it("publishes a correction as a new version that names what it corrects", async () => {
    const [original] = (await listPublishedBulletins()).filter((p) => p.date === "2026-03-08");
    const draftOnly = await createBulletin(u.official, { date: "2026-03-09" }, { now });
    await expectAppError(correctBulletin(u.official, draftOnly.id, { correctionNote: "x" }, { now }), "REFUSED", "bulletins.errors.correctOnlyPublished");
    let c = await correctBulletin(u.official, original!.id, { correctionNote: "马尔康市新增病例数更正" }, { now });
    expect(c).toMatchObject({ date: "2026-03-08", revision: 2, status: "DRAFT", correctsId: original!.id, correctionNote: "马尔康市新增病例数更正" });
    await expectAppError(correctBulletin(u.official, original!.id, { correctionNote: "再次" }, { now }), "REFUSED", "bulletins.errors.alreadyCorrected");
    c = await reviewBulletin(second, c.id, { version: c.version }, { now });
    c = await publishBulletin(second, c.id, { version: c.version }, { now });

    const published = await listPublishedBulletins();
    expect(published.map((p) => [p.date, p.revision])).toEqual([
      ["2026-03-08", 2],
      ["2026-03-08", 1],
    ]);
    expect(published[1]).toMatchObject({ id: original!.id, correctedById: c.id });
    expect(published[0]).toMatchObject({ correctsId: original!.id });
    // Signed-out readers never get a draft, and never an account name.
    await expectAppError(getPublishedBulletin(draftOnly.id), "NOT_FOUND");
    await expectAppError(getPublishedBulletin("not-an-id"), "NOT_FOUND");
    expect(JSON.stringify(published)).not.toMatch(/official|链/);
  });
});
