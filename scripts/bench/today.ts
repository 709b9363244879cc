/**
 * `npm run bench:today`: Today and the reads staff wait on during an outbreak day, on whatever
 * data DATABASE_URL holds (e.g. after `npm run seed:scale`): median and p95 of the service calls
 * for the county with most people under management, each beside the same question asked in
 * raw SQL (the ratio). Nothing is written.
 *
 *   DATABASE_URL=… npm run bench:today -- [runs=20]
 *   DATABASE_URL=… BENCH_URL=http://127.0.0.1:3000 npm run bench:today
 * With BENCH_URL the pages and the API are also timed over HTTP (server time as the client sees
 * it, and the decoded size of each answer), signed in as staff of the county measured (the one
 * with most people under management, printed first): the account "bench-today" is made or reset
 * here (password BENCH_PASSWORD, default Bench#Today2026), or BENCH_USER names one of that county.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";

const runs = Number(process.argv[2] ?? 20);

function quantiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function measure(fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return quantiles(samples);
}

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

async function pair(label: string, app: () => Promise<unknown>, raw: () => Promise<unknown>) {
  process.stdout.write(`  ${label.padEnd(40)} `);
  const a = await measure(app);
  const r = await measure(raw);
  console.log(`app median ${ms(a.median)} p95 ${ms(a.p95)} | raw SQL median ${ms(r.median)} p95 ${ms(r.p95)} | ratio ${(a.median / Math.max(r.median, 0.01)).toFixed(1)}×`);
}

async function http(base: string, username: string, password: string, countyPaths: string[]) {
  let cookie = "";
  const get = async (path: string) => {
    const res = await fetch(new URL(path, base), { headers: { cookie }, redirect: "manual" });
    const body = await res.arrayBuffer();
    return { status: res.status, bytes: body.byteLength, setCookie: res.headers.getSetCookie() };
  };
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
    redirect: "manual",
  });
  cookie = [cookie, ...signIn.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  for (const path of countyPaths) {
    process.stdout.write(`  HTTP GET ${path.padEnd(31)} `);
    let last = { status: 0, bytes: 0 };
    const q = await measure(async () => (last = await get(path)));
    console.log(`median ${ms(q.median)} p95 ${ms(q.p95)} | ${last.status} ${(last.bytes / 1024).toFixed(1)} KiB`);
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a populated database (e.g. after npm run seed:scale).");
  const { prisma, Prisma } = await import("@/lib/db");
  const { getTasks } = await import("@/lib/tasks/get-tasks");
  const { todayPage, todayStatement } = await import("@/lib/tasks/today-query");
  const { toDbDate } = await import("@/lib/calendar");
  const { listContacts } = await import("@/lib/contacts/list-contacts");
  const { getContact } = await import("@/lib/contacts/get-contact");
  const { getCase } = await import("@/lib/cases/get-case");
  const { SHORT_QUERY } = await import("@/lib/persons/search");
  const { todayOf } = await import("@/lib/calendar");
  const db = prisma();
  const today = todayOf();

  console.log(`bench:today — ${runs} runs per measurement; counting the data…`);
  const [contacts, cases] = await Promise.all([db.contact.count(), db.case.count()]);
  const busiest = await db.contact.groupBy({ by: ["countyCode"], where: { status: "ACTIVE" }, _count: { _all: true }, orderBy: { _count: { countyCode: "desc" } }, take: 1 });
  const countyCode = busiest[0]?.countyCode;
  if (!countyCode) throw new Error("No ACTIVE contacts in this database: seed it first (npm run seed:scale or npm run db:seed).");
  console.log(`  ${contacts} contacts, ${cases} cases; county ${countyCode} has ${busiest[0]!._count._all} people under management; today ${today}`);
  const staff = { id: "00000000-0000-4000-8000-0000000000b1", username: "bench", displayName: "bench", role: "COUNTY_STAFF" as const, countyCode };

  // A person with a phone (and a document where the data has them), as a search would look for.
  // A three-character name where there is one, so that "a full name" takes the trigram path
  // (one or two characters are looked up in the name's pieces, ADR 0029, measured below).
  const [threeChars] = await db.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "Contact" c JOIN "Person" p ON p."id" = c."personId"
    WHERE c."countyCode" = ${countyCode} AND c."status" = 'ACTIVE' AND char_length(p."name") = 3 AND p."idNumber" IS NOT NULL AND p."phone" IS NOT NULL
    ORDER BY c."createdAt" DESC LIMIT 1`;
  const sample =
    (threeChars ? await db.contact.findUnique({ where: { id: threeChars.id }, include: { person: true } }) : null) ??
    (await db.contact.findFirst({ where: { countyCode, status: "ACTIVE", person: { idNumber: { not: null }, phone: { not: null } } }, include: { person: true }, orderBy: { createdAt: "desc" } })) ??
    (await db.contact.findFirstOrThrow({ where: { countyCode, status: "ACTIVE" }, include: { person: true }, orderBy: { createdAt: "desc" } }));
  // A typical case (15–30 contacts) and the county's largest, for the case page.
  const [typical] = await db.$queryRaw<{ id: string }[]>`SELECT "sourceCaseId" AS "id" FROM "Contact" WHERE "countyCode" = ${countyCode} AND "sourceCaseId" IS NOT NULL
    GROUP BY 1 HAVING count(*) BETWEEN 15 AND 30 LIMIT 1`;
  const [largest] = await db.$queryRaw<{ id: string; n: number }[]>`SELECT "sourceCaseId" AS "id", count(*)::int AS "n" FROM "Contact" WHERE "countyCode" = ${countyCode} AND "sourceCaseId" IS NOT NULL
    GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
  const someCase = typical ?? (await db.case.findFirst({ where: { countyCode }, orderBy: { createdAt: "desc" } }));
  const namePart = [...sample.person.name].slice(0, 2).join("");
  const surname = [...sample.person.name][0]!;
  const phonePart = sample.person.phone?.slice(-6) ?? "1380";
  const idPart = sample.person.idNumber?.slice(-8) ?? "0000";

  // The current day's rows are kept per county (ADR 0026): the first read of a day rebuilds them.
  await db.$executeRaw`DELETE FROM "TodayDay" WHERE "countyCode" = ${countyCode}`;
  const t0 = performance.now();
  await getTasks(staff, { date: today });
  console.log(`  first read of the day for the county (rebuilds its rows): ${(performance.now() - t0).toFixed(0)} ms`);
  console.log("services (app) beside raw SQL (the raw Today is the live query, computed for every person):");
  await pair("Today, page 1 (50 people)", () => getTasks(staff, { date: today }), () => todayPage(db, today, { countyCode }, undefined, 50, 0));
  await pair("Today, kind=overdueTests", () => getTasks(staff, { date: today, kind: "overdueTests" }), () => todayPage(db, today, { countyCode }, "overdueTests", 50, 0));
  await pair("Today, page 20", () => getTasks(staff, { date: today, page: 20 }), () => todayPage(db, today, { countyCode }, undefined, 50, 950));
  // The app's own statement for a page of the kept rows (counts, page, each person's detail),
  // sent as raw SQL through pg: the ratio is what the service adds to the database's work.
  const pgClient = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await pgClient.connect();
  const statement = todayStatement(toDbDate(today), { countyCode }, undefined, 50, 0, true);
  await pair("Today, page 1: the same statement via pg", () => getTasks(staff, { date: today }), () => pgClient.query(statement.text, statement.values));
  // The same answer as the list: the capped count, and a page of 20 with the person and the
  // active plan's release date and phase on the day, read for the page's rows only (ADR 0031).
  const listRaw = (where: ReturnType<typeof Prisma.sql>) => () =>
    Promise.all([
      db.$queryRaw`SELECT count(*) FROM (SELECT 1 FROM "Contact" c WHERE c."countyCode" = ${countyCode} AND ${where} ORDER BY c."countyCode" LIMIT 10001) x`,
      db.$queryRaw`SELECT c.*, p."name", p."idNumber", p."phone", pl."releaseDate",
        (SELECT ph."kind" FROM "PlanPhase" ph WHERE ph."planId" = pl."id" AND ph."startDate" <= ${today}::date AND ph."endDate" >= ${today}::date LIMIT 1) AS "phase"
        FROM (SELECT * FROM "Contact" c WHERE c."countyCode" = ${countyCode} AND ${where}
              ORDER BY c."identifiedDate" DESC, c."createdAt" DESC, c."id" LIMIT 20) c
        JOIN "Person" p ON p."id" = c."personId" LEFT JOIN "IsolationPlan" pl ON pl."contactId" = c."id" AND pl."active"
        ORDER BY c."identifiedDate" DESC, c."createdAt" DESC, c."id"`,
    ]);
  await pair("contacts list, page 1", () => listContacts(staff, {}), listRaw(Prisma.sql`true`));
  // The search box does not know what was typed: a name, a document or a phone (lib/persons/search.ts).
  // One or two characters are looked up in the name's pieces, longer ones in the three fields (ADR 0029).
  const search = (q: string) =>
    [...q].length < SHORT_QUERY
      ? Prisma.sql`c."personId" IN (SELECT p."id" FROM "Person" p WHERE p."countyCode" = ${countyCode} AND p."nameGrams" @> ARRAY[${q.toLowerCase()}])`
      : Prisma.sql`c."personId" IN (SELECT p."id" FROM "Person" p WHERE p."countyCode" = ${countyCode}
          AND (p."name" ILIKE ${`%${q}%`} OR p."idNumber" LIKE ${`%${q.toUpperCase()}%`} OR p."phone" LIKE ${`%${q}%`}))`;
  await pair(`search by a full name "${sample.person.name}"`, () => listContacts(staff, { q: sample.person.name }), listRaw(search(sample.person.name)));
  await pair(`search by name "${namePart}" (broad)`, () => listContacts(staff, { q: namePart }), listRaw(search(namePart)));
  // A surname alone: one character, a trigram index cannot help, thousands match (the count is capped, ADR 0027).
  await pair(`search by surname "${surname}" (broadest)`, () => listContacts(staff, { q: surname }), listRaw(search(surname)));
  await pair(`search by phone "…${phonePart}"`, () => listContacts(staff, { q: phonePart }), listRaw(search(phonePart)));
  if (sample.person.idNumber) await pair(`search by ID "…${idPart}"`, () => listContacts(staff, { q: idPart }), listRaw(search(idPart)));
  else console.log("  (no document numbers in this data: search by ID not measured)");
  // Everything the contact page shows, in one statement: person, site, the active plan with its
  // phases, tests and extensions, results, health checks, the case it became, its secondaries.
  await pair("contact page (detail)", () => getContact(staff, sample.id), () =>
    db.$queryRaw`SELECT c.*, to_json(p) AS person, (SELECT to_json(s) FROM "IsolationSite" s WHERE s."id" = c."siteId") AS site,
        (SELECT json_build_object('plan', to_json(pl),
           'phases', (SELECT json_agg(ph) FROM "PlanPhase" ph WHERE ph."planId" = pl."id"),
           'tests', (SELECT json_agg(st) FROM "ScheduledTest" st WHERE st."planId" = pl."id"),
           'extensions', (SELECT json_agg(e ORDER BY e."createdAt") FROM "PhaseExtension" e WHERE e."planId" = pl."id"))
         FROM "IsolationPlan" pl WHERE pl."contactId" = c."id" AND pl."active") AS plan,
        (SELECT json_agg(t ORDER BY t."sampleDate", t."createdAt") FROM "TestResult" t WHERE t."contactId" = c."id") AS results,
        (SELECT json_agg(h ORDER BY h."date", h."slot") FROM "HealthCheck" h WHERE h."contactId" = c."id") AS checks,
        (SELECT k."id" FROM "Case" k WHERE k."sourceContactId" = c."id") AS "caseId",
        (SELECT json_agg(x."id" ORDER BY x."createdAt") FROM "Contact" x WHERE x."sourceContactId" = c."id") AS secondaries
      FROM "Contact" c JOIN "Person" p ON p."id" = c."personId" WHERE c."id" = ${sample.id}::uuid AND c."countyCode" = ${countyCode}`,
  );
  const caseRaw = (caseId: string) => () =>
    db.$queryRaw`SELECT k.*, to_json(p) AS person,
          (SELECT json_agg(e ORDER BY e."date", e."id") FROM "CaseTrackEntry" e WHERE e."caseId" = k."id" AND e."removedAt" IS NULL) AS track,
          (SELECT json_agg(json_build_object('contact', to_json(c), 'person', to_json(cp), 'releaseDate', pl."releaseDate") ORDER BY c."identifiedDate", c."createdAt")
             FROM "Contact" c JOIN "Person" cp ON cp."id" = c."personId" LEFT JOIN "IsolationPlan" pl ON pl."contactId" = c."id" AND pl."active"
             WHERE c."countyCode" = ${countyCode} AND c."id" IN (
               SELECT d."id" FROM "Contact" d WHERE d."sourceCaseId" = k."id"
               UNION ALL
               SELECT s."id" FROM "Contact" d JOIN "Contact" s ON s."sourceContactId" = d."id" AND s."category" = 'SECONDARY' WHERE d."sourceCaseId" = k."id")) AS contacts
        FROM "Case" k JOIN "Person" p ON p."id" = k."personId" WHERE k."id" = ${caseId}::uuid AND k."countyCode" = ${countyCode}`;
  if (someCase) await pair("case page (detail), 15–30 contacts", () => getCase(staff, someCase.id), caseRaw(someCase.id));
  if (largest) await pair(`case page (detail), the largest: ${largest.n} contacts`, () => getCase(staff, largest.id), caseRaw(largest.id));

  const base = process.env.BENCH_URL;
  if (base) {
    // A staff account of the measured county: BENCH_USER's (with BENCH_PASSWORD), or "bench-today" made (or reset) here.
    const { benchStaff } = await import("./bench-staff");
    const { username, password } = process.env.BENCH_USER
      ? { username: process.env.BENCH_USER, password: process.env.BENCH_PASSWORD ?? "" }
      : await benchStaff(db, countyCode);
    console.log(`over HTTP at ${base} as ${username}:`);
    await http(base, username, password, [
      "/today",
      "/api/v1/tasks",
      "/contacts",
      `/contacts?q=${encodeURIComponent(sample.person.name)}`,
      `/api/v1/contacts?q=${encodeURIComponent(surname)}`,
      `/contacts/${sample.id}`,
      ...(someCase ? [`/cases/${someCase.id}`] : []),
    ]);
  } else {
    console.log("(set BENCH_URL to time the pages and the API over HTTP too)");
  }
  await pgClient.end();
  await db.$disconnect();
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
