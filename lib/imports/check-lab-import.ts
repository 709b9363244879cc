// Every row of a laboratory result list checked by the result service's own schema
// (lib/lab-results/schemas.ts) and matched to a person this county manages by the normalized
// document number (lib/persons/identity.ts). Only the user's county is searched, so another
// county's people are never matched or named (docs/decisions/0018-lab-result-matching.md).
import type { SessionUser } from "@/lib/auth/user";
import type { Db, Prisma } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import { fromDbDate } from "@/lib/calendar";
import { makeRecordTestResultSchema, TEST_OUTCOMES, type TestResultData } from "@/lib/lab-results/schemas";
import { ID_TYPES, identityKeyOf, normalizeDocumentNumber, normalizeName } from "@/lib/persons/identity";
import { parseInput } from "@/lib/validation/parse-input";
import { LAB_COLUMNS, type ColumnDef, type Mapping } from "./columns";
import { sheetOf } from "./load-import";
import { columnIssues, effectiveMapping, mapRows, type Issue } from "./mapped-rows";
import type { ImportSettings } from "./settings";

export type LabRowStatus = "MATCHED" | "AMBIGUOUS" | "UNMATCHED" | "ERROR" | "RECORDED";

export interface Candidate {
  contactId: string;
  name: string;
  idNumber: string | null;
  category: "CLOSE" | "SECONDARY" | "GENERAL";
  identifiedDate: string;
}

export interface LabRow {
  n: number;
  text: Record<string, string>;
  status: LabRowStatus;
  issues: Issue[];
  /** MATCHED: the contact the result is recorded for (by document, or picked by the user). */
  contactId?: string;
  matchedBy?: "DOCUMENT" | "PICKED";
  candidates?: Candidate[];
  result?: "NEGATIVE" | "POSITIVE" | "PENDING";
  testResultId?: string;
  parsed?: TestResultData;
}

const candidateSelect = {
  id: true,
  category: true,
  identifiedDate: true,
  person: { select: { name: true, idNumber: true, identityKey: true } },
} as const;

function parseResult(values: Record<string, unknown>, today: string): { parsed?: TestResultData; fields: FieldIssue[] } {
  const { name: _n, idNumber: _i, ...result } = values;
  void _n;
  void _i;
  try {
    return { parsed: parseInput(makeRecordTestResultSchema(today), result), fields: [] };
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return { fields: e.fields };
    throw e;
  }
}

export async function checkLabImport(
  db: Db | Prisma.TransactionClient,
  user: SessionUser,
  batch: ImportBatch,
  settings: ImportSettings,
  today: string,
): Promise<{ defs: ColumnDef[]; mapping: Mapping; missing: ColumnDef[]; ignored: string[]; rows: LabRow[] }> {
  const sheet = sheetOf(batch);
  const mapping = effectiveMapping(sheet, LAB_COLUMNS, settings);
  const { missing, ignored } = columnIssues(sheet, LAB_COLUMNS, mapping);
  const mapped = mapRows(sheet, LAB_COLUMNS, mapping, settings);
  const recorded = (batch.recorded ?? {}) as Record<string, string>;
  const county = batch.countyCode;

  // People under management here: ACTIVE contacts of this county's records.
  const numbers = [...new Set(mapped.rows.map((r) => (typeof r.values.idNumber === "string" ? normalizeDocumentNumber(r.values.idNumber) : "")).filter(Boolean))];
  const keys = numbers.flatMap((num) => ID_TYPES.map((t) => identityKeyOf(t, num)!));
  const names = [...new Set(mapped.rows.map((r) => (typeof r.values.name === "string" ? normalizeName(r.values.name) : "")).filter(Boolean))];
  const picked = [...new Set(settings.assignments.map((a) => a.contactId))];
  const active = { status: "ACTIVE", countyCode: county } as const;
  const [byKey, byName, chosen] = await Promise.all([
    keys.length ? db.contact.findMany({ where: { ...active, person: { identityKey: { in: keys }, mergedIntoId: null } }, select: candidateSelect }) : [],
    names.length ? db.contact.findMany({ where: { ...active, person: { name: { in: names }, mergedIntoId: null } }, select: candidateSelect }) : [],
    picked.length ? db.contact.findMany({ where: { ...active, id: { in: picked } }, select: candidateSelect }) : [],
  ]);
  const asCandidate = (c: (typeof byKey)[number]): Candidate => ({
    contactId: c.id,
    name: c.person.name,
    idNumber: c.person.idNumber,
    category: c.category,
    identifiedDate: fromDbDate(c.identifiedDate),
  });
  const assignments = new Map(settings.assignments.map((a) => [a.row, a.contactId]));
  const missingFields = new Set(missing.map((d) => d.field));

  const rows = mapped.rows.map((r): LabRow => {
    const issues = [...(mapped.issues.get(r.n) ?? [])];
    const base = { n: r.n, text: r.text };
    if (recorded[r.n]) {
      // The result stays on the row, so a confirmed positive is still listed as such.
      const outcome = TEST_OUTCOMES.find((o) => o === r.values.result);
      return { ...base, status: "RECORDED", issues: [], testResultId: recorded[r.n], ...(outcome ? { result: outcome } : {}) };
    }
    const { parsed, fields } = parseResult(r.values, today);
    for (const f of fields) if (!(missingFields.has(f.path) && f.key === "errors.required")) issues.push({ field: f.path.split(".")[0] ?? null, key: f.key, ...(f.values ? { values: f.values } : {}) });
    if (!r.values.name && !missingFields.has("name")) issues.push({ field: "name", key: "errors.required" });
    if (issues.length || missing.length) return { ...base, status: "ERROR", issues };
    const result = parsed!.result;
    const pick = assignments.get(r.n);
    if (pick) {
      const c = chosen.find((x) => x.id === pick);
      if (!c) return { ...base, status: "ERROR", issues: [{ field: "name", key: "imports.errors.pickedNotManaged" }], result };
      return { ...base, status: "MATCHED", issues, contactId: c.id, matchedBy: "PICKED", candidates: [asCandidate(c)], result, parsed };
    }
    const num = typeof r.values.idNumber === "string" ? normalizeDocumentNumber(r.values.idNumber) : "";
    const name = normalizeName(String(r.values.name));
    if (num) {
      const found = byKey.filter((c) => c.person.identityKey?.endsWith(`:${num}`));
      if (found.length === 1 && found[0]!.person.name === name) {
        return { ...base, status: "MATCHED", issues, contactId: found[0]!.id, matchedBy: "DOCUMENT", candidates: found.map(asCandidate), result, parsed };
      }
      // The document matches but the name differs, or two records share the number: the user decides.
      if (found.length) return { ...base, status: "AMBIGUOUS", issues: [{ field: "idNumber", key: "imports.lab.checkMatch" }], candidates: found.map(asCandidate), result, parsed };
    }
    const sameName = byName.filter((c) => c.person.name === name);
    if (sameName.length) return { ...base, status: "AMBIGUOUS", issues: [{ field: "name", key: "imports.lab.sameName" }], candidates: sameName.map(asCandidate), result, parsed };
    return { ...base, status: "UNMATCHED", issues: [{ field: num ? "idNumber" : "name", key: "imports.lab.notManaged" }], result, parsed };
  });
  return { defs: LAB_COLUMNS, mapping, missing, ignored, rows };
}
