// Cell text → the values the registration schemas take. Pure. Anything not recognised is passed
// on as typed, so the schema refuses it with its own message for that row and column.
import zhDomain from "@/lib/i18n/messages/zh-CN/domain.json";
import enDomain from "@/lib/i18n/messages/en/domain.json";
import { isValidIsoDate } from "@/lib/isolation/dates";

const pad = (s: string | number) => String(s).padStart(2, "0");

/** Excel's day 0 (the 1900 date system, with its 1900-02-29 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Dates as people type them into spreadsheets: 2026-11-30, 2026/11/30, 2026.11.30, 20261130,
 * 2026年11月30日, a date with a time, or an Excel date serial (46356 = 2026-11-30).
 * Returns YYYY-MM-DD, or the text unchanged when it is none of these.
 */
export function parseDateCell(text: string): string {
  const t = text.normalize("NFKC").trim();
  if (t === "") return t;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(t);
  m ??= /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(t);
  m ??= /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) {
    const iso = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
    return isValidIsoDate(iso) ? iso : t;
  }
  if (/^\d{1,5}(\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial >= 1 && serial <= 73050) {
      const d = new Date(EXCEL_EPOCH + serial * 86_400_000);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
  }
  return t;
}

const fold = (s: string) => s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "");

type Labels = Record<string, string>;

/** A lookup from labels (Chinese, English, the code itself, extra aliases) to codes. */
function lookup(zh: Labels, en: Labels, extra: Record<string, string> = {}): (text: string) => string {
  const map = new Map<string, string>();
  for (const [code, label] of [...Object.entries(zh), ...Object.entries(en)]) {
    map.set(fold(label), code);
    map.set(fold(code), code);
  }
  for (const [alias, code] of Object.entries(extra)) map.set(fold(alias), code);
  return (text) => map.get(fold(text)) ?? text.trim();
}

export const parseSex = lookup(zhDomain.sex, enDomain.sex, { 男性: "MALE", 女性: "FEMALE", m: "MALE", f: "FEMALE" });
export const parseCategory = lookup(zhDomain.category, enDomain.category, {
  密接: "CLOSE",
  次密接: "SECONDARY",
  一般接触: "GENERAL",
  一般: "GENERAL",
  close: "CLOSE",
  general: "GENERAL",
  secondary: "SECONDARY",
});
export const parseIdType = lookup(zhDomain.idType, enDomain.idType, { 身份证: "RESIDENT_ID", 其他: "OTHER" });
export const parseExposureSetting = lookup(zhDomain.exposureSetting, enDomain.exposureSetting, {
  家庭成员: "HOUSEHOLD",
  同住: "HOUSEHOLD",
  单位: "WORKPLACE",
  同事: "WORKPLACE",
  交通: "TRANSPORT",
  就医: "MEDICAL",
  聚会: "SOCIAL",
});
export const parseTestOutcome = lookup(zhDomain.testResult, enDomain.testResult, {
  阴: "NEGATIVE",
  阳: "POSITIVE",
  "阴性(-)": "NEGATIVE",
  "阳性(+)": "POSITIVE",
  "-": "NEGATIVE",
  "+": "POSITIVE",
  待测: "PENDING",
});

/** A number cell (Ct value), or the text unchanged for the schema to refuse. */
export function parseNumberCell(text: string): number | string {
  const t = text.normalize("NFKC").trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}
