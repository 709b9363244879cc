// The OpenAPI 3.1 description of /api/v1, served at GET /api/v1/openapi.json, generated from zod
// (z.toJSONSchema): request bodies and query parameters from the very schemas the services parse
// with (input side), answers from the response schemas of lib/http/answer-schemas.ts (output
// side), which tests parse real service answers with — so the document cannot drift from what
// is accepted or answered (docs/decisions/0010-response-schemas.md).
// tests/unit/http/openapi.test.ts checks that every route file under app/api/v1 and each of its
// methods is listed here, and nothing else.
import { z } from "zod";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/admin/schemas";
import {
  listCasesSchema,
  registerCaseSchema,
  trackEntrySchema,
  updateCaseSchema,
  updateTrackEntrySchema,
} from "@/lib/cases/schemas";
import {
  extendPhaseSchema,
  listContactsSchema,
  reclassifySchema,
  reexposureSchema,
  registerContactsSchema,
  registerSecondaryContactsSchema,
  releaseSchema,
  updateContactSchema,
} from "@/lib/contacts/schemas";
import { LIST_TOTAL_CAP } from "@/lib/capped-total";
import { answerAssistSchema, listAssistsSchema } from "@/lib/assists/schemas";
import { countyFiguresSchema, seriesSchema } from "@/lib/dashboard/schemas";
import { caseChainSchema, countyChainsSchema } from "@/lib/chains/schemas";
import { correctBulletinSchema, createBulletinSchema, updateBulletinSchema, versionOnlySchema } from "@/lib/bulletins/schemas";
import { bulletinExportSchema } from "@/lib/bulletins/export-schema";
import { mergePersonsSchema } from "@/lib/persons/merge-persons";
import { answerTransferSchema, listTransfersSchema, requestTransferSchema } from "@/lib/transfers/schemas";
import { ERROR_STATUS } from "@/lib/errors";
import { prefectureTimeZone } from "@/lib/env";
import { recordHealthCheckSchema } from "@/lib/health/schemas";
import { dateField } from "@/lib/validation/fields";
import { eventDateField } from "@/lib/validation/plausibility";
import { assignSiteSchema, createSiteSchema, listSitesSchema, updateSiteSchema } from "@/lib/sites/schemas";
import { getTasksSchema } from "@/lib/tasks/schemas";
import { attemptSchema, listScreeningSchema, resolveSchema, screeningRowSchema } from "@/lib/screening/schemas";
import { bulkSchema } from "@/lib/bulk/schemas";
import { assignStaffSchema } from "@/lib/assignment/assign-staff";
import { recordTestResultSchema } from "@/lib/lab-results/schemas";
import { createPolicySchema, previewPolicySchema } from "@/lib/policy/schemas";
import { createCountySchema, updateCountySchema, updatePrefectureSchema } from "@/lib/jurisdictions/schemas";
import { commitImportSchema, importSettingsSchema } from "@/lib/imports/settings";
import { confirmPositiveSchema } from "@/lib/imports/confirm-positive";
import { stageImportSchema } from "@/lib/imports/stage-import";
import { ANSWER_SCHEMAS, type AnswerName } from "./answer-schemas";
import { exportOperations, exportQuery } from "@/lib/exports/openapi";

export type JsonSchema = Record<string, unknown>;

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/v1/contacts/{id}/extend. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  /** Name of a REQUEST_BODIES entry. */
  body?: keyof typeof REQUEST_BODIES;
  /** The answer: a name of ANSWER_SCHEMAS (or this document itself). */
  ok: { status: 200 | 201; schema: AnswerName | "OpenApiDocument" | "ExportFile"; description: string };
  /** Error statuses beyond those implied (401 unless public; 400 with a body or query; 404 with {id}). */
  errors?: number[];
  /** Served without a session. */
  public?: boolean;
  /** A multipart/form-data upload: the form's fields (besides `file`) as a zod schema. */
  upload?: z.ZodObject;
}

const REQUEST_BODIES = {
  CreateBulletinInput: createBulletinSchema,
  UpdateBulletinInput: updateBulletinSchema,
  BulletinVersionInput: versionOnlySchema,
  CorrectBulletinInput: correctBulletinSchema,
  RegisterCaseInput: registerCaseSchema,
  AnswerAssistInput: answerAssistSchema,
  RequestTransferInput: requestTransferSchema,
  AnswerTransferInput: answerTransferSchema,
  MergePersonsInput: mergePersonsSchema,
  UpdateCaseInput: updateCaseSchema,
  TrackEntryInput: trackEntrySchema,
  UpdateTrackEntryInput: updateTrackEntrySchema,
  RegisterContactsInput: registerContactsSchema,
  RegisterSecondaryContactsInput: registerSecondaryContactsSchema,
  UpdateContactInput: updateContactSchema,
  RecordTestResultInput: recordTestResultSchema,
  RecordHealthCheckInput: recordHealthCheckSchema,
  ExtendPhaseInput: extendPhaseSchema,
  ReleaseInput: releaseSchema,
  BulkInput: bulkSchema,
  AssignStaffInput: assignStaffSchema,
  ReexposureInput: reexposureSchema,
  ReclassifyInput: reclassifySchema,
  AssignSiteInput: assignSiteSchema,
  CreateSiteInput: createSiteSchema,
  UpdateSiteInput: updateSiteSchema,
  CreateUserInput: createUserSchema,
  UpdateUserInput: updateUserSchema,
  ResetPasswordInput: resetPasswordSchema,
  CreatePolicyInput: createPolicySchema,
  PreviewPolicyInput: previewPolicySchema,
  CreateCountyInput: createCountySchema,
  UpdateCountyInput: updateCountySchema,
  UpdatePrefectureInput: updatePrefectureSchema,
  ScreeningEntryInput: screeningRowSchema,
  ScreeningAttemptInput: attemptSchema,
  ScreeningResolveInput: resolveSchema,
  ImportSettingsInput: importSettingsSchema,
  CommitImportInput: commitImportSchema,
  ConfirmPositiveInput: confirmPositiveSchema,
} satisfies Record<string, z.ZodType>;

const BODY_NOTES: Partial<Record<keyof typeof REQUEST_BODIES, string>> = {
  RegisterContactsInput:
    "Close and general contacts of a case: each row's category is CLOSE or GENERAL (SECONDARY is refused: secondary contacts are registered under a close contact). All rows or none; every issue is named by row, e.g. contacts.3.idNumber.",
  RegisterSecondaryContactsInput: "Secondary contacts of a close contact: category SECONDARY (the default). All rows or none.",
  UpdateContactInput: "`version` is the one read; if the contact changed since, 409 STALE and nothing is written.",
  UpdateCaseInput: "`version` is the one read; if the case changed since, 409 STALE and nothing is written.",
  UpdateSiteInput: "`version` is the one read; if the site changed since, 409 STALE and nothing is written.",
  RecordTestResultInput:
    "A POSITIVE result turns the contact into a case (classification / confirmedDate / onsetDate describe it; default CONFIRMED on the sample date) and upgrades its secondary contacts to close contacts of that case.",
  RecordHealthCheckInput: "temperature in °C, 34–43.",
  ScreeningEntryInput: "pushedAt: ISO 8601 with a zone, or a local time of the prefecture (\"2026-03-10 08:30\"); not later than now. Phone or idNumber at least.",
  ScreeningAttemptInput: "`version` is the one read (409 STALE otherwise); `at` defaults to now and may not be before the item entered the queue.",
  ScreeningResolveInput: "CONTACT: `contactId` of a contact of the county, or `register` (a contact of that case registered from the item's person). MONITORING: `startDate`. FORWARD: `toCountyCode` (the item moves; this county keeps no personal data). UNREACHABLE: after at least 3 recorded attempts (409 otherwise).",
};

const id = "{id}";
const cap = LIST_TOTAL_CAP.toLocaleString("en");
const CAPPED_TOTAL = `\`total\` counts at most ${cap} matches: past that it is ${cap} and \`totalCapped\` is true; later pages can still be read (docs/decisions/0027-capped-list-totals.md).`;
const ops: ApiOperation[] = [
  // --- session
  { method: "get", path: "/api/v1/me", operationId: "getMe", tag: "session", summary: "The signed-in user and the permissions of their role", ok: { status: 200, schema: "Me", description: "The user" } },
  { method: "get", path: "/api/v1/openapi.json", operationId: "getOpenApi", tag: "session", summary: "This document", public: true, ok: { status: 200, schema: "OpenApiDocument", description: "OpenAPI 3.1 document" } },
  // --- imports (spreadsheets)
  { method: "post", path: "/api/v1/imports", operationId: "stageImport", tag: "imports", summary: "Upload a contacts list (under a case) or a laboratory result list (.xlsx or .csv) and preview it", description: "multipart/form-data with `file` (at most 20 MB and 10,000 data rows; larger files are refused and nothing is staged), `kind` and, for CONTACTS, `caseId`. Nothing is registered: the answer is the preview, every row checked by the registration's (or the result service's) own rules, issues named by sheet row and column.", upload: stageImportSchema.omit({ fileName: true }), ok: { status: 201, schema: "ImportPreview", description: "The staged file's preview" }, errors: [403, 404, 413] },
  { method: "post", path: `/api/v1/imports/${id}/preview`, operationId: "previewImport", tag: "imports", summary: "Check a staged file again under a column mapping, edited cells and decisions (writes nothing)", body: "ImportSettingsInput", ok: { status: 200, schema: "ImportPreview", description: "The preview" }, errors: [403] },
  { method: "post", path: `/api/v1/imports/${id}/commit`, operationId: "commitImport", tag: "imports", summary: "Import a staged file in one transaction", description: "mode ALL (default): nothing unless every row is valid (400 naming each row and column); VALID_ONLY: the valid rows, the others listed in skippedRows. Contacts are registered by the batch registration; lab results record matched negative and pending rows through the result service, positives wait for /confirm.", body: "CommitImportInput", ok: { status: 201, schema: "ImportCommit", description: "What was imported and skipped" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/imports/${id}/confirm`, operationId: "confirmImportPositive", tag: "imports", summary: "Confirm one positive row of a laboratory list for the person it matches, escalating it", body: "ConfirmPositiveInput", ok: { status: 201, schema: "PositiveConfirmed", description: "The result and its escalation" }, errors: [403, 409] },
  // --- cases
  { method: "get", path: "/api/v1/cases", operationId: "listCases", tag: "cases", summary: "A page of cases in the user's scope, newest confirmation first", description: `\`q\` searches name, ID number and phone (roles that see personal data only masked may not search: 403). ${CAPPED_TOTAL}`, query: listCasesSchema, ok: { status: 200, schema: "CasePage", description: "A page of cases" } },
  { method: "post", path: "/api/v1/cases", operationId: "registerCase", tag: "cases", summary: "Register a confirmed case or asymptomatic infection", description: "The person is matched before saving (docs/domain.md \"Identity and privacy\"): an existing case of the county answers 409 ALREADY_A_CASE, a person under a contact plan here 409 ACTIVE_CONTACT, an undecided name + phone suggestion 409 MATCHES_FOUND (decide with `onDuplicate: \"NEW_PERSON\"` or `personId`); another county managing the person opens a 协查 and the county keeps its own record.", body: "RegisterCaseInput", ok: { status: 201, schema: "RegisteredCase", description: "The case, the matches found and any 协查 opened" }, errors: [403, 409] },
  { method: "post", path: "/api/v1/cases/check", operationId: "checkCase", tag: "cases", summary: "The matches of a new case before saving (writes nothing)", body: "RegisterCaseInput", ok: { status: 200, schema: "MatchesCheck", description: "Matches, what needs deciding, what would be refused" }, errors: [403] },
  { method: "post", path: `/api/v1/cases/${id}/contacts/check`, operationId: "checkContacts", tag: "contacts", summary: "The matches of each row before saving (writes nothing)", body: "RegisterContactsInput", ok: { status: 200, schema: "MatchesCheck", description: "Per row: matches, what needs deciding, what would be refused" }, errors: [403] },
  { method: "post", path: `/api/v1/contacts/${id}/contacts/check`, operationId: "checkSecondaryContacts", tag: "contacts", summary: "The matches of each secondary-contact row before saving (writes nothing)", body: "RegisterSecondaryContactsInput", ok: { status: 200, schema: "MatchesCheck", description: "Per row: matches, what needs deciding, what would be refused" }, errors: [403] },
  { method: "post", path: `/api/v1/contacts/${id}/transfer`, operationId: "requestTransfer", tag: "counties", summary: "Hand a contact with its plan to another county (moves when accepted)", body: "RequestTransferInput", ok: { status: 201, schema: "Transfer", description: "The open transfer" }, errors: [403, 409, 422] },
  { method: "get", path: "/api/v1/assists", operationId: "listAssists", tag: "counties", summary: "协查 requests to or from the user's county", query: listAssistsSchema, ok: { status: 200, schema: "AssistPage", description: "A page of requests, open first" } },
  { method: "get", path: `/api/v1/assists/${id}`, operationId: "getAssist", tag: "counties", summary: "A 协查 request as the user's county sees it", ok: { status: 200, schema: "Assist", description: "The request" } },
  { method: "post", path: `/api/v1/assists/${id}/answer`, operationId: "answerAssist", tag: "counties", summary: "Answer a 协查: same person (and which county manages) or not", body: "AnswerAssistInput", ok: { status: 200, schema: "Assist", description: "The answered request" }, errors: [403, 409, 422] },
  { method: "get", path: "/api/v1/transfers", operationId: "listTransfers", tag: "counties", summary: "Transfers to or from the user's county", query: listTransfersSchema, ok: { status: 200, schema: "TransferPage", description: "A page of transfers, open first" } },
  { method: "get", path: `/api/v1/transfers/${id}`, operationId: "getTransfer", tag: "counties", summary: "A transfer as the user's county sees it", ok: { status: 200, schema: "Transfer", description: "The transfer" } },
  { method: "post", path: `/api/v1/transfers/${id}/answer`, operationId: "answerTransfer", tag: "counties", summary: "Accept (the contact moves here) or decline a transfer", body: "AnswerTransferInput", ok: { status: 200, schema: "Transfer", description: "The answered transfer" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/transfers/${id}/cancel`, operationId: "cancelTransfer", tag: "counties", summary: "Withdraw an open transfer", ok: { status: 200, schema: "Transfer", description: "The withdrawn transfer" }, errors: [403, 409] },
  { method: "post", path: "/api/v1/persons/merge", operationId: "mergePersons", tag: "contacts", summary: "Merge two records of the county found to be the same person", body: "MergePersonsInput", ok: { status: 200, schema: "PersonMerge", description: "The kept record" }, errors: [403, 422] },
  { method: "get", path: `/api/v1/cases/${id}`, operationId: "getCase", tag: "cases", summary: "A case with its movement track and its contacts (close, general, and the secondary contacts of its close contacts)", ok: { status: 200, schema: "CaseDetail", description: "The case" } },
  { method: "patch", path: `/api/v1/cases/${id}`, operationId: "updateCase", tag: "cases", summary: "Edit a case (optimistic lock)", body: "UpdateCaseInput", ok: { status: 200, schema: "Case", description: "The case as saved" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/cases/${id}/contacts`, operationId: "registerContacts", tag: "contacts", summary: "Register close and general contacts of a case, all or nothing", body: "RegisterContactsInput", ok: { status: 201, schema: "RegisteredContacts", description: "The contacts with their isolation plans" }, errors: [403, 409, 422] },
  { method: "post", path: `/api/v1/cases/${id}/track`, operationId: "addTrackEntry", tag: "cases", summary: "Add a movement-track (行程轨迹) entry", body: "TrackEntryInput", ok: { status: 201, schema: "TrackEntry", description: "The entry" }, errors: [403] },
  { method: "patch", path: `/api/v1/track-entries/${id}`, operationId: "updateTrackEntry", tag: "cases", summary: "Edit a movement-track entry", body: "UpdateTrackEntryInput", ok: { status: 200, schema: "TrackEntry", description: "The entry" }, errors: [403] },
  { method: "delete", path: `/api/v1/track-entries/${id}`, operationId: "removeTrackEntry", tag: "cases", summary: "Remove a movement-track entry (hidden, kept and audited)", ok: { status: 200, schema: "RemovedTrackEntry", description: "The id of the removed entry" }, errors: [403] },
  // --- contacts
  { method: "get", path: "/api/v1/contacts", operationId: "listContacts", tag: "contacts", summary: "A page of contacts in the user's scope", description: `\`phase\`: contacts whose plan has that phase in force on \`date\` (default today). \`due=today\`: a scheduled test on \`date\` without a result; \`due=overdue\`: one before \`date\`. ${CAPPED_TOTAL}`, query: listContactsSchema, ok: { status: 200, schema: "ContactPage", description: "A page of contacts, each with the phase in force on `date`" } },
  { method: "get", path: `/api/v1/contacts/${id}`, operationId: "getContact", tag: "contacts", summary: "A contact with its plan, test results and health checks", ok: { status: 200, schema: "ContactDetail", description: "The contact" } },
  { method: "patch", path: `/api/v1/contacts/${id}`, operationId: "updateContact", tag: "contacts", summary: "Edit a contact's descriptive fields and person (optimistic lock)", description: "Dates and category change only through re-exposure, escalation and reclassification.", body: "UpdateContactInput", ok: { status: 200, schema: "ContactDetail", description: "The contact as saved" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/contacts/${id}/contacts`, operationId: "registerSecondaryContacts", tag: "contacts", summary: "Register secondary contacts of a close contact, all or nothing", description: "Only a CLOSE contact has secondary contacts (422 otherwise).", body: "RegisterSecondaryContactsInput", ok: { status: 201, schema: "RegisteredContacts", description: "The contacts with their isolation plans" }, errors: [403, 409, 422] },
  { method: "post", path: `/api/v1/contacts/${id}/test-results`, operationId: "recordTestResult", tag: "contacts", summary: "Record a nucleic-acid test result", description: "A POSITIVE result escalates in the same transaction and answers `escalation: {caseId, upgradedContactIds}`. Only ACTIVE contacts take results (409).", body: "RecordTestResultInput", ok: { status: 201, schema: "TestResultAnswer", description: "The result, and the escalation for a positive one" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/contacts/${id}/health-checks`, operationId: "recordHealthCheck", tag: "contacts", summary: "Record a morning or evening health check", description: "A second check for the same date and slot is 409.", body: "RecordHealthCheckInput", ok: { status: 201, schema: "HealthCheck", description: "The check" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/contacts/${id}/extend`, operationId: "extendPhase", tag: "contacts", summary: "Extend a phase of the plan (never shorten: 422)", description: "Later phases and their tests move with it.", body: "ExtendPhaseInput", ok: { status: 200, schema: "ContactDetail", description: "The contact with its extended plan" }, errors: [403, 409, 422] },
  { method: "post", path: `/api/v1/contacts/${id}/release`, operationId: "releaseContact", tag: "contacts", summary: "Release a contact from its plan", description: "Refused (409, with the reason) before the release date, or while a scheduled test has no negative result or any sample was positive.", body: "ReleaseInput", ok: { status: 200, schema: "ContactDetail", description: "The released contact" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/contacts/${id}/reexposure`, operationId: "recordReexposure", tag: "contacts", summary: "A later last exposure: replan (end dates never move earlier)", body: "ReexposureInput", ok: { status: 200, schema: "ContactDetail", description: "The contact with its new plan" }, errors: [403, 409, 422] },
  { method: "post", path: `/api/v1/contacts/${id}/reclassify`, operationId: "reclassifyContact", tag: "contacts", summary: "End the plan early with a reason (e.g. the source case ruled out)", body: "ReclassifyInput", ok: { status: 200, schema: "ContactDetail", description: "The contact, status ENDED_EARLY" }, errors: [403, 409] },
  { method: "put", path: `/api/v1/contacts/${id}/site`, operationId: "assignSite", tag: "sites", summary: "Place the contact in an isolation site, move it, or (siteId null) take it out", description: "Capacity is enforced (409 when full); the site must be an active site of the contact's county (422).", body: "AssignSiteInput", ok: { status: 200, schema: "ContactDetail", description: "The contact" }, errors: [403, 409, 422] },
  // --- risk-person screening (docs/decisions/0019-screening-queue.md)
  { method: "get", path: "/api/v1/screening", operationId: "listScreening", tag: "screening", summary: "The screening queue in scope, nearest deadline first (status=OPEN by default, ALL for every status)", description: "Officials see names masked, the last 4 of phone and ID, and no free text.", query: listScreeningSchema, ok: { status: 200, schema: "ScreeningPage", description: "A page of items" } },
  { method: "post", path: "/api/v1/screening", operationId: "createScreeningItem", tag: "screening", summary: "Add one person of a push list to the user's county queue (due 24 h after the push)", body: "ScreeningEntryInput", ok: { status: 201, schema: "ScreeningItem", description: "The item" }, errors: [403] },
  { method: "get", path: `/api/v1/screening/${id}`, operationId: "getScreeningItem", tag: "screening", summary: "A screening item with its attempts and time left", ok: { status: 200, schema: "ScreeningItem", description: "The item" } },
  { method: "post", path: `/api/v1/screening/${id}/attempts`, operationId: "recordScreeningAttempt", tag: "screening", summary: "Record an attempt to reach the person", body: "ScreeningAttemptInput", ok: { status: 201, schema: "ScreeningItem", description: "The item with the attempt" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/screening/${id}/resolve`, operationId: "resolveScreeningItem", tag: "screening", summary: "The outcome: registered as a contact, under health monitoring, forwarded, or unreachable", body: "ScreeningResolveInput", ok: { status: 200, schema: "ScreeningItem", description: "The resolved item (for FORWARD: the sender's record)" }, errors: [403, 409, 422] },
  { method: "post", path: "/api/v1/contacts/bulk", operationId: "bulkAction", tag: "contacts", summary: "One action for a selection: a negative/pending test result, a site, transfers, releases or a staff member", description: "Each person is checked by the single action's rules inside one transaction (a savepoint each): refusals are listed per person and the rest done, or nothing is done with allOrNothing. Positives are refused in bulk.", body: "BulkInput", ok: { status: 200, schema: "BulkAnswer", description: "Done and refused, per person" }, errors: [403] },
  { method: "put", path: `/api/v1/contacts/${id}/assignee`, operationId: "assignContactStaff", tag: "contacts", summary: "Assign the contact to a staff member of its county (null: nobody)", body: "AssignStaffInput", ok: { status: 200, schema: "Assignee", description: "The assignment" }, errors: [403, 404, 409, 422] },
  { method: "put", path: `/api/v1/cases/${id}/assignee`, operationId: "assignCaseStaff", tag: "cases", summary: "Assign the case to a staff member of its county (null: nobody)", body: "AssignStaffInput", ok: { status: 200, schema: "Assignee", description: "The assignment" }, errors: [403, 404, 409, 422] },
  // --- sites
  { method: "get", path: "/api/v1/sites", operationId: "listSites", tag: "sites", summary: "Isolation sites in scope with their derived occupancy", query: listSitesSchema, ok: { status: 200, schema: "SitePage", description: "A page of sites" } },
  { method: "post", path: "/api/v1/sites", operationId: "createSite", tag: "sites", summary: "Create an isolation site (county defaults to the staff member's)", body: "CreateSiteInput", ok: { status: 201, schema: "Site", description: "The site" }, errors: [403, 409] },
  { method: "get", path: `/api/v1/sites/${id}`, operationId: "getSite", tag: "sites", summary: "A site with its occupants", ok: { status: 200, schema: "SiteDetail", description: "The site" } },
  { method: "patch", path: `/api/v1/sites/${id}`, operationId: "updateSite", tag: "sites", summary: "Edit a site (optimistic lock; capacity never below occupancy)", body: "UpdateSiteInput", ok: { status: 200, schema: "Site", description: "The site as saved" }, errors: [403, 409, 422] },
  // --- day's work and figures
  { method: "get", path: "/api/v1/dashboard", operationId: "getDashboard", tag: "dashboard", summary: "Aggregate figures by county for the user's scope (no personal data)", query: countyFiguresSchema, ok: { status: 200, schema: "Dashboard", description: "Figures by county and their totals" }, errors: [403, 404] },
  { method: "get", path: "/api/v1/dashboard/series", operationId: "getDashboardSeries", tag: "dashboard", summary: "Daily figures over a range (default the last 28 days), from the maintained facts", query: seriesSchema, ok: { status: 200, schema: "DashboardSeries", description: "One point per day, and per county with byCounty=1" }, errors: [400, 403, 404] },
  // --- transmission chains (docs/decisions/0020-transmission-chains.md)
  { method: "get", path: `/api/v1/cases/${id}/chain`, operationId: "getCaseChain", tag: "chains", summary: "The transmission chain (cluster) a case belongs to: case → close → secondary contacts, contact → the case it became", description: "County staff: their county's records, with names and links. Officials: the structure only (no names, no links). Growth counts nodes dated in the 7 days ending on `date`.", query: caseChainSchema, ok: { status: 200, schema: "ChainGraph", description: "Nodes with a precomputed layout, edges and clusters" }, errors: [403] },
  { method: "get", path: "/api/v1/chains", operationId: "getCountyChains", tag: "chains", summary: "Every cluster holding a case of the county confirmed between `from` and `to` (default: the 28 days to today)", description: "County staff: their own county only (another is 403). At most 1000 nodes, whole clusters largest first (`truncated`).", query: countyChainsSchema, ok: { status: 200, schema: "CountyChains", description: "The county's clusters and their graph" }, errors: [403] },
  // --- daily bulletin (docs/decisions/0021-bulletin-workflow.md)
  { method: "get", path: "/api/v1/bulletins", operationId: "listBulletins", tag: "bulletins", summary: "Bulletins of every status, newest first (officials)", ok: { status: 200, schema: "BulletinList", description: "The bulletins" }, errors: [403] },
  { method: "post", path: "/api/v1/bulletins", operationId: "createBulletin", tag: "bulletins", summary: "Generate the draft of a day's bulletin from the dashboard figures", description: "409 when the day already has an unpublished draft or a published bulletin (publish a correction instead).", body: "CreateBulletinInput", ok: { status: 201, schema: "Bulletin", description: "The draft" }, errors: [403, 409] },
  { method: "get", path: `/api/v1/bulletins/${id}`, operationId: "getBulletin", tag: "bulletins", summary: "A bulletin with its status and who wrote, reviewed and published it", ok: { status: 200, schema: "Bulletin", description: "The bulletin" }, errors: [403] },
  { method: "patch", path: `/api/v1/bulletins/${id}`, operationId: "updateBulletin", tag: "bulletins", summary: "Edit a draft's title and text (a reviewed one returns to draft; published: 409)", body: "UpdateBulletinInput", ok: { status: 200, schema: "Bulletin", description: "The draft" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/bulletins/${id}/review`, operationId: "reviewBulletin", tag: "bulletins", summary: "Mark a draft reviewed (not by its last editor while another official could review)", body: "BulletinVersionInput", ok: { status: 200, schema: "Bulletin", description: "The reviewed bulletin" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/bulletins/${id}/publish`, operationId: "publishBulletin", tag: "bulletins", summary: "Publish a reviewed bulletin; it never changes again", body: "BulletinVersionInput", ok: { status: 200, schema: "Bulletin", description: "The published bulletin" }, errors: [403, 409] },
  { method: "post", path: `/api/v1/bulletins/${id}/correct`, operationId: "correctBulletin", tag: "bulletins", summary: "Start a correction of a published bulletin: a new draft of the same day naming it", body: "CorrectBulletinInput", ok: { status: 201, schema: "Bulletin", description: "The correction's draft" }, errors: [403, 409] },
  { method: "get", path: "/api/v1/public/bulletins", operationId: "listPublicBulletins", tag: "bulletins", summary: "Published bulletins, newest first: text and counts only (no sign-in)", public: true, ok: { status: 200, schema: "PublicBulletinList", description: "The published bulletins" } },
  { method: "get", path: `/api/v1/public/bulletins/${id}/export`, operationId: "exportPublicBulletin", tag: "bulletins", summary: "A published bulletin's figures by county as CSV or XLSX (no sign-in)", description: "Cells starting with = + - @ are neutralised with a leading apostrophe.", public: true, query: bulletinExportSchema, ok: { status: 200, schema: "ExportFile", description: "The download" } },
  { method: "get", path: "/api/v1/tasks", operationId: "getTasks", tag: "tasks", summary: "Today by person: one row per person with open items, most urgent first, paginated", description: "Symptomatic (test and transfer), needs placement, overdue tests, release overdue, two missed health-check days, transfer, tests due, release due, missing health checks; filters category, phase, siteId, assignedTo (id, me, none), kind, countyCode; counts per kind ignore the kind filter (date defaults to today in the prefecture's time zone).", query: getTasksSchema, ok: { status: 200, schema: "Tasks", description: "A page of people and the counts" } },
  // --- administration
  { method: "get", path: "/api/v1/admin/users", operationId: "listUsers", tag: "admin", summary: "Accounts (administrators only)", ok: { status: 200, schema: "UserList", description: "The accounts" }, errors: [403] },
  { method: "post", path: "/api/v1/admin/users", operationId: "createUser", tag: "admin", summary: "Create an account (must change its password at first sign-in)", body: "CreateUserInput", ok: { status: 201, schema: "User", description: "The account" }, errors: [403] },
  { method: "patch", path: `/api/v1/admin/users/${id}`, operationId: "updateUser", tag: "admin", summary: "Change role, county, name or active flag, or unlock; effective on the account's next request", body: "UpdateUserInput", ok: { status: 200, schema: "User", description: "The account" }, errors: [403, 422] },
  { method: "post", path: `/api/v1/admin/users/${id}/password`, operationId: "resetPassword", tag: "admin", summary: "Set a temporary password and lift a lockout", body: "ResetPasswordInput", ok: { status: 200, schema: "User", description: "The account" }, errors: [403] },
  { method: "get", path: "/api/v1/admin/policy", operationId: "listPolicyVersions", tag: "admin", summary: "Every isolation-policy version, newest first, with who created it and how many plans follow it", ok: { status: 200, schema: "PolicyVersionList", description: "The versions" }, errors: [403] },
  { method: "post", path: "/api/v1/admin/policy", operationId: "createPolicyVersion", tag: "admin", summary: "Add a policy version; it becomes current for plans computed from now on (existing plans keep theirs)", description: "Refused with the field named (e.g. categories.CLOSE.phases.1.startDay) when phases overlap or leave a gap, a test day falls outside the plan, a double-sample day is no test day, the release day is not the last phase's end, or the version is taken.", body: "CreatePolicyInput", ok: { status: 201, schema: "PolicyVersion", description: "The new current version" }, errors: [403] },
  { method: "post", path: "/api/v1/admin/policy/preview", operationId: "previewPolicy", tag: "admin", summary: "A contact's plan under a draft policy, beside the current version (nothing is saved)", body: "PreviewPolicyInput", ok: { status: 200, schema: "PolicyPreview", description: "Both plans" }, errors: [403] },
  { method: "get", path: "/api/v1/admin/reference", operationId: "getReferenceData", tag: "admin", summary: "The prefecture, its time zone and its counties (inactive ones included)", ok: { status: 200, schema: "ReferenceData", description: "The reference data" }, errors: [403] },
  { method: "post", path: "/api/v1/admin/counties", operationId: "createCounty", tag: "admin", summary: "Add a county: a new 6-digit code starting with the prefecture's first four digits", body: "CreateCountyInput", ok: { status: 201, schema: "County", description: "The county" }, errors: [403] },
  { method: "patch", path: "/api/v1/admin/counties/{code}", operationId: "updateCounty", tag: "admin", summary: "Rename, deactivate (records kept; no new registrations, sites or accounts) or reactivate a county", body: "UpdateCountyInput", ok: { status: 200, schema: "County", description: "The county" }, errors: [403] },
  { method: "patch", path: "/api/v1/admin/prefecture", operationId: "updatePrefecture", tag: "admin", summary: "Rename the prefecture", body: "UpdatePrefectureInput", ok: { status: 200, schema: "Prefecture", description: "The prefecture" }, errors: [403] },
  // --- exports (docs/decisions/0016-exports.md)
  ...exportOperations(),
];
export const API_OPERATIONS: readonly ApiOperation[] = ops;

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed JSON or invalid input; `fields` names each field (dotted path) with its message",
  401: "Not signed in (or the account was disabled)",
  403: "The user's role may not do this; or PASSWORD_CHANGE_REQUIRED (a temporary password must be changed first); or a state-changing request from another origin",
  404: "Absent, or outside the user's county scope",
  409: "Conflict or refused by the rules (STALE: changed since read; REFUSED: e.g. release too early; CONFLICT: e.g. duplicate, site full; DUPLICATE: the same record saved at the same time)",
  422: "Valid input that breaks a rule (e.g. shortening a phase)",
  405: "The route does not take this method; `Allow` lists those it does",
  413: "The JSON body is larger than 1 MB",
  415: "The body is not `application/json`",
  429: "Too many requests from this account; `Retry-After` says when to try again",
};

type ToJsonOverride = NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"];
const override: ToJsonOverride = (ctx) => {
  const schema = ctx.jsonSchema as JsonSchema;
  if (ctx.zodSchema === dateField || ctx.zodSchema === eventDateField) schema.format = "date";
  // zod's regexes for these formats are noise next to the format itself.
  if (schema.format === "uuid" || schema.format === "date" || schema.format === "date-time") delete schema.pattern;
  // z.int() states JavaScript's safe-integer range, which says nothing about the API.
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
};

/** The input side of a zod schema (what a client sends) as a JSON Schema. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override }) as JsonSchema;
  delete json.$schema; // the document's dialect is already JSON Schema 2020-12
  return json;
}

/** The answers as JSON Schemas, each referring to the others by $ref (output side). */
export function answerJsonSchemas(): Record<AnswerName, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(ANSWER_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "output", unrepresentable: "any", override, uri: (id) => `#/components/schemas/${id}` });
  for (const json of Object.values(schemas)) {
    delete json.$schema;
    delete json.$id;
  }
  return schemas as Record<AnswerName, JsonSchema>;
}

function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = inputJsonSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({ name, in: "query", required: required.has(name), schema: s }));
}

function operationObject(op: ApiOperation): JsonSchema {
  const statuses = new Set<number>(op.errors ?? []);
  if (!op.public) {
    statuses.add(401);
    statuses.add(429);
  }
  if (op.body || op.query || op.upload) statuses.add(400);
  if (op.body) {
    statuses.add(413);
    statuses.add(415);
  }
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (pathParams.length) statuses.add(404);
  const parameters = [
    ...pathParams.map((name) => ({ name, in: "path", required: true, schema: PATH_PARAMETERS[name] ?? { type: "string" } })),
    ...(op.query ? queryParameters(op.query) : []),
  ];
  const okSchema = op.ok.schema === "OpenApiDocument" ? { type: "object" } : op.ok.schema === "ExportFile" ? undefined : ref(op.ok.schema);
  const okContent = okSchema ? { "application/json": { schema: okSchema } } : exportQuery.content;
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } } : {}),
    ...(op.upload ? { requestBody: { required: true, content: { "multipart/form-data": { schema: uploadSchema(op.upload) } } } } : {}),
    responses: {
      [String(op.ok.status)]: { description: op.ok.description, content: okContent },
      ...Object.fromEntries([...statuses].sort((a, b) => a - b).map((s) => [String(s), { $ref: `#/components/responses/E${s}` }])),
    },
  };
}

function uploadSchema(fields: z.ZodObject): JsonSchema {
  const json = inputJsonSchema(fields);
  const properties = { file: { type: "string", format: "binary" }, ...((json.properties ?? {}) as Record<string, JsonSchema>) };
  return { ...json, properties, required: ["file", ...((json.required ?? []) as string[])] };
}

const PATH_PARAMETERS: Record<string, JsonSchema> = {
  id: { type: "string", format: "uuid" },
  code: { type: "string", pattern: "^\\d{6}$" },
};

let cached: JsonSchema | undefined;

export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of API_OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  const requestSchemas = Object.fromEntries(
    Object.entries(REQUEST_BODIES).map(([name, schema]) => {
      const json = inputJsonSchema(schema);
      const note = BODY_NOTES[name as keyof typeof REQUEST_BODIES];
      return [name, note ? { ...json, description: note } : json];
    }),
  );
  const errorStatuses = [...new Set<number>(Object.values(ERROR_STATUS))].sort((a, b) => a - b);
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Tracer JSON API",
      version: "1",
      description: [
        "County-level contact tracing: cases, contacts and their server-computed isolation plans.",
        "Sign in with NextAuth's credentials flow: GET /api/auth/csrf, then POST /api/auth/callback/credentials (form fields csrfToken, username, password, json=true) keeping the cookies; every other endpoint takes the session cookie.",
        `Bodies are JSON with camelCase names; dates are YYYY-MM-DD calendar dates in the prefecture's time zone (${prefectureTimeZone()}, set by TRACER_TIME_ZONE). Every read and write is scoped to the user's county: another county's record answers 404.`,
        "Errors answer {error: {code, message, fields?}} with the message in the user's language (NEXT_LOCALE cookie, else Accept-Language; Chinese by default).",
      ].join("\n\n"),
    },
    servers: [{ url: "/" }],
    security: [{ sessionCookie: [] }],
    tags: ["session", "cases", "contacts", "counties", "screening", "sites", "imports", "tasks", "dashboard", "chains", "bulletins", "admin", "exports"].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "Set by signing in (named __Secure-next-auth.session-token when served over HTTPS).",
        },
      },
      schemas: { ...answerJsonSchemas(), ...requestSchemas },
      responses: Object.fromEntries(
        errorStatuses.map((s) => [
          `E${s}`,
          { description: ERROR_TEXT[s] ?? "Error", content: { "application/json": { schema: ref("Error") } } },
        ]),
      ),
    },
  };
  return cached;
}
