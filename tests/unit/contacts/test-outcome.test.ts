import { describe, expect, it } from "vitest";
import { outcomeOf } from "@/components/contacts/test-outcome";

describe("outcomeOf (the colour of a scheduled test on the timeline)", () => {
  const today = "2026-03-10";
  it.each([
    ["a positive wins over a negative of the same day", [{ sampleDate: "2026-03-05", result: "NEGATIVE" }, { sampleDate: "2026-03-05", result: "POSITIVE" }], "POSITIVE"],
    ["a negative answers a pending sample", [{ sampleDate: "2026-03-05", result: "PENDING" }, { sampleDate: "2026-03-05", result: "NEGATIVE" }], "NEGATIVE"],
    ["a sample taken and not answered", [{ sampleDate: "2026-03-05", result: "PENDING" }], "PENDING"],
    ["nothing on that day once it is over", [{ sampleDate: "2026-03-04", result: "NEGATIVE" }], "MISSING"],
  ])("%s", (_, results, expected) => {
    expect(outcomeOf("2026-03-05", results, today)).toBe(expected);
  });

  it("is upcoming on its own day and later, missing from the next day on", () => {
    expect(outcomeOf(today, [], today)).toBe("UPCOMING");
    expect(outcomeOf("2026-03-12", [], today)).toBe("UPCOMING");
    expect(outcomeOf("2026-03-09", [], today)).toBe("MISSING");
  });
});
