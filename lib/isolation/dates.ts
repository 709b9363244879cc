// Calendar dates as `YYYY-MM-DD` strings. Every computation goes through UTC midnight so the
// result never depends on the process time zone (a server in New York must plan the same
// days as one in Shanghai, including across DST changes).

export interface IsoDateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// setUTCFullYear rather than Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
function utcEpochDay(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

function partsOfEpochDay(epochDay: number): IsoDateParts {
  const t = new Date(epochDay * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function formatParts({ year, month, day }: IsoDateParts): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Date outside years 0001-9999: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Strict parse: exactly `YYYY-MM-DD`, zero-padded, a real calendar day (no 2026-02-30),
 * years 0001-9999. Returns null instead of throwing so callers can choose their own error.
 */
export function parseIsoDate(value: unknown): IsoDateParts | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE_RE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // A day the UTC calendar rolls over (Feb 30 -> Mar 2) is not a real date.
  const back = partsOfEpochDay(utcEpochDay(year, month, day));
  if (back.year !== year || back.month !== month || back.day !== day) return null;
  return { year, month, day };
}

export function isValidIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

function epochDayOf(date: string): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Invalid ISO date: ${JSON.stringify(date)}`);
  return utcEpochDay(parts.year, parts.month, parts.day);
}

/** Days since 1970-01-01 (negative before); handy as a numeric sort or map key. */
export function toEpochDay(date: string): number {
  return epochDayOf(date);
}

export function fromEpochDay(epochDay: number): string {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Not a whole day: ${epochDay}`);
  return formatParts(partsOfEpochDay(epochDay));
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromEpochDay(epochDayOf(date) + days);
}

/** `later - earlier` in calendar days (date-fns order): diffDays("2026-01-03", "2026-01-01") === 2. */
export function diffDays(later: string, earlier: string): number {
  return epochDayOf(later) - epochDayOf(earlier);
}

/** -1, 0 or 1; usable directly as an Array.prototype.sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const d = epochDayOf(a) - epochDayOf(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

function pickDate(sign: 1 | -1, first: string, rest: string[]): string {
  epochDayOf(first); // validate even when there is nothing to compare it with
  return rest.reduce((acc, d) => (compareDates(d, acc) === sign ? d : acc), first);
}

export function maxDate(first: string, ...rest: string[]): string {
  return pickDate(1, first, rest);
}

export function minDate(first: string, ...rest: string[]): string {
  return pickDate(-1, first, rest);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Pinned calendar and digits: a locale default could otherwise yield non-Gregorian years.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar date at instant `now` in `timeZone`. The clock is the caller's: the rule
 * engine never calls this, services pass `new Date()` (or a fixed instant in tests).
 */
export function todayInTimeZone(now: Date, timeZone: string): string {
  if (Number.isNaN(now.getTime())) throw new RangeError("Invalid Date");
  const parts = formatterFor(timeZone).formatToParts(now);
  const pick = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return formatParts({ year: pick("year"), month: pick("month"), day: pick("day") });
}
