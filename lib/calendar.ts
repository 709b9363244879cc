// @db.Date columns travel as JS Dates at UTC midnight; the domain speaks YYYY-MM-DD strings.
import { prefectureTimeZone } from "@/lib/env";
import { todayInTimeZone } from "@/lib/isolation/dates";

export function toDbDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromDbDateOrNull(date: Date | null | undefined): string | null {
  return date ? fromDbDate(date) : null;
}

/** The calendar date in the prefecture at `now` (injectable for tests). */
export function todayOf(now: Date = new Date()): string {
  return todayInTimeZone(now, prefectureTimeZone());
}
