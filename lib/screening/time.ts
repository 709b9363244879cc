// Instants of the screening queue. A push list states local times of the prefecture
// ("2026-03-10 08:30"); the deadline is an instant, 24 hours after the item entered the queue
// (docs/decisions/0019-screening-queue.md).
import { prefectureTimeZone } from "@/lib/env";
import { isValidIsoDate } from "@/lib/isolation/dates";

/** Hours a county has to verify an item from the moment it entered its queue. */
export const SCREENING_HOURS = 24;
/** Attempts that must be recorded before "unreachable" may close an item. */
export const MIN_UNREACHABLE_ATTEMPTS = 3;

const HOUR_MS = 3_600_000;

export function dueAtOf(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + SCREENING_HOURS * HOUR_MS);
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** A wall-clock time in the prefecture as an instant. */
export function localToInstant(date: string, hour: number, minute: number, second = 0, timeZone = prefectureTimeZone()): Date {
  const guess = new Date(`${date}T00:00:00.000Z`).getTime() + ((hour * 60 + minute) * 60 + second) * 1000;
  // Two passes settle the offset across a daylight-saving change.
  let instant = guess - offsetMs(new Date(guess), timeZone);
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

const LOCAL = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A date-time as push lists and forms write it: ISO 8601 with a zone ("2026-03-10T08:30:00+08:00",
 * "…Z"), or a local time of the prefecture ("2026-03-10 08:30", "2026/3/10 8:30", "2026-03-10T08:30",
 * a date alone meaning midnight). Null when it is none of these or not a real time.
 */
export function parseDateTime(value: string): Date | null {
  const s = value.trim();
  if (WITH_ZONE.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) || !isValidIsoDate(s.slice(0, 10)) ? null : d;
  }
  const m = LOCAL.exec(s);
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const [h, min, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isValidIsoDate(date) || h > 23 || min > 59 || sec > 59) return null;
  return localToInstant(date, h, min, sec);
}

/** "2026-03-10 08:30" in the prefecture's time zone. */
export function formatLocal(instant: Date, timeZone = prefectureTimeZone()): string {
  const shifted = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return shifted.toISOString().slice(0, 16).replace("T", " ");
}

/** Whole minutes from `now` to `dueAt`: negative once overdue. */
export function minutesLeft(dueAt: Date, now: Date): number {
  const ms = dueAt.getTime() - now.getTime();
  return ms >= 0 ? Math.floor(ms / 60_000) : -Math.ceil(-ms / 60_000);
}

/** How the time to a deadline reads: "timeLeft" or "overdue" (screening.* messages) with whole hours and minutes. */
export function timeLeftMessage(minutes: number): { key: "timeLeft" | "overdue"; values: { hours: number; minutes: number } } {
  const abs = Math.abs(minutes);
  return { key: minutes < 0 ? "overdue" : "timeLeft", values: { hours: Math.floor(abs / 60), minutes: abs % 60 } };
}
