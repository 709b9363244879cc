// Dates as typed or pasted from spreadsheets (2026/3/5, 2026.3.5, 2026年3月5日, 20260305) are
// rewritten as YYYY-MM-DD; anything else is left as typed for validation to report.
const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

export function normalizeDateText(text: string): string {
  const value = text.normalize("NFKC").trim();
  const m = SEPARATED.exec(value) ?? COMPACT.exec(value);
  if (!m) return value;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}
