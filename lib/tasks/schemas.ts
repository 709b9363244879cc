import { z } from "zod";
import { dateField } from "@/lib/validation/fields";

/** GET /api/v1/tasks?date= (defaults to today). */
export const getTasksSchema = z.object({ date: dateField.optional() });
export type GetTasksInput = z.input<typeof getTasksSchema>;
