// The generated outbreak, statement by statement (all set-based SQL, generate_series): cases on
// an epidemic curve over the history, 20 contacts per case (12 close, 3 secondary of those close
// contacts, 5 general), persons (each contact with a valid resident ID number and a phone), the
// engine's plans, results for most tests already due, escalations (a close contact in 50 turns
// positive on its day-4 test and becomes a case), releases, health checks of the last two days,
// sites with people placed in them.

export const PER_CASE = 20;
const STAFF = "00000000-0000-4000-8000-000000000001";

/**
 * A valid resident ID number (GB 11643, lib/validation/id-card.ts) for contact person `i` of
 * county `c`, in SQL: the county's code as region, a birth date spread over 1950–2018, a
 * sequence whose last digit carries the sex (odd = male: even `i` are MALE), and the check
 * character. Unique per county: `i % 25000` and `i / 25000` give back `i`.
 */
export const residentIdSql = (c: string, i: string) => {
  const first17 = `(${c} || to_char(DATE '1950-01-01' + (${i} % 25000), 'YYYYMMDD') || lpad(((${i} / 25000) * 2 + (CASE WHEN ${i} % 2 = 0 THEN 1 ELSE 0 END))::text, 3, '0'))`;
  const weights = "ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]";
  return `(${first17} || substr('10X98765432', 1 + (SELECT sum(substr(${first17}, k, 1)::int * (${weights})[k]) FROM generate_series(1, 17) k)::int % 11, 1))`;
};

/** A deterministic draw in [0, 1) from a text key. */
const draw = (key: string) => `((abs(hashtext(${key})) % 100000) / 100000.0)`;

// Names as a county's registry holds them: a surname from the hundred commonest (the first far
// more frequent, as in life) and a given name of one or two characters. Searching them behaves
// as searching real names does (a surname matches thousands, a full name a handful); names that
// all began with the same three characters made every trigram search read the whole index.
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬鹏辉建国志文斌宇浩凯健俊帆帅旭宁龙林欣佳雪梅琳晨阳丹婷颖倩慧莉海亮飞鑫波宏瑞雨萱子涵梓轩思博晓东春秋冬云峰振兴安康乐福德才永庆卓玛扎西拉姆措吉";

/** A person's name in SQL, deterministic from a text key. */
export const personNameSql = (key: string) =>
  `(substr('${SURNAMES}', 1 + floor(${[...SURNAMES].length} * power(${draw(`'s' || ${key}`)}, 2))::int, 1)` +
  ` || substr('${GIVEN}', 1 + abs(hashtext('g1' || ${key})) % ${[...GIVEN].length}, 1)` +
  ` || CASE WHEN abs(hashtext('g3' || ${key})) % 10 < 7 THEN substr('${GIVEN}', 1 + abs(hashtext('g2' || ${key})) % ${[...GIVEN].length}, 1) ELSE '' END)`;


export interface OutbreakArgs {
  counties: string[];
  contacts: number;
  today: string;
  days: number;
  policyVersion: string;
  templates: { plans: unknown[]; phases: unknown[]; tests: unknown[] };
}

export function outbreakSteps(a: OutbreakArgs): { label: string; sql: string; params: unknown[] }[] {
  const casesPerCounty = Math.max(1, Math.ceil(a.contacts / PER_CASE / a.counties.length));
  const first = `($3::date - ${a.days - 1})`;
  // Triangular curve peaking two thirds into the history; confirmed on or before today.
  const caseDay = `(${first} + floor(${a.days - 1} * LEAST(1, (${draw("'d1' || c || n")} + ${draw("'d2' || c || n")}) / 1.5))::int)`;
  const tpl = (columns: string, rows: unknown[]) => ({ columns, json: JSON.stringify(rows) });
  const plans = tpl(`category text, k int, rel int`, a.templates.plans);
  const phases = tpl(`category text, k int, seq int, kind text, s int, e int`, a.templates.phases);
  const tests = tpl(`category text, k int, d int, phase text, double boolean`, a.templates.tests);
  const base = "DATE '2026-01-01'";
  const lateness = `(ct."identifiedDate" - ct."lastExposureDate")`;
  const join = (t: { columns: string }) =>
    `FROM "Contact" ct JOIN jsonb_to_recordset($1::jsonb) AS t(${t.columns}) ON t.category = ct."category"::text AND t.k = ${lateness}`;
  const shift = `(ct."lastExposureDate" - ${base})`;
  return [
    {
      label: "case persons and cases",
      sql: `WITH k AS (
              SELECT c, n, ${caseDay} AS day FROM unnest($1::text[]) AS c, generate_series(0, $2::int - 1) AS n)
            , p AS (INSERT INTO "Person" ("id", "countyCode", "name", "sex", "updatedAt")
                    SELECT md5('case-person:' || c || ':' || n)::uuid, c, ${personNameSql("'case:' || c || ':' || n")}, (CASE WHEN n % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::"Sex", now() FROM k)
            INSERT INTO "Case" ("id", "personId", "countyCode", "classification", "onsetDate", "confirmedDate", "createdAt", "updatedAt")
            SELECT md5('case:' || c || ':' || n)::uuid, md5('case-person:' || c || ':' || n)::uuid, c,
                   (CASE WHEN n % 10 < 7 THEN 'CONFIRMED' ELSE 'ASYMPTOMATIC' END)::"CaseClassification",
                   CASE WHEN n % 10 < 7 THEN day - 2 END, day, day + interval '2 hours' + (${draw("'h' || c || n")} * interval '8 hours'), now()
            FROM k`,
      params: [a.counties, casesPerCounty, a.today],
    },
    {
      label: "contact persons",
      sql: `INSERT INTO "Person" ("id", "countyCode", "name", "sex", "birthDate", "idType", "idNumber", "identityKey", "phone", "updatedAt")
            SELECT md5('person:' || c || ':' || i)::uuid, c, ${personNameSql("c || ':' || i")}, (CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END)::"Sex",
                   DATE '1950-01-01' + (i % 25000), 'RESIDENT_ID', doc, 'RESIDENT_ID:' || doc,
                   '13' || lpad(((c::int % 100) * 10000000 + i)::text, 9, '0'), now()
            FROM unnest($1::text[]) AS c, generate_series(0, $2::int * ${PER_CASE} - 1) AS i, LATERAL (SELECT ${residentIdSql("c", "i")} AS doc) d`,
      params: [a.counties, casesPerCounty],
    },
    {
      // Position in the case's block: 0–11 close, 12–14 secondary (of close 0–2), 15–19 general.
      label: "contacts",
      sql: `INSERT INTO "Contact" ("id", "personId", "category", "sourceCaseId", "sourceContactId", "countyCode", "exposureSetting",
                                   "lastExposureDate", "identifiedDate", "riskNoticeDate", "createdAt", "updatedAt")
            SELECT md5('contact:' || x.c || ':' || x.i)::uuid, md5('person:' || x.c || ':' || x.i)::uuid, x.cat::"ContactCategory",
                   CASE WHEN x.cat <> 'SECONDARY' THEN md5('case:' || x.c || ':' || x.n)::uuid END,
                   CASE WHEN x.cat = 'SECONDARY' THEN md5('contact:' || x.c || ':' || (x.i - 12))::uuid END,
                   x.c, (ARRAY['HOUSEHOLD','WORKPLACE','MEAL','SOCIAL','TRANSPORT'])[1 + x.i % 5]::"ExposureSetting",
                   x.exposed, LEAST($3::date, x.exposed + x.late),
                   CASE WHEN x.cat = 'GENERAL' THEN LEAST($3::date, x.exposed + x.late) END,
                   GREATEST(k."createdAt", LEAST($3::date, x.exposed + x.late) + interval '1 hour') + (${draw("'r' || x.c || x.i")} * interval '40 hours'), now()
            FROM (SELECT c, i, i / ${PER_CASE} AS n, CASE WHEN i % ${PER_CASE} < 12 THEN 'CLOSE' WHEN i % ${PER_CASE} < 15 THEN 'SECONDARY' ELSE 'GENERAL' END AS cat,
                         floor(${draw("'l' || c || i")} * 3)::int AS late
                  FROM unnest($1::text[]) AS c, generate_series(0, $2::int * ${PER_CASE} - 1) AS i) x0
            JOIN "Case" k ON k."id" = md5('case:' || x0.c || ':' || x0.n)::uuid
            CROSS JOIN LATERAL (SELECT x0.*, k."confirmedDate" - (CASE WHEN x0.cat = 'SECONDARY' THEN 0 ELSE 1 END) - (x0.i % 2) AS exposed) x`,
      params: [a.counties, casesPerCounty, a.today],
    },
    {
      label: "plans",
      sql: `INSERT INTO "IsolationPlan" ("id", "contactId", "category", "policyVersion", "releaseDate", "createdAt")
            SELECT md5('plan:' || ct."id")::uuid, ct."id", ct."category", $2, ct."lastExposureDate" + (t.rel - 0), ct."createdAt" ${join(plans)}`,
      params: [plans.json, a.policyVersion],
    },
    {
      label: "plan phases",
      sql: `INSERT INTO "PlanPhase" ("id", "planId", "seq", "kind", "startDate", "endDate")
            SELECT gen_random_uuid(), md5('plan:' || ct."id")::uuid, t.seq, t.kind::"PhaseKind", ${base} + t.s + ${shift}, ${base} + t.e + ${shift} ${join(phases)}`,
      params: [phases.json],
    },
    {
      label: "scheduled tests",
      sql: `INSERT INTO "ScheduledTest" ("id", "planId", "date", "phase", "doubleSample")
            SELECT gen_random_uuid(), md5('plan:' || ct."id")::uuid, ${base} + t.d + ${shift}, t.phase::"PhaseKind", t.double ${join(tests)}`,
      params: [tests.json],
    },
    {
      // One close contact in 50 is positive on its day-4 test (if that day has come).
      label: "positive results",
      sql: `INSERT INTO "TestResult" ("id", "contactId", "sampleDate", "result", "createdById", "createdAt")
            SELECT gen_random_uuid(), ct."id", ct."lastExposureDate" + 4, 'POSITIVE', '${STAFF}', ct."lastExposureDate" + 4 + interval '10 hours'
            FROM "Contact" ct WHERE ct."category" = 'CLOSE' AND abs(hashtext('pos' || ct."id")) % 50 = 0 AND ct."lastExposureDate" + 4 < $1::date
              AND ct."identifiedDate" <= ct."lastExposureDate" + 4`,
      params: [a.today],
    },
    {
      label: "escalations (contacts → cases)",
      sql: `WITH pos AS (SELECT r."contactId", r."sampleDate" FROM "TestResult" r WHERE r."result" = 'POSITIVE'),
            upd AS (UPDATE "Contact" ct SET "status" = 'BECAME_CASE', "statusDate" = pos."sampleDate" FROM pos WHERE ct."id" = pos."contactId" RETURNING ct.*)
            INSERT INTO "Case" ("id", "personId", "countyCode", "classification", "firstPositiveDate", "confirmedDate", "sourceContactId", "createdAt", "updatedAt")
            SELECT md5('escalated:' || upd."id")::uuid, upd."personId", upd."countyCode", 'CONFIRMED', upd."statusDate", upd."statusDate", upd."id",
                   upd."statusDate" + interval '14 hours', now() FROM upd`,
      params: [],
    },
    {
      // Tests already due: a result for 19 in 20 (the rest are overdue), before any escalation.
      label: "negative results",
      sql: `INSERT INTO "TestResult" ("id", "contactId", "sampleDate", "result", "doubleSample", "createdById", "createdAt")
            SELECT gen_random_uuid(), p."contactId", st."date", 'NEGATIVE', st."doubleSample", '${STAFF}', st."date" + interval '15 hours'
            FROM "ScheduledTest" st JOIN "IsolationPlan" p ON p."id" = st."planId" JOIN "Contact" ct ON ct."id" = p."contactId"
            WHERE st."date" < $1::date AND abs(hashtext('t' || st."id")) % 20 <> 0
              AND (ct."status" = 'ACTIVE' OR st."date" < ct."statusDate")`,
      params: [a.today],
    },
    {
      label: "releases",
      sql: `UPDATE "Contact" ct SET "status" = 'RELEASED', "statusDate" = p."releaseDate"
            FROM "IsolationPlan" p
            WHERE p."contactId" = ct."id" AND ct."status" = 'ACTIVE' AND p."releaseDate" < $1::date
              AND NOT EXISTS (SELECT 1 FROM "ScheduledTest" st WHERE st."planId" = p."id" AND NOT EXISTS (
                    SELECT 1 FROM "TestResult" r WHERE r."contactId" = ct."id" AND r."sampleDate" = st."date" AND r."result" = 'NEGATIVE'))`,
      params: [a.today],
    },
    {
      label: "sites",
      sql: `INSERT INTO "IsolationSite" ("id", "name", "countyCode", "address", "capacity", "updatedAt")
            SELECT md5('site:' || c || ':' || s)::uuid, '隔离点' || (s + 1), c, '生成地址 ' || (s + 1), $2::int, now()
            FROM unnest($1::text[]) AS c, generate_series(0, 7) AS s`,
      params: [a.counties, Math.max(20, Math.ceil(a.contacts / a.counties.length / 40))],
    },
    {
      // Close contacts in centralized isolation today; one in ten still waits for a room.
      label: "placements",
      sql: `UPDATE "Contact" ct SET "siteId" = md5('site:' || ct."countyCode" || ':' || (abs(hashtext(ct."id"::text)) % 8))::uuid,
                   "placedAt" = ct."createdAt" + (${draw(`'p' || ct."id"`)} * interval '36 hours')
            FROM "IsolationPlan" p JOIN "PlanPhase" ph ON ph."planId" = p."id" AND ph."kind" = 'CENTRALIZED_ISOLATION'
            WHERE p."contactId" = ct."id" AND ct."status" = 'ACTIVE' AND ph."startDate" <= $1::date AND ph."endDate" >= $1::date
              AND abs(hashtext('s' || ct."id")) % 10 <> 0`,
      params: [a.today],
    },
    {
      label: "health checks (last two days)",
      sql: `INSERT INTO "HealthCheck" ("id", "contactId", "date", "slot", "temperature", "symptoms", "createdById", "createdAt")
            SELECT gen_random_uuid(), ct."id", d::date, s::"CheckSlot", 36.2 + (abs(hashtext(ct."id" || d::text || s)) % 12) / 10.0, '{}', '${STAFF}', d + interval '9 hours'
            FROM "Contact" ct, generate_series($1::date - 1, $1::date, interval '1 day') AS d, unnest(ARRAY['MORNING', 'EVENING']) AS s
            WHERE ct."status" = 'ACTIVE' AND ct."identifiedDate" <= d::date`,
      params: [a.today],
    },
  ];
}
