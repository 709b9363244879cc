// What the merge page says will happen, by the rules of lib/persons/merge-persons.ts.
import { describe, expect, it } from "vitest";
import { mergePreview } from "@/components/persons/merge-preview";

type Rec = Parameters<typeof mergePreview>[0];
const person = (over: Partial<Rec["person"]> = {}): Rec["person"] => ({
  id: "p",
  name: "张三",
  sex: "MALE",
  birthDate: null,
  idType: "RESIDENT_ID",
  idNumber: null,
  phone: "13700000001",
  address: null,
  masked: false,
  hidden: [],
  ...over,
});
const contact = (status: "ACTIVE" | "RELEASED") => ({ id: `c-${status}`, status, category: "CLOSE" as const, sourceCaseId: null, lastExposureDate: "2026-03-01", releaseDate: null });
const openCase = { id: "k", status: "UNDER_TREATMENT" as const, classification: "CONFIRMED" as const, confirmedDate: "2026-03-02" };
const rec = (over: Partial<Rec> = {}): Rec => ({ person: person(), identityKey: null, cases: [], contacts: [], ...over });

describe("mergePreview", () => {
  it("refuses two different documents", () => {
    expect(mergePreview(rec({ identityKey: "RESIDENT_ID:1" }), rec({ identityKey: "RESIDENT_ID:2" }))).toEqual({ refused: "DIFFERENT_DOCUMENTS" });
  });

  it("fills the kept record's gaps, keeps its values, and merges two running plans", () => {
    const p = mergePreview(
      rec({ contacts: [contact("ACTIVE")] }),
      rec({ person: person({ idNumber: "X1", phone: "13900000000", address: "某街" }), identityKey: "RESIDENT_ID:X1", contacts: [contact("ACTIVE")] }),
    );
    expect(p).toEqual({
      refused: null,
      lines: [
        { key: "keptValues", fields: ["phone"] },
        { key: "filled", fields: ["idNumber", "address"] },
        { key: "plansMerged" },
        { key: "historyMoves", cases: 0, contacts: 1 },
        { key: "assistsMove" },
        { key: "otherStays" },
      ],
    });
  });

  it("ends running contact plans into an open case, and merges two open cases", () => {
    const p = mergePreview(rec({ cases: [openCase], contacts: [contact("ACTIVE")] }), rec({ cases: [openCase] }));
    expect(p.refused).toBeNull();
    if (p.refused === null) expect(p.lines.map((l) => l.key)).toEqual(["casesMerged", "contactsEnd", "historyMoves", "assistsMove", "otherStays"]);
  });

  it("moves the other record's only running plan to the kept one", () => {
    const p = mergePreview(rec({ contacts: [contact("RELEASED")] }), rec({ contacts: [contact("ACTIVE")] }));
    if (p.refused === null) expect(p.lines.map((l) => l.key)).toContain("planMoves");
  });
});
