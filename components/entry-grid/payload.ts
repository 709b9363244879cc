// Grid rows → the body of registerContacts / registerSecondaryContacts, and the server's
// per-row errors ("contacts.3.idNumber") back onto grid cells.
import { ALL_FIELDS, type FieldName, type GridMode } from "./columns";
import type { GridRow, RowValues } from "./grid-rows";

export interface ContactRowInput {
  name: string;
  sex?: string;
  birthDate?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  category?: string;
  exposureSetting?: string;
  lastExposureDate?: string;
  identifiedDate?: string;
  siteId?: string;
}

/** One row as the server's schema reads it: empty cells are absent (the server says "required"). */
export function toPayloadRow(values: RowValues, mode: GridMode): ContactRowInput {
  const opt = (f: FieldName) => (values[f].trim() === "" ? undefined : values[f].trim());
  return {
    name: values.name.trim(),
    sex: opt("sex"),
    birthDate: opt("birthDate"),
    idNumber: opt("idNumber"),
    phone: opt("phone"),
    address: opt("address"),
    category: mode === "CASE" ? opt("category") : undefined,
    exposureSetting: opt("exposureSetting"),
    lastExposureDate: opt("lastExposureDate"),
    identifiedDate: opt("identifiedDate"),
    siteId: opt("siteId"),
  };
}

export function toPayload(rows: GridRow[], mode: GridMode): { contacts: ContactRowInput[] } {
  return { contacts: rows.map(({ values }) => toPayloadRow(values, mode)) };
}

export type CellMessages = Partial<Record<FieldName, string>>;

export interface MappedErrors {
  /** Messages at grid cells, by row key. */
  cells: Map<string, CellMessages>;
  /** Messages with no cell of their own (another field of a row, or the request as a whole). */
  other: string[];
}

const PATH = /^contacts\.(\d+)\.(\w+)$/;
const isField = (f: string): f is FieldName => (ALL_FIELDS as readonly string[]).includes(f);

/** `submitted` are the row keys in the order they were sent, so index N is submitted[N]. */
export function mapServerErrors(fields: Record<string, string>, submitted: string[]): MappedErrors {
  const cells = new Map<string, CellMessages>();
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const m = PATH.exec(path);
    const key = m ? submitted[Number(m[1])] : undefined;
    if (m && key !== undefined && isField(m[2]!)) {
      cells.set(key, { ...cells.get(key), [m[2]!]: message });
    } else {
      other.push(message);
    }
  }
  return { cells, other };
}
