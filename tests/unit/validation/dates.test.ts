import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isoDateSchema } from "@/lib/validation/dates";

describe("isoDateSchema", () => {
  it.each(["2026-01-05", "2024-02-29", "2000-02-29", "1999-12-31"])("accepts %s unchanged", (value) => {
    expect(isoDateSchema.parse(value)).toBe(value);
  });

  it.each(["2026-02-30", "2023-02-29", "2026-13-01", "2026-1-5", "2026-01-05T08:00:00+08:00", "", 20260105, null])(
    "rejects %j with the message key date.invalid",
    (value) => {
      const result = isoDateSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["date.invalid"]);
    },
  );

  it("reports the path when used inside an object", () => {
    const body = z.object({ lastExposureDate: isoDateSchema, identifiedDate: isoDateSchema });
    const result = body.safeParse({ lastExposureDate: "2026-01-10", identifiedDate: "2026-02-30" });
    expect(result.error?.issues).toMatchObject([{ path: ["identifiedDate"], message: "date.invalid" }]);
  });
});
