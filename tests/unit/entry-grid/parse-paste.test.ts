import { describe, expect, it } from "vitest";
import { isCellBlock, parseClipboardTable } from "@/components/entry-grid/parse-paste";
import { normalizeDateText } from "@/components/entry-grid/dates";

describe("parseClipboardTable", () => {
  it("splits tab-separated rows, trimming cells and the trailing newline", () => {
    expect(parseClipboardTable("张三\t男\t 110 \n李四\t女\t120\n")).toEqual([
      ["张三", "男", "110"],
      ["李四", "女", "120"],
    ]);
  });

  it("accepts Windows line ends and drops blank lines", () => {
    expect(parseClipboardTable("a\tb\r\n\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("keeps empty cells in place", () => {
    expect(parseClipboardTable("张三\t\t\t13800000000")).toEqual([["张三", "", "", "13800000000"]]);
  });

  it("reads cells quoted by Excel (inner tabs, newlines and doubled quotes)", () => {
    expect(parseClipboardTable('"王\n五"\t"说""你好"""\tx\n')).toEqual([["王 五", '说"你好"', "x"]]);
  });

  it("treats an unmatched quote as a literal character", () => {
    expect(parseClipboardTable('5" 屏\tx')).toEqual([['5" 屏', "x"]]);
    expect(parseClipboardTable('"abc')).toEqual([['"abc']]);
  });
});

describe("isCellBlock", () => {
  it("is false for a single value, even with a trailing newline", () => {
    expect(isCellBlock("张三")).toBe(false);
    expect(isCellBlock("张三\n")).toBe(false);
    expect(isCellBlock("张三\r\n")).toBe(false);
  });

  it("is true for several cells or rows", () => {
    expect(isCellBlock("张三\t男")).toBe(true);
    expect(isCellBlock("张三\n李四")).toBe(true);
  });
});

describe("normalizeDateText", () => {
  it.each([
    ["2026-03-05", "2026-03-05"],
    ["2026/3/5", "2026-03-05"],
    ["2026.03.5", "2026-03-05"],
    ["2026年3月5日", "2026-03-05"],
    ["20260305", "2026-03-05"],
    ["２０２６－０３－０５", "2026-03-05"],
    [" 2026-3-5 ", "2026-03-05"],
  ])("%j → %s", (input, output) => {
    expect(normalizeDateText(input)).toBe(output);
  });

  it("leaves what it cannot read for validation to report", () => {
    expect(normalizeDateText("3月5日")).toBe("3月5日");
    expect(normalizeDateText("yesterday")).toBe("yesterday");
  });
});
