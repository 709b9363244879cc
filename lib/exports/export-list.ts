// Exports of a list to CSV or XLSX (docs/decisions/0016-exports.md): the list's own service
// reads the rows with the caller's permission, county scope and masking; cells are neutralised
// against formula injection; every export is audited (who, which list, which filter, how many
// rows) before the file leaves.
import { NextResponse } from "next/server";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/user";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { auditExport } from "./lists/audit";
import { casesExport } from "./lists/cases";
import { contactsExport } from "./lists/contacts";
import { screeningExport } from "./lists/screening";
import { tasksExport } from "./lists/tasks";
import type { ExportSource } from "./source";
import { toCsv, xlsxStream } from "./write";

export const EXPORT_LISTS = {
  cases: casesExport,
  contacts: contactsExport,
  tasks: tasksExport,
  screening: screeningExport,
  audit: auditExport,
} as const satisfies Record<string, (user: SessionUser, input: unknown, locale: Locale, opts?: ServiceOptions) => Promise<ExportSource>>;
export type ExportList = keyof typeof EXPORT_LISTS;

export const exportFormatSchema = z.object({ format: z.enum(["csv", "xlsx"], { error: "errors.invalidValue" }).default("csv") });
export type ExportFormat = z.output<typeof exportFormatSchema>["format"];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface ExportFile {
  filename: string;
  contentType: string;
  rows: number;
  body: string | ReadableStream<Uint8Array>;
}

export async function exportList(user: SessionUser, list: ExportList, input: unknown, locale: Locale, opts?: ServiceOptions): Promise<ExportFile> {
  const { format } = parseInput(exportFormatSchema, input ?? {});
  const source = await EXPORT_LISTS[list](user, input, locale, opts);
  await recordAudit(opts?.db ?? prisma(), {
    actor: user,
    action: "data.export",
    entity: "Export",
    entityId: list,
    countyCode: user.countyCode,
    after: { list: source.name, format, filter: source.filter, rows: source.rows.length },
  });
  const filename = `${source.name}-${todayFor(opts)}.${format}`;
  return {
    filename,
    contentType: CONTENT_TYPES[format],
    rows: source.rows.length,
    body: format === "csv" ? toCsv(source.columns, source.rows) : xlsxStream(source.columns, source.rows, source.sheet),
  };
}

/** The HTTP answer: a download, never cached. */
export function exportResponse(file: ExportFile): NextResponse {
  return new NextResponse(file.body, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "X-Export-Rows": String(file.rows),
    },
  });
}
