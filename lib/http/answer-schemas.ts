// Every answer of /api/v1 by its name in the OpenAPI document (components.schemas): the zod
// schemas beside each area's request schemas, describing the answer on the wire. The document
// is generated from them (lib/http/openapi.ts); tests/integration/answers/*.test.ts parse real
// service answers with them (docs/decisions/0010-response-schemas.md). A schema registered here
// that another one uses becomes a $ref in the document.
import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors";
import { meSchema, userListSchema, userViewSchema } from "@/lib/admin/schemas";
import { assistPageSchema, assistViewSchema } from "@/lib/assists/schemas";
import { caseDetailSchema, casePageSchema, caseViewSchema, registeredCaseSchema, removedTrackEntrySchema, trackEntryViewSchema } from "@/lib/cases/schemas";
import {
  caseContactSchema,
  contactDetailSchema,
  contactListItemSchema,
  contactPageSchema,
  isolationPlanSchema,
  phaseExtensionViewSchema,
  plannedPhaseSchema,
  plannedTestSchema,
  planViewSchema,
  planWithExtensionsSchema,
  registeredContactsSchema,
} from "@/lib/contacts/schemas";
import { dashboardSchema, figuresSchema, seriesAnswerSchema } from "@/lib/dashboard/schemas";
import { chainGraphSchema, countyChainsAnswerSchema } from "@/lib/chains/schemas";
import { bulletinListSchema, bulletinSchema, publicBulletinListSchema, publicBulletinSchema } from "@/lib/bulletins/schemas";
import { healthCheckViewSchema } from "@/lib/health/schemas";
import { importCommitSchema, importPreviewSchema, importRowSchema, positiveConfirmedSchema } from "@/lib/imports/schemas";
import { countyViewSchema, prefectureViewSchema, referenceDataSchema } from "@/lib/jurisdictions/schemas";
import { escalationSchema, testResultAnswerSchema, testResultViewSchema } from "@/lib/lab-results/schemas";
import { matchesCheckSchema, openedAssistSchema, personMatchSchema, personMergeSchema, personViewSchema, rowMatchesSchema } from "@/lib/persons/schemas";
import { policyPreviewSchema, policyVersionListSchema, policyVersionViewSchema } from "@/lib/policy/schemas";
import { screeningItemViewSchema, screeningPageSchema } from "@/lib/screening/schemas";
import { siteDetailSchema, sitePageSchema, siteViewSchema } from "@/lib/sites/schemas";
import { personTasksSchema, tasksSchema, testTaskSchema } from "@/lib/tasks/schemas";
import { bulkAnswerSchema } from "@/lib/bulk/schemas";
import { assigneeAnswerSchema } from "@/lib/assignment/assign-staff";
import { transferPageSchema, transferViewSchema } from "@/lib/transfers/schemas";

/** {error: {code, message, fields?, matches?}}, the message in the user's language. */
export const errorAnswerSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum([...(Object.keys(ERROR_STATUS) as (keyof typeof ERROR_STATUS)[]), "INTERNAL"]),
    /** In the user's language (NEXT_LOCALE cookie, else Accept-Language; Chinese by default). */
    message: z.string(),
    fields: z.array(z.strictObject({ path: z.string().meta({ description: "Dotted path, e.g. contacts.3.idNumber" }), message: z.string() })).optional(),
    /** MATCHES_FOUND, ALREADY_A_CASE, ACTIVE_CONTACT: what was found per row, nothing saved. */
    matches: z.array(rowMatchesSchema).optional(),
    /** CONFIRM_WARNINGS: the rows to check; send again with `confirmWarnings: true` to save. */
    warnings: z.array(z.strictObject({ row: z.number().int(), key: z.string(), sourceLastExposureDate: z.string() })).optional(),
    /** The request's id (X-Request-Id), to quote when reporting a problem. */
    requestId: z.string().optional(),
  }),
});

export const ANSWER_SCHEMAS = {
  Error: errorAnswerSchema,
  Person: personViewSchema,
  PersonMatch: personMatchSchema,
  RowMatches: rowMatchesSchema,
  MatchesCheck: matchesCheckSchema,
  OpenedAssist: openedAssistSchema,
  PersonMerge: personMergeSchema,
  Assist: assistViewSchema,
  AssistPage: assistPageSchema,
  Transfer: transferViewSchema,
  TransferPage: transferPageSchema,
  PlannedPhase: plannedPhaseSchema,
  PlannedTest: plannedTestSchema,
  IsolationPlan: isolationPlanSchema,
  Plan: planViewSchema,
  PhaseExtension: phaseExtensionViewSchema,
  PlanWithExtensions: planWithExtensionsSchema,
  TrackEntry: trackEntryViewSchema,
  Case: caseViewSchema,
  RegisteredCase: registeredCaseSchema,
  CaseContact: caseContactSchema,
  CaseDetail: caseDetailSchema,
  CasePage: casePageSchema,
  RemovedTrackEntry: removedTrackEntrySchema,
  ContactListItem: contactListItemSchema,
  ContactPage: contactPageSchema,
  TestResult: testResultViewSchema,
  HealthCheck: healthCheckViewSchema,
  ContactDetail: contactDetailSchema,
  RegisteredContacts: registeredContactsSchema,
  Escalation: escalationSchema,
  TestResultAnswer: testResultAnswerSchema,
  Site: siteViewSchema,
  SiteDetail: siteDetailSchema,
  SitePage: sitePageSchema,
  TestTask: testTaskSchema,
  PersonTasks: personTasksSchema,
  Tasks: tasksSchema,
  BulkAnswer: bulkAnswerSchema,
  Assignee: assigneeAnswerSchema,
  Figures: figuresSchema,
  Dashboard: dashboardSchema,
  DashboardSeries: seriesAnswerSchema,
  ChainGraph: chainGraphSchema,
  CountyChains: countyChainsAnswerSchema,
  Bulletin: bulletinSchema,
  BulletinList: bulletinListSchema,
  PublicBulletin: publicBulletinSchema,
  PublicBulletinList: publicBulletinListSchema,
  Me: meSchema,
  User: userViewSchema,
  UserList: userListSchema,
  PolicyVersion: policyVersionViewSchema,
  PolicyVersionList: policyVersionListSchema,
  PolicyPreview: policyPreviewSchema,
  Prefecture: prefectureViewSchema,
  County: countyViewSchema,
  ReferenceData: referenceDataSchema,
  ScreeningItem: screeningItemViewSchema,
  ScreeningPage: screeningPageSchema,
  ImportRow: importRowSchema,
  ImportPreview: importPreviewSchema,
  ImportCommit: importCommitSchema,
  PositiveConfirmed: positiveConfirmedSchema,
} satisfies Record<string, z.ZodType>;

export type AnswerName = keyof typeof ANSWER_SCHEMAS;
