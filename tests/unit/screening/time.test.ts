import { describe, expect, it } from "vitest";
import { excelSerialToText } from "@/lib/screening/read-push-list";
import { dueAtOf, formatLocal, localToInstant, minutesLeft, parseDateTime } from "@/lib/screening/time";

describe("screening times", () => {
  it("reads the ways push lists write a time, local to the prefecture unless a zone is given", () => {
    const eight = "2026-03-10T00:00:00.000Z";
    for (const s of ["2026-03-10 08:00", "2026/3/10 8:00", "2026-03-10T08:00", "2026.03.10 08:00:00", "2026-03-10T08:00:00+08:00", "2026-03-10T00:00:00Z"]) {
      expect(parseDateTime(s)?.toISOString(), s).toBe(eight);
    }
    expect(parseDateTime("2026-03-10")?.toISOString()).toBe("2026-03-09T16:00:00.000Z");
    for (const s of ["2026-02-30 08:00", "2026-03-10 24:00", "10/03/2026", "yesterday", ""]) expect(parseDateTime(s), s).toBeNull();
  });

  it("reads Excel serials as wall-clock time", () => {
    expect(excelSerialToText(46091.5)).toBe("2026-03-10 12:00:00");
  });

  it("counts 24 hours to the deadline, in whole minutes either side", () => {
    const pushed = localToInstant("2026-03-10", 8, 0);
    const due = dueAtOf(pushed);
    expect(formatLocal(due)).toBe("2026-03-11 08:00");
    expect(minutesLeft(due, new Date(due.getTime() - 60_000))).toBe(1);
    expect(minutesLeft(due, due)).toBe(0);
    expect(minutesLeft(due, new Date(due.getTime() + 1))).toBe(-1);
    expect(minutesLeft(due, new Date(due.getTime() + 60_000))).toBe(-1);
  });
});
