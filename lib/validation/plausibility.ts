// Plausibility rules shared by every form and API route that takes these dates (issue 9,
// docs/decisions/0022-today-by-person.md). Pure; "today" is an argument where needed.
import { z } from "zod";
import { compareDates } from "@/lib/isolation/dates";
import { dateField, isDate } from "./fields";

/** No case, exposure, sample or check of this disease can be dated before it was first reported. */
export const EARLIEST_EVENT_DATE = "2019-12-01";

/** A date of the outbreak's events: a valid date, not before EARLIEST_EVENT_DATE. */
export const eventDateField = dateField.superRefine((value, ctx) => {
  if (isDate(value) && compareDates(value, EARLIEST_EVENT_DATE) < 0) {
    ctx.addIssue({ code: "custom", message: "registry.errors.dateBeforeOutbreak", params: { min: EARLIEST_EVENT_DATE } });
  }
});

/** Symptoms begin before (or on) the day a case is confirmed. */
export function onsetAfterConfirmation(onsetDate: unknown, confirmedDate: unknown): boolean {
  return isDate(onsetDate) && isDate(confirmedDate) && compareDates(onsetDate, confirmedDate) > 0;
}

/** Adds the onset-after-confirmation issue on `onsetDate`. */
export function checkOnset(ctx: z.RefinementCtx, onsetDate: unknown, confirmedDate: unknown): void {
  if (onsetAfterConfirmation(onsetDate, confirmedDate)) ctx.addIssue({ code: "custom", path: ["onsetDate"], message: "registry.errors.onsetAfterConfirmed" });
}

/** A sample taken before the person's last exposure cannot be a test of that exposure. */
export function sampleBeforeExposure(sampleDate: string, lastExposureDate: string): boolean {
  return compareDates(sampleDate, lastExposureDate) < 0;
}

/**
 * A secondary contact exposed to a close contact before that close contact's own last exposure
 * to the case: possible (household) but unlikely, so the user must confirm it.
 */
export function secondaryExposureBeforeSource(secondaryExposure: string, closeContactExposure: string): boolean {
  return compareDates(secondaryExposure, closeContactExposure) < 0;
}
