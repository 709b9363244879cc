import { describe, expect, it } from "vitest";
import { makeRegisterCaseSchema } from "@/lib/cases/schemas";
import { makeRecordTestResultSchema } from "@/lib/lab-results/schemas";
import { eventDateField, onsetAfterConfirmation, sampleBeforeExposure, secondaryExposureBeforeSource } from "@/lib/validation/plausibility";

describe("eventDateField", () => {
  it("refuses dates before 2019-12-01, takes that day", () => {
    expect(eventDateField.safeParse("2019-11-30").success).toBe(false);
    expect(eventDateField.safeParse("2019-12-01").success).toBe(true);
    expect(eventDateField.safeParse("0001-01-01").success).toBe(false);
    const bad = eventDateField.safeParse("2019-11-30");
    expect(bad.error?.issues[0]?.message).toBe("registry.errors.dateBeforeOutbreak");
  });
});

describe("onset and confirmation", () => {
  it("refuses an onset the day after confirmation, takes the same day", () => {
    expect(onsetAfterConfirmation("2026-03-03", "2026-03-02")).toBe(true);
    expect(onsetAfterConfirmation("2026-03-02", "2026-03-02")).toBe(false);
    expect(onsetAfterConfirmation(undefined, "2026-03-02")).toBe(false);
    const schema = makeRegisterCaseSchema("2026-03-10");
    const base = { name: "李四", sex: "MALE", countyCode: "513201", classification: "CONFIRMED", confirmedDate: "2026-03-02" };
    const r = schema.safeParse({ ...base, onsetDate: "2026-03-03" });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["onsetDate", "registry.errors.onsetAfterConfirmed"]);
    expect(schema.safeParse({ ...base, onsetDate: "2026-03-02" }).success).toBe(true);
  });
});

describe("sample dates", () => {
  it("refuses a sample before the last exposure, takes the exposure day", () => {
    expect(sampleBeforeExposure("2026-02-28", "2026-03-01")).toBe(true);
    expect(sampleBeforeExposure("2026-03-01", "2026-03-01")).toBe(false);
  });
  it("refuses a sample tomorrow and before 2019-12-01", () => {
    const schema = makeRecordTestResultSchema("2026-03-10");
    expect(schema.safeParse({ sampleDate: "2026-03-10", result: "NEGATIVE" }).success).toBe(true);
    expect(schema.safeParse({ sampleDate: "2026-03-11", result: "NEGATIVE" }).error?.issues[0]?.message).toBe("registry.errors.dateInFuture");
    expect(schema.safeParse({ sampleDate: "2019-11-30", result: "NEGATIVE" }).error?.issues[0]?.message).toBe("registry.errors.dateBeforeOutbreak");
    expect(schema.safeParse({ sampleDate: "2026-03-10" }).success).toBe(false); // no result chosen
  });
});

describe("secondary exposure before the close contact's own", () => {
  it("warns the day before, not the same day", () => {
    expect(secondaryExposureBeforeSource("2026-02-28", "2026-03-01")).toBe(true);
    expect(secondaryExposureBeforeSource("2026-03-01", "2026-03-01")).toBe(false);
  });
});
