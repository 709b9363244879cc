import { z } from "zod";
import { dateField, PHASE_KIND_VALUES } from "@/lib/validation/fields";
import { countyOut, dateOut, idOut } from "@/lib/validation/answer-fields";

/** GET /api/v1/tasks?date= (defaults to today). */
export const getTasksSchema = z.object({ date: dateField.optional() });
export type GetTasksInput = z.input<typeof getTasksSchema>;

// ------------------------------------------------------------------ answers (on the wire)

const CATEGORIES = ["CLOSE", "SECONDARY", "GENERAL"] as const;
const who = { contactId: idOut, personName: z.string(), category: z.enum(CATEGORIES), countyCode: countyOut };

export const testTaskSchema = z.strictObject({ ...who, date: dateOut, phase: z.enum(PHASE_KIND_VALUES), doubleSample: z.boolean(), pending: z.boolean() });

/** GET /api/v1/tasks: per county in scope, the day's work. */
export const tasksSchema = z.strictObject({
  date: dateOut,
  counties: z.array(
    z.strictObject({
      countyCode: countyOut,
      testsDue: z.array(testTaskSchema),
      overdueTests: z.array(testTaskSchema),
      transfersDue: z.array(
        z.strictObject({ ...who, date: dateOut, from: z.literal("CENTRALIZED_ISOLATION"), to: z.literal("HOME_HEALTH_MONITORING"), siteId: idOut.nullable() }),
      ),
      releasesDue: z.array(z.strictObject({ ...who, releaseDate: dateOut })),
      missingHealthChecks: z.array(z.strictObject({ ...who, date: dateOut, missingSlots: z.array(z.enum(["MORNING", "EVENING"])) })),
    }),
  ),
});
