// The preview as answered: every row with its cells, status and issues named by row and column,
// messages in the user's language.
import type { ImportBatch } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { translate } from "@/lib/i18n/catalogue";
import type { ColumnDef, Mapping } from "./columns";
import { columnLetter, type Issue } from "./mapped-rows";

export interface ViewRow {
  n: number;
  text: Record<string, string>;
  status: string;
  issues: Issue[];
  parsed?: unknown;
}

export function importView<R extends ViewRow>(
  batch: ImportBatch,
  checked: { defs: ColumnDef[]; mapping: Mapping; missing: ColumnDef[]; ignored: string[]; rows: R[] },
  locale: Locale,
) {
  const headers = batch.headers as string[];
  const label = (d: ColumnDef) => (locale === "en" ? d.en : d.zh);
  const columnName = (field: string | null) => {
    if (!field) return null;
    const col = checked.mapping[field];
    const def = checked.defs.find((d) => d.field === field);
    if (col === null || col === undefined) return def ? label(def) : field;
    return headers[col] || columnLetter(col);
  };
  const counts: Record<string, number> = {};
  for (const r of checked.rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return {
    id: batch.id,
    kind: batch.kind,
    fileName: batch.fileName,
    status: batch.status,
    rowCount: checked.rows.length,
    headers,
    mapping: checked.mapping,
    columns: checked.defs.map((d) => ({ field: d.field, label: label(d), required: d.required })),
    fileIssues: checked.missing.map((d) => translate(locale, "imports.errors.missingColumn", { column: label(d) })),
    notices: checked.ignored.length ? [translate(locale, "imports.notices.ignoredColumns", { columns: checked.ignored.join("、") })] : [],
    counts,
    rows: checked.rows.map((r) => {
      const { n, text, status, issues, parsed: _parsed, ...extra } = r;
      void _parsed;
      return {
        row: n,
        cells: text,
        status,
        issues: issues.map((i) => ({
          field: i.field,
          column: columnName(i.field),
          message: translate(locale, "imports.rowIssue", { row: n, column: columnName(i.field) ?? "—", message: translate(locale, i.key, i.values) }),
        })),
        ...extra,
      };
    }),
  };
}
export type ImportView = ReturnType<typeof importView>;
