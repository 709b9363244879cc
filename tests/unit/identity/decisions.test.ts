// The panel's prediction of what saving a row does: the service's own rule (resolve-match)
// applied to the matches with the user's decision, including a suggestion the user accepted.
import { describe, expect, it } from "vitest";
import { choose, keepDecision, predict, rowStatus, type PublicMatch } from "@/components/identity/decisions";

const record = { name: "张三", sex: null, birthDate: null, idType: "RESIDENT_ID" as const, idNumber: null, phone: "13700000001" };
const activePlan: PublicMatch = { kind: "ACTIVE_PLAN", personId: "p1", contactId: "c1", category: "CLOSE", releaseDate: "2026-03-22", record, differences: [] };
const openCase: PublicMatch = { kind: "OPEN_CASE", personId: "p2", caseId: "k2", record, differences: [] };
const history: PublicMatch = { kind: "HISTORY", personId: "p3", caseId: "k3", record, differences: [] };
const possible = (state: "OPEN_CASE" | "ACTIVE_PLAN" | "HISTORY", personId = "p4"): PublicMatch => ({ kind: "POSSIBLE", personId, state, record, differences: [], ...(state === "ACTIVE_PLAN" ? { contactId: "c4" } : {}) });
const otherCounty: PublicMatch = { kind: "OTHER_COUNTY", countyCode: "513221" };

describe("a contact row", () => {
  it("under a running plan here needs MERGE, which “合并为再次暴露” gives", () => {
    expect(rowStatus([activePlan], undefined, "CONTACT")).toBe("UNDECIDED");
    expect(predict([activePlan], choose.merge(undefined), "CONTACT")).toEqual({ action: "MERGE", personId: "p1", contactId: "c1" });
  });

  it("of an open case here is refused whatever is decided", () => {
    expect(predict([openCase], choose.merge(undefined), "CONTACT")).toMatchObject({ action: "REFUSE", code: "ALREADY_A_CASE" });
  });

  it("known with nothing running, or managed by another county, needs no decision", () => {
    expect(predict([history], undefined, "CONTACT")).toEqual({ action: "USE", personId: "p3" });
    expect(predict([otherCounty], undefined, "CONTACT")).toEqual({ action: "CREATE" });
  });

  it("with a name + phone suggestion asks until the user says same or not", () => {
    const m = possible("HISTORY");
    expect(rowStatus([m], undefined, "CONTACT")).toBe("UNDECIDED");
    expect(predict([m], choose.newPerson(), "CONTACT")).toEqual({ action: "CREATE" });
    expect(predict([m], choose.samePerson(m), "CONTACT")).toEqual({ action: "USE", personId: "p4" });
  });

  it("“是同一人” with someone under a running plan merges; with an open case it is refused", () => {
    const running = possible("ACTIVE_PLAN");
    expect(choose.samePerson(running)).toEqual({ personId: "p4", onDuplicate: "MERGE" });
    expect(predict([running], choose.samePerson(running), "CONTACT")).toEqual({ action: "MERGE", personId: "p4", contactId: "c4" });
    const sick = possible("OPEN_CASE");
    expect(predict([sick], choose.samePerson(sick), "CONTACT")).toMatchObject({ action: "REFUSE", code: "ALREADY_A_CASE" });
  });

  it("choosing a suggestion while the document names another record is a conflict", () => {
    const m = possible("HISTORY");
    expect(predict([history, m], choose.samePerson(m), "CONTACT")).toMatchObject({ action: "REFUSE", code: "PERSON_CONFLICT" });
  });
});

describe("a new case", () => {
  it("is refused for a person under a contact plan or with a case here, even a closed one", () => {
    expect(predict([activePlan], undefined, "CASE")).toMatchObject({ action: "REFUSE", code: "ACTIVE_CONTACT" });
    expect(predict([history], undefined, "CASE")).toMatchObject({ action: "REFUSE", code: "ALREADY_A_CASE" });
    expect(predict([{ ...history, caseId: undefined }], undefined, "CASE")).toEqual({ action: "USE", personId: "p3" });
  });
});

describe("keepDecision", () => {
  it("keeps a decision only while the record it names is still among the matches", () => {
    expect(keepDecision({ personId: "p4" }, [possible("HISTORY")])).toEqual({ personId: "p4" });
    expect(keepDecision({ personId: "p4" }, [possible("HISTORY", "p9")])).toBeUndefined();
    expect(keepDecision({ onDuplicate: "MERGE" }, [activePlan])).toEqual({ onDuplicate: "MERGE" });
  });
});
