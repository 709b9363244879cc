// Hand-written JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the API's answers. Request
// bodies are generated from the services' zod schemas instead (lib/http/openapi.ts); answers
// are plain view objects with no zod schema of their own. `additionalProperties: false`
// everywhere so tests/e2e/api-flow.spec.ts, which checks real answers against these, notices
// a field added to a view without being documented here.
import { CATEGORY_VALUES, STATUS_VALUES } from "@/lib/contacts/schemas";
import { CASE_STATUSES, CLASSIFICATIONS } from "@/lib/cases/schemas";
import { ERROR_STATUS } from "@/lib/errors";
import { CHECK_SLOTS } from "@/lib/health/schemas";
import { EXPOSURE_SETTINGS, ID_TYPES, PHASE_KIND_VALUES, SEXES } from "@/lib/validation/fields";
import { SAMPLE_TYPES, TEST_OUTCOMES } from "@/lib/lab-results/schemas";
import { ROLES } from "@/lib/auth/user";

export type JsonSchema = Record<string, unknown>;

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: "null" }] });
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: "array", items });
const enumOf = (values: readonly string[]): JsonSchema => ({ type: "string", enum: [...values] });

const str: JsonSchema = { type: "string" };
const bool: JsonSchema = { type: "boolean" };
const int: JsonSchema = { type: "integer" };
const num: JsonSchema = { type: "number" };
const date: JsonSchema = { type: "string", format: "date" };
const dateTime: JsonSchema = { type: "string", format: "date-time" };
const uuid: JsonSchema = { type: "string", format: "uuid" };
const county: JsonSchema = { type: "string", pattern: "^\\d{6}$" };

/** An object whose listed properties are all present (a value may still be null). */
function obj(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: "object",
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  };
}

const counts = (keys: readonly string[]) => obj(Object.fromEntries(keys.map((k) => [k, int])));

const planProps = {
  category: enumOf(CATEGORY_VALUES),
  phases: arrayOf(ref("PlannedPhase")),
  tests: arrayOf(ref("PlannedTest")),
  releaseDate: date,
  /** The policy version the plan was computed with. */
  policyVersion: str,
  active: bool,
};

const contactProps = {
  id: uuid,
  category: enumOf(CATEGORY_VALUES),
  previousCategory: nullable(enumOf(CATEGORY_VALUES)),
  status: enumOf(STATUS_VALUES),
  statusDate: nullable(date),
  statusReason: nullable(str),
  sourceCaseId: nullable(uuid),
  sourceContactId: nullable(uuid),
  countyCode: county,
  exposureSetting: nullable(enumOf(EXPOSURE_SETTINGS)),
  exposureNote: nullable(str),
  lastExposureDate: date,
  identifiedDate: date,
  riskNoticeDate: nullable(date),
  siteId: nullable(uuid),
  /** Free-text fields withheld from this viewer (they read as "hidden", not empty). */
  hidden: arrayOf(str),
  /** Status MERGED: the contact (perhaps another county's) that runs this person's plan. */
  mergedIntoId: nullable(uuid),
  /** Status MERGED: the case this person turned out to be. */
  mergedIntoCaseId: nullable(uuid),
  person: ref("Person"),
  version: int,
};

const caseProps = {
  id: uuid,
  person: ref("Person"),
  name: str,
  countyCode: county,
  classification: enumOf(CLASSIFICATIONS),
  onsetDate: nullable(date),
  firstPositiveDate: nullable(date),
  confirmedDate: date,
  currentLocation: nullable(str),
  status: enumOf(CASE_STATUSES),
  notes: nullable(str),
  hidden: arrayOf(str),
  sourceContactId: nullable(uuid),
  mergedIntoId: nullable(uuid),
  version: int,
  createdAt: dateTime,
  updatedAt: dateTime,
};

const siteProps = {
  id: uuid,
  name: str,
  countyCode: county,
  address: nullable(str),
  capacity: int,
  occupancy: int,
  free: int,
  active: bool,
  version: int,
};

const page = (item: string, extra: Record<string, JsonSchema> = {}) =>
  obj({ items: arrayOf(ref(item)), page: int, pageSize: int, total: int, ...extra });

const who = { contactId: uuid, personName: str, category: enumOf(CATEGORY_VALUES), countyCode: county };

const figureProps = {
  cases: counts([...CLASSIFICATIONS, "total", "newOnDate"]),
  activeContacts: counts([...CATEGORY_VALUES, "total"]),
  phases: counts(PHASE_KIND_VALUES),
  testsDue: int,
  testsOverdue: int,
  transfersDue: int,
  releasesDue: int,
  sites: counts(["count", "capacity", "occupancy"]),
};

export const RESPONSE_SCHEMAS: Record<string, JsonSchema> = {
  Error: obj({
    error: obj(
      {
        code: enumOf([...Object.keys(ERROR_STATUS), "INTERNAL"]),
        /** In the user's language (NEXT_LOCALE cookie, else Accept-Language; Chinese by default). */
        message: str,
        fields: arrayOf(obj({ path: { type: "string", description: "Dotted path, e.g. contacts.3.idNumber" }, message: str })),
        /** MATCHES_FOUND, ALREADY_A_CASE, ACTIVE_CONTACT: what was found per row, nothing saved. */
        matches: arrayOf(ref("RowMatches")),
      },
      ["fields", "matches"],
    ),
  }),
  PersonMatch: {
    ...obj(
      {
        kind: enumOf(["OPEN_CASE", "ACTIVE_PLAN", "HISTORY", "OTHER_COUNTY", "POSSIBLE"]),
        personId: uuid,
        caseId: uuid,
        contactId: uuid,
        category: enumOf(CATEGORY_VALUES),
        releaseDate: nullable(date),
        countyCode: county,
        record: obj({ name: str, sex: nullable(enumOf(SEXES)), birthDate: nullable(date), idType: enumOf(ID_TYPES), idNumber: nullable(str), phone: nullable(str) }),
        differences: arrayOf(str),
        state: enumOf(["OPEN_CASE", "ACTIVE_PLAN", "HISTORY"]),
      },
      ["personId", "caseId", "contactId", "category", "releaseDate", "countyCode", "record", "differences", "state"],
    ),
    description: "OTHER_COUNTY carries only the managing county's code; the other kinds describe a record of the user's own county.",
  },
  RowMatches: obj(
    {
      row: int,
      path: str,
      matches: arrayOf(ref("PersonMatch")),
      needs: arrayOf(enumOf(["MERGE", "NEW_PERSON_OR_PERSON_ID"])),
      refused: enumOf(["ALREADY_A_CASE", "ACTIVE_CONTACT", "PERSON_CONFLICT"]),
    },
    ["needs", "refused"],
  ),
  MatchesCheck: obj({ matches: arrayOf(ref("RowMatches")) }),
  OpenedAssist: obj({ countyCode: county, assistRequestId: uuid }),
  Assist: obj({
    id: uuid,
    direction: enumOf(["INCOMING", "OUTGOING", "OVERSIGHT"]),
    fromCountyCode: county,
    toCountyCode: county,
    subject: enumOf(["CONTACT", "CASE"]),
    exposure: obj({
      category: nullable(enumOf(CATEGORY_VALUES)),
      lastExposureDate: nullable(date),
      identifiedDate: nullable(date),
      exposureSetting: nullable(enumOf(EXPOSURE_SETTINGS)),
      sourceKind: nullable(str),
      sourceDate: nullable(date),
    }),
    requestedByName: str,
    requestedAt: dateTime,
    status: enumOf(["OPEN", "SAME_PERSON", "NOT_SAME_PERSON"]),
    managingCountyCode: nullable(county),
    answeredByName: nullable(str),
    answeredAt: nullable(dateTime),
    answerNote: nullable(str),
    own: nullable(obj({ person: ref("Person"), contactId: nullable(uuid), caseId: nullable(uuid) })),
    version: int,
  }),
  AssistPage: page("Assist"),
  Transfer: obj({
    id: uuid,
    direction: enumOf(["INCOMING", "OUTGOING", "OVERSIGHT"]),
    contactId: nullable(uuid),
    fromCountyCode: county,
    toCountyCode: county,
    category: enumOf(CATEGORY_VALUES),
    releaseDate: nullable(date),
    reason: nullable(str),
    person: { anyOf: [ref("Person"), obj({ name: str, idNumber: nullable(str), masked: bool }), { type: "null" }] },
    requestedByName: str,
    requestedAt: dateTime,
    status: enumOf(["OPEN", "ACCEPTED", "DECLINED", "CANCELLED"]),
    answeredByName: nullable(str),
    answeredAt: nullable(dateTime),
    answerNote: nullable(str),
  }),
  TransferPage: page("Transfer"),
  PersonMerge: obj({ person: ref("Person"), mergedPersonId: uuid }),
  PlannedPhase: obj({ kind: enumOf(PHASE_KIND_VALUES), startDate: date, endDate: date }),
  PlannedTest: obj({ date, phase: enumOf(PHASE_KIND_VALUES), doubleSample: bool }),
  Plan: obj(planProps),
  PhaseExtension: obj({ phase: enumOf(PHASE_KIND_VALUES), previousEnd: date, newEnd: date, reason: nullable(str), hidden: arrayOf(str), createdAt: dateTime }),
  PlanWithExtensions: obj({ ...planProps, extensions: arrayOf(ref("PhaseExtension")) }),
  Person: {
    ...obj({
      id: uuid,
      name: str,
      sex: nullable(enumOf(SEXES)),
      birthDate: nullable(date),
      idType: enumOf(ID_TYPES),
      idNumber: nullable(str),
      phone: nullable(str),
      address: nullable(str),
      masked: bool,
      hidden: arrayOf(str),
    }),
    description: "Roles without personal:full (prefecture officials) get the name initial, the last 4 of ID number and phone, no birth date or address (listed in `hidden`).",
  },
  TrackEntry: obj({ id: uuid, date, place: nullable(str), activity: nullable(str), hidden: arrayOf(str) }),
  Case: obj(caseProps),
  RegisteredCase: obj({ ...caseProps, matches: arrayOf(ref("PersonMatch")), assistRequests: arrayOf(ref("OpenedAssist")) }),
  CaseContact: obj({ ...contactProps, releaseDate: nullable(date) }),
  CaseDetail: obj({
    ...caseProps,
    track: arrayOf(ref("TrackEntry")),
    contacts: obj({ close: arrayOf(ref("CaseContact")), general: arrayOf(ref("CaseContact")), secondary: arrayOf(ref("CaseContact")) }),
  }),
  CasePage: page("Case"),
  ContactListItem: obj({ ...contactProps, releaseDate: nullable(date), phaseOnDate: nullable(enumOf(PHASE_KIND_VALUES)), createdAt: dateTime }),
  ContactPage: page("ContactListItem", { date }),
  TestResult: obj({
    id: uuid,
    sampleDate: date,
    result: enumOf(TEST_OUTCOMES),
    doubleSample: bool,
    sampleType: nullable(enumOf(SAMPLE_TYPES)),
    lab: nullable(str),
    ctOrf1ab: nullable(num),
    ctN: nullable(num),
    createdAt: dateTime,
  }),
  HealthCheck: obj({ id: uuid, date, slot: enumOf(CHECK_SLOTS), temperature: num, symptoms: arrayOf(str), note: nullable(str), hidden: arrayOf(str) }),
  ContactDetail: obj({
    ...contactProps,
    plan: nullable(ref("PlanWithExtensions")),
    testResults: arrayOf(ref("TestResult")),
    healthChecks: arrayOf(ref("HealthCheck")),
    site: nullable(obj({ id: uuid, name: str })),
    resultingCaseId: nullable(uuid),
    secondaryContactIds: arrayOf(uuid),
    createdAt: dateTime,
    updatedAt: dateTime,
  }),
  RegisteredContacts: obj({
    contacts: arrayOf(
      obj(
        {
          id: uuid,
          personId: uuid,
          category: enumOf(CATEGORY_VALUES),
          status: enumOf(["ACTIVE", "MERGED"]),
          countyCode: county,
          mergedIntoContactId: uuid,
          plan: ref("Plan"),
          matches: arrayOf(ref("PersonMatch")),
          assistRequests: arrayOf(ref("OpenedAssist")),
        },
        ["mergedIntoContactId"],
      ),
    ),
  }),
  Escalation: obj({ caseId: uuid, upgradedContactIds: arrayOf(uuid) }),
  TestResultAnswer: obj({ testResult: ref("TestResult"), escalation: ref("Escalation") }, ["escalation"]),
  Site: obj(siteProps),
  SiteDetail: obj({
    ...siteProps,
    occupants: arrayOf(obj({ contactId: uuid, personName: str, category: enumOf(CATEGORY_VALUES), releaseDate: nullable(date) })),
  }),
  SitePage: page("Site"),
  Tasks: obj({
    date,
    counties: arrayOf(
      obj({
        countyCode: county,
        testsDue: arrayOf(ref("TestTask")),
        overdueTests: arrayOf(ref("TestTask")),
        transfersDue: arrayOf(
          obj({ ...who, date, from: enumOf(["CENTRALIZED_ISOLATION"]), to: enumOf(["HOME_HEALTH_MONITORING"]), siteId: nullable(uuid) }),
        ),
        releasesDue: arrayOf(obj({ ...who, releaseDate: date })),
        missingHealthChecks: arrayOf(obj({ ...who, date, missingSlots: arrayOf(enumOf(CHECK_SLOTS)) })),
      }),
    ),
  }),
  TestTask: obj({ ...who, date, phase: enumOf(PHASE_KIND_VALUES), doubleSample: bool, pending: bool }),
  Figures: obj(figureProps),
  Dashboard: obj({
    date,
    counties: arrayOf(obj({ countyCode: county, nameZh: str, nameEn: str, ...figureProps })),
    totals: ref("Figures"),
  }),
  Me: obj({
    user: obj({ id: uuid, username: str, displayName: str, role: enumOf(ROLES), countyCode: nullable(county) }),
    permissions: arrayOf(str),
  }),
  UserList: obj({
    users: arrayOf(
      obj({
        id: uuid,
        username: str,
        displayName: str,
        role: enumOf(ROLES),
        countyCode: nullable(county),
        county: nullable(obj({ nameZh: str, nameEn: str })),
        active: bool,
        lockedUntil: nullable(dateTime),
        lastSignInAt: nullable(dateTime),
      }),
    ),
  }),
  User: obj({
    id: uuid,
    username: str,
    displayName: str,
    role: enumOf(ROLES),
    countyCode: nullable(county),
    active: bool,
    lockedUntil: nullable(dateTime),
    mustChangePassword: bool,
    lastSignInAt: nullable(dateTime),
  }),
  RemovedTrackEntry: obj({ id: uuid }),
};
