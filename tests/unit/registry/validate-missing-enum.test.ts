import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFieldIssues } from "@/lib/validation/parse-input";

describe("toFieldIssues for enum fields", () => {
  const schema = z.object({ sex: z.enum(["MALE", "FEMALE"]) });
  const issues = (input: unknown) => {
    const r = schema.safeParse(input);
    return r.success ? [] : toFieldIssues(r.error, input);
  };

  it("an absent value is required", () => {
    expect(issues({})).toEqual([{ path: "sex", key: "errors.required" }]);
  });

  it("a value outside the enum is invalid", () => {
    expect(issues({ sex: "X" })).toEqual([{ path: "sex", key: "errors.invalidValue" }]);
  });
});
