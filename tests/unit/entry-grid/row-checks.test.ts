import { describe, expect, it } from "vitest";
import { validateRow, validateRows } from "@/components/entry-grid/row-checks";
import { mapServerErrors, toPayload } from "@/components/entry-grid/payload";
import { goodRow, row, TODAY, validId, wrongCheck } from "./helpers";

describe("validateRow", () => {
  it("accepts a complete row", () => {
    expect(validateRow(goodRow(1).values, "CASE", TODAY)).toEqual({});
  });

  it("requires name, category and both dates (a missing date is answered as the server does: invalid date)", () => {
    const issues = validateRow(row({ identifiedDate: "" }).values, "CASE", TODAY);
    expect(issues).toEqual({
      name: { key: "errors.required" },
      category: { key: "errors.required" },
      lastExposureDate: { key: "errors.invalidDate" },
      identifiedDate: { key: "errors.invalidDate" },
    });
  });

  it("does not ask for a category under a close contact", () => {
    expect(validateRow(goodRow(1, { category: "" }).values, "CONTACT", TODAY)).toEqual({});
  });

  it("checks the ID number's check digit, format and birth date", () => {
    expect(validateRow(goodRow(1, { idNumber: wrongCheck(validId(1)) }).values, "CASE", TODAY).idNumber).toEqual({ key: "registry.errors.idCardCheckDigit" });
    expect(validateRow(goodRow(1, { idNumber: "12345" }).values, "CASE", TODAY).idNumber).toEqual({ key: "registry.errors.idCardFormat" });
    expect(validateRow(goodRow(1, { idNumber: validId(1, "20300101") }).values, "CASE", TODAY).idNumber).toEqual({ key: "registry.errors.idCardBirthDate" });
  });

  it("checks dates: format, real days, not in the future, identified not before exposure", () => {
    const v = (extra: Parameters<typeof goodRow>[1]) => validateRow(goodRow(1, extra).values, "CASE", TODAY);
    expect(v({ lastExposureDate: "8/3" }).lastExposureDate).toEqual({ key: "errors.invalidDate" });
    expect(v({ lastExposureDate: "2026-02-30" }).lastExposureDate).toEqual({ key: "registry.errors.dateImpossible", values: { value: "2026-02-30" } });
    expect(v({ lastExposureDate: "2026-03-11" }).lastExposureDate).toEqual({ key: "registry.errors.exposureInFuture", values: { today: TODAY } });
    expect(v({ identifiedDate: "2026-03-11" }).identifiedDate).toEqual({ key: "registry.errors.identifiedInFuture", values: { today: TODAY } });
    expect(v({ lastExposureDate: "2026-03-09", identifiedDate: "2026-03-08" }).identifiedDate).toEqual({
      key: "registry.errors.identifiedBeforeExposure",
      values: { lastExposureDate: "2026-03-09" },
    });
    expect(v({ lastExposureDate: "2026-03-08", identifiedDate: "2026-03-08" })).toEqual({});
  });

  it("reports unrecognized labels (as the server: errors.invalidValue) and a secondary category under a case", () => {
    expect(validateRow(goodRow(1, { sex: "未知" }).values, "CASE", TODAY).sex).toEqual({ key: "errors.invalidValue" });
    expect(validateRow(goodRow(1, { category: "SECONDARY" }).values, "CASE", TODAY).category).toEqual({ key: "registry.errors.secondaryUnderCase" });
  });

  it("checks phone format and lengths", () => {
    expect(validateRow(goodRow(1, { phone: "abc" }).values, "CASE", TODAY).phone).toEqual({ key: "registry.errors.phoneFormat" });
    expect(validateRow(goodRow(1, { name: "名".repeat(51) }).values, "CASE", TODAY).name).toEqual({ key: "errors.tooLong", values: { max: 50 } });
  });
});

describe("validateRows", () => {
  it("skips blank rows and marks the same person entered twice on both rows", () => {
    const a = goodRow(1);
    const blank = row();
    const b = goodRow(1, { name: "别名" });
    const issues = validateRows([a, blank, b], "CASE", TODAY);
    expect(issues.has(blank.key)).toBe(false);
    expect(issues.get(a.key)?.idNumber).toEqual({ key: "registry.errors.duplicateInBatch", values: { row: 1, otherRow: 3 } });
    expect(issues.get(b.key)?.idNumber).toEqual({ key: "registry.errors.duplicateInBatch", values: { row: 3, otherRow: 1 } });
  });

  it("matches people without an ID number by name and phone", () => {
    const a = goodRow(1, { idNumber: "", phone: "13800000000" });
    const b = goodRow(2, { idNumber: "", phone: "13800000000", name: a.values.name });
    expect(validateRows([a, b], "CASE", TODAY).get(b.key)?.phone?.key).toBe("registry.errors.duplicateInBatch");
  });
});

describe("toPayload and mapServerErrors", () => {
  it("sends trimmed values, leaving out empty optional cells and the category under a contact", () => {
    const r = goodRow(1, { phone: " ", sex: "MALE" });
    expect(toPayload([r], "CASE").contacts[0]).toEqual({
      name: r.values.name,
      sex: "MALE",
      idNumber: validId(1),
      phone: undefined,
      category: "CLOSE",
      exposureSetting: undefined,
      lastExposureDate: "2026-03-08",
      identifiedDate: TODAY,
    });
    expect(toPayload([r], "CONTACT").contacts[0]!.category).toBeUndefined();
  });

  it("puts the server's per-row errors back on the rows that were sent", () => {
    const mapped = mapServerErrors(
      { "contacts.1.idNumber": "已登记", "contacts.0.countyCode": "县不对", "contactId": "来源不对", "contacts.7.name": "?" },
      ["a", "b"],
    );
    expect(mapped.cells.get("b")).toEqual({ idNumber: "已登记" });
    expect(mapped.cells.has("a")).toBe(false);
    expect(mapped.other).toEqual(["县不对", "来源不对", "?"]);
  });
});
