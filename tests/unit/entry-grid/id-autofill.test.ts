import { describe, expect, it } from "vitest";
import { columnsFor } from "@/components/entry-grid/columns";
import { applyPaste, autofillFromId } from "@/components/entry-grid/grid-rows";
import { gridReducer, initialGrid } from "@/components/entry-grid/grid-state";
import { row, TODAY, validId, wrongCheck } from "./helpers";

// Sequence 001 is odd (male), 002 even (female): GB 11643's 17th digit.
describe("autofillFromId", () => {
  it("fills empty sex and birth date from a valid resident ID", () => {
    expect(autofillFromId(row({ idNumber: validId(1, "19850716") }).values)).toMatchObject({ sex: "MALE", birthDate: "1985-07-16" });
    expect(autofillFromId(row({ idNumber: validId(2, "20010203") }).values)).toMatchObject({ sex: "FEMALE", birthDate: "2001-02-03" });
  });

  it("reads a number typed with spaces, full-width digits or a lower-case x", () => {
    const id = validId(1, "19850716");
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(autofillFromId(row({ idNumber: spaced.toLowerCase() }).values)).toMatchObject({ sex: "MALE", birthDate: "1985-07-16" });
  });

  it("keeps what is typed, and leaves an invalid number alone", () => {
    const typed = row({ idNumber: validId(1, "19850716"), sex: "FEMALE", birthDate: "1985-07-17" }).values;
    expect(autofillFromId(typed)).toBe(typed);
    const bad = row({ idNumber: wrongCheck(validId(1, "19850716")) }).values;
    expect(autofillFromId(bad)).toMatchObject({ sex: "", birthDate: "" });
  });
});

describe("in the grid", () => {
  it("fills on typing the ID number, and the filled cells stay editable", () => {
    let state = initialGrid(TODAY, 1);
    state = gridReducer(state, { type: "edit", index: 0, field: "idNumber", value: validId(2, "19700101") });
    expect(state.rows[0]!.values).toMatchObject({ sex: "FEMALE", birthDate: "1970-01-01" });
    state = gridReducer(state, { type: "edit", index: 0, field: "sex", value: "MALE" });
    state = gridReducer(state, { type: "edit", index: 0, field: "birthDate", value: "1970-01-02" });
    expect(state.rows[0]!.values).toMatchObject({ sex: "MALE", birthDate: "1970-01-02" });
  });

  it("re-renders only the row typed in: the other rows keep their identity", () => {
    const state = initialGrid(TODAY, 3);
    const next = gridReducer(state, { type: "edit", index: 1, field: "name", value: "张" });
    expect(next.rows[0]).toBe(state.rows[0]);
    expect(next.rows[2]).toBe(state.rows[2]);
    expect(next.rows[1]).not.toBe(state.rows[1]);
  });

  it("fills pasted rows", () => {
    const result = applyPaste([row()], 0, 0, [["王五", "", validId(3, "19991231")]], columnsFor("CASE"), () => row());
    expect(result.rows[0]!.values).toMatchObject({ name: "王五", sex: "MALE", birthDate: "1999-12-31" });
  });
});
