import { z } from "zod";
import { countyCodeField, dateField, PHASE_KIND_VALUES, uuidField } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut } from "@/lib/validation/answer-fields";

const CATEGORIES = ["CLOSE", "SECONDARY", "GENERAL"] as const;

/** The kinds of open item a person can have on Today, most urgent first. */
export const ITEM_KINDS = ["symptomatic", "placement", "overdueTests", "releaseOverdue", "missedChecks", "transfer", "testsDue", "releaseDue", "healthChecks"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const TODAY_PAGE_SIZE = 50;

/**
 * GET /api/v1/tasks and the Today page (the same filters in the URL). `assignedTo`: a user id,
 * "me" or "none". `countyCode` narrows a prefecture-wide role to one county.
 */
export const getTasksSchema = z.object({
  date: dateField.optional(),
  category: z.enum(CATEGORIES).optional(),
  phase: z.enum(PHASE_KIND_VALUES).optional(),
  siteId: uuidField.optional(),
  assignedTo: z.union([z.literal("me"), z.literal("none"), uuidField]).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  countyCode: countyCodeField.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(TODAY_PAGE_SIZE),
});
export type GetTasksInput = z.input<typeof getTasksSchema>;
export type TaskFilters = z.output<typeof getTasksSchema>;

// ------------------------------------------------------------------ answers (on the wire)

export const testTaskSchema = z.strictObject({ date: dateOut, phase: z.enum(PHASE_KIND_VALUES), doubleSample: z.boolean(), pending: z.boolean() });

const countsShape = Object.fromEntries(ITEM_KINDS.map((k) => [k, z.number().int()])) as Record<ItemKind, z.ZodNumber>;

export const personTasksSchema = z.strictObject({
  contactId: idOut,
  version: z.number().int(),
  personName: z.string(),
  /** Last four characters only, for everyone: enough to tell namesakes apart. */
  idTail: z.string().nullable(),
  phoneTail: z.string().nullable(),
  category: z.enum(CATEGORIES),
  countyCode: countyOut,
  phase: z.enum(PHASE_KIND_VALUES).nullable(),
  siteId: idOut.nullable(),
  siteName: z.string().nullable(),
  assignedToId: idOut.nullable(),
  assignedToName: z.string().nullable(),
  releaseDate: dateOut,
  kinds: z.array(z.enum(ITEM_KINDS)),
  /** The symptomatic check that raised the alert. */
  symptomatic: z.strictObject({ date: dateOut, temperature: z.number(), symptoms: z.array(z.string()) }).nullable(),
  overdueTests: z.array(testTaskSchema.extend({ daysOverdue: z.number().int() })),
  testsDue: z.array(testTaskSchema),
  releaseOverdueDays: z.number().int(),
  missingSlots: z.array(z.enum(["MORNING", "EVENING"])),
  transferSince: dateOut.nullable(),
});

/** GET /api/v1/tasks: a page of people with open items, most urgent first, and the counts. */
export const tasksSchema = z.strictObject({
  date: dateOut,
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  counts: z.strictObject({ people: z.number().int(), ...countsShape }),
  items: z.array(personTasksSchema),
});
export type PersonTasks = z.output<typeof personTasksSchema>;
export type TasksPage = z.output<typeof tasksSchema>;
