import { describe, expect, it } from "vitest";
import { columnsFor } from "@/components/entry-grid/columns";
import { applyPaste, blankValues, isBlankRow, isHeaderLine, normalizeCell, removeRow } from "@/components/entry-grid/grid-rows";
import { parseClipboardTable } from "@/components/entry-grid/parse-paste";
import { row, TODAY, validId } from "./helpers";

const CASE = columnsFor("CASE");
const CONTACT = columnsFor("CONTACT");
const col = (field: string) => CASE.find((c) => c.field === field)!;

describe("columns", () => {
  it("show the category only under a case", () => {
    expect(CASE.map((c) => c.field)).toEqual(["name", "sex", "idNumber", "phone", "category", "exposureSetting", "lastExposureDate", "identifiedDate", "birthDate", "address", "siteId"]);
    expect(CONTACT.map((c) => c.field)).not.toContain("category");
  });
});

describe("normalizeCell", () => {
  it("maps labels of select columns to enum values and keeps unknown text for validation", () => {
    expect(normalizeCell(col("category"), "密接")).toBe("CLOSE");
    expect(normalizeCell(col("sex"), "女")).toBe("FEMALE");
    expect(normalizeCell(col("exposureSetting"), "同住")).toBe("HOUSEHOLD");
    expect(normalizeCell(col("sex"), "未说明")).toBe("未说明");
  });

  it("rewrites dates and ID numbers", () => {
    expect(normalizeCell(col("lastExposureDate"), "2026/3/8")).toBe("2026-03-08");
    expect(normalizeCell(col("idNumber"), " 513201 19900101 001x ")).toBe("51320119900101001X");
  });
});

describe("blank rows", () => {
  it("a new row is blank although its identified date defaults to today", () => {
    expect(isBlankRow(blankValues(TODAY), TODAY)).toBe(true);
    expect(isBlankRow({ ...blankValues(TODAY), identifiedDate: "2026-03-09" }, TODAY)).toBe(false);
    expect(isBlankRow({ ...blankValues(TODAY), name: "张三" }, TODAY)).toBe(false);
  });
});

describe("applyPaste", () => {
  const block = parseClipboardTable(
    [`王五\t男\t${validId(1)}\t13800000001\t密接\t同住\t2026/3/8`, `赵六\t女\t${validId(2)}\t\t一般接触者\t聚餐\t2026-03-07\t2026-03-09`].join("\n"),
  );

  it("fills from the cell pasted into, rightwards and downwards, adding rows", () => {
    const rows = [row({ name: "张三" })];
    const result = applyPaste(rows, 0, 0, block, CASE, () => row());
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]!.values).toMatchObject({
      name: "王五",
      sex: "MALE",
      idNumber: validId(1),
      phone: "13800000001",
      category: "CLOSE",
      exposureSetting: "HOUSEHOLD",
      lastExposureDate: "2026-03-08",
      identifiedDate: TODAY, // not in the pasted line: the default stays
    });
    expect(result.rows[1]!.values).toMatchObject({ name: "赵六", category: "GENERAL", exposureSetting: "MEAL", identifiedDate: "2026-03-09" });
    expect(result.touched).toEqual([rows[0]!.key, result.rows[1]!.key]);
    expect(rows[0]!.values.name).toBe("张三"); // the input rows are not mutated
  });

  it("starts at any cell and leaves cells left of it alone", () => {
    const rows = [row({ name: "甲" }), row({ name: "乙" }), row({ name: "丙" })];
    const result = applyPaste(rows, 1, 2, [[validId(3), "13900000000"]], CASE, () => row());
    expect(result.rows).toHaveLength(3);
    expect(result.rows[1]!.values).toMatchObject({ name: "乙", idNumber: validId(3), phone: "13900000000" });
    expect(result.rows[2]!.values.idNumber).toBe("");
  });

  it("counts cells beyond the last column and skips a header line", () => {
    const pasted = parseClipboardTable("姓名\t性别\t身份证号\n张三\t男\n");
    const result = applyPaste([row()], 0, 9, [["达萨街 1 号", "", "extra", ""]], CASE, () => row());
    expect(result.ignoredCells).toBe(1);
    const withHeader = applyPaste([row()], 0, 0, pasted, CASE, () => row());
    expect(withHeader.rows).toHaveLength(1);
    expect(withHeader.rows[0]!.values).toMatchObject({ name: "张三", sex: "MALE" });
  });

  it("under a close contact the columns shift: no category", () => {
    const result = applyPaste([row()], 0, 0, [["钱七", "女", validId(4), "", "家庭"]], CONTACT, () => row());
    expect(result.rows[0]!.values).toMatchObject({ name: "钱七", exposureSetting: "HOUSEHOLD", category: "" });
  });
});

describe("isHeaderLine", () => {
  it("recognizes header labels in either language", () => {
    expect(isHeaderLine(["姓名", "性别", "身份证号"])).toBe(true);
    expect(isHeaderLine(["Name", "Sex"])).toBe(true);
    expect(isHeaderLine(["张三", "男"])).toBe(false);
  });
});

describe("removeRow", () => {
  it("keeps one row to type into", () => {
    const only = [row({ name: "x" })];
    const next = removeRow(only, 0, () => row());
    expect(next).toHaveLength(1);
    expect(next[0]!.values.name).toBe("");
  });
});
