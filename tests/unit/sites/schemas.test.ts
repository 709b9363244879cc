import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { createSiteSchema } from "@/lib/sites/schemas";

function fieldsOf(input: unknown) {
  try {
    parseInput(createSiteSchema, input);
    return [];
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e.fields;
  }
}

describe("createSiteSchema capacity messages", () => {
  it.each([
    [undefined, { path: "capacity", key: "errors.required" }],
    ["abc", { path: "capacity", key: "errors.invalidValue" }],
    [1.5, { path: "capacity", key: "errors.invalidValue" }],
    [0, { path: "capacity", key: "registry.errors.tooSmall", values: { min: 1 } }],
    [10_001, { path: "capacity", key: "registry.errors.tooLarge", values: { max: 10_000 } }],
  ])("%j", (capacity, issue) => {
    expect(fieldsOf({ name: "A", capacity })).toEqual([issue]);
  });

  it("accepts a whole number of rooms", () => {
    expect(fieldsOf({ name: "A", capacity: 1 })).toEqual([]);
  });
});
