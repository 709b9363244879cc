import { idCardCheckChar } from "@/lib/validation/id-card";
import { blankValues, type GridRow, type RowValues } from "@/components/entry-grid/grid-rows";

export const TODAY = "2026-03-10";

/** A valid resident ID number (马尔康市 region code) with its check character. */
export function validId(seq: number, birth = "19900101"): string {
  const first17 = `513201${birth}${String(seq).padStart(3, "0")}`;
  return first17 + idCardCheckChar(first17);
}

export function wrongCheck(id: string): string {
  return id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
}

let n = 0;
export function row(values: Partial<RowValues> = {}): GridRow {
  return { key: `k${++n}`, values: { ...blankValues(TODAY), ...values } };
}

export function goodRow(seq: number, extra: Partial<RowValues> = {}): GridRow {
  return row({ name: `张${seq}`, idNumber: validId(seq), category: "CLOSE", lastExposureDate: "2026-03-08", ...extra });
}
