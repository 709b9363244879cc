// The export routes in the OpenAPI document (lib/http/openapi.ts): each takes `format` and the
// query of the list it exports, and answers a file.
import { z } from "zod";
import { auditExportSchema } from "@/lib/audit/filters";
import { listCasesSchema } from "@/lib/cases/schemas";
import { listContactsSchema } from "@/lib/contacts/schemas";
import { listScreeningSchema } from "@/lib/screening/schemas";
import { getTasksSchema } from "@/lib/tasks/schemas";
import type { ApiOperation } from "@/lib/http/openapi";

const format = { format: z.enum(["csv", "xlsx"]).default("csv") };
const all = (schema: z.ZodObject) => schema.omit({ page: true, pageSize: true } as never);

export const exportQuery = {
  content: {
    "text/csv": { schema: { type: "string", description: "UTF-8 with a byte-order mark" } },
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
  },
};

const note = "Every matching row (up to 50,000; more answers 422), masked as for the list; cells starting with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe. Audited.";

export function exportOperations(): ApiOperation[] {
  return [
    { method: "get", path: "/api/v1/exports/cases", operationId: "exportCases", tag: "exports", summary: "The case list as CSV or XLSX", description: note, query: all(listCasesSchema).extend(format), ok: { status: 200, schema: "ExportFile", description: "The file" }, errors: [403, 422] },
    { method: "get", path: "/api/v1/exports/contacts", operationId: "exportContacts", tag: "exports", summary: "The contact list as CSV or XLSX", description: note, query: all(listContactsSchema).extend(format), ok: { status: 200, schema: "ExportFile", description: "The file" }, errors: [403, 422] },
    { method: "get", path: "/api/v1/exports/tasks", operationId: "exportTasks", tag: "exports", summary: "The day's task list as CSV or XLSX", description: note, query: getTasksSchema.extend(format), ok: { status: 200, schema: "ExportFile", description: "The file" }, errors: [403] },
    { method: "get", path: "/api/v1/exports/screening", operationId: "exportScreening", tag: "exports", summary: "The risk-person screening queue as CSV or XLSX (status OPEN by default, or ALL)", description: note, query: all(listScreeningSchema).extend(format), ok: { status: 200, schema: "ExportFile", description: "The file" }, errors: [403, 422] },
    { method: "get", path: "/api/v1/exports/audit", operationId: "exportAudit", tag: "exports", summary: "The audit log or the access log, filtered, as CSV or XLSX (administrators only)", description: note, query: auditExportSchema.extend(format), ok: { status: 200, schema: "ExportFile", description: "The file" }, errors: [403, 422] },
  ];
}
