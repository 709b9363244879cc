import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogue";

type Tree = { readonly [key: string]: unknown };

/** Every leaf of a catalogue as [dotted key, value]. */
function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

/**
 * The argument names of an ICU message: `{name}`, `{n, number}`, and those of
 * `{x, plural|select|selectordinal, …}` including the ones nested in their branches.
 * Branch selectors (one/other/MORNING…) legitimately differ between languages, so only
 * argument names are collected. Follows ICU quoting ('{' … ' is literal, '' is an apostrophe)
 * and throws on unbalanced braces, so a malformed message fails the test too.
 */
function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let i = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };
  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i]!)) i++;
  };
  const word = (pattern: RegExp): string => {
    skipSpace();
    const match = pattern.exec(message.slice(i));
    if (!match) return fail("expected a name");
    i += match[0].length;
    skipSpace();
    return match[0];
  };

  // Text up to the end of the message (top level) or up to the "}" closing a branch.
  function text(inPlural: boolean, nested: boolean): void {
    while (i < message.length) {
      const c = message[i]!;
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") {
          i += 2;
        } else if (next === "{" || next === "}" || (inPlural && next === "#")) {
          const end = message.indexOf("'", i + 1);
          i = end === -1 ? message.length : end + 1;
        } else {
          i++;
        }
      } else if (c === "{") {
        i++;
        argument();
      } else if (c === "}") {
        if (!nested) fail("unbalanced }");
        return;
      } else {
        i++;
      }
    }
    if (nested) fail("unterminated {");
  }

  // After "{": name [, type [, style | branches]] "}".
  function argument(): void {
    names.add(word(/^[\p{L}\p{N}_]+/u));
    if (message[i] === "}") {
      i++;
      return;
    }
    if (message[i] !== ",") fail("expected , or }");
    i++;
    const type = word(/^[a-z]+/);
    if (type === "plural" || type === "selectordinal" || type === "select") {
      if (message[i] !== ",") fail(`expected , after ${type}`);
      i++;
      for (;;) {
        skipSpace();
        if (message[i] === "}") {
          i++;
          return;
        }
        const selector = word(/^(offset:\s*\d+|=?[\p{L}\p{N}_]+)/u);
        if (selector.startsWith("offset:")) continue;
        if (message[i] !== "{") fail(`expected { after ${selector}`);
        i++;
        text(type !== "select", true);
        i++; // the branch's "}"
      }
    }
    // number / date / time with an optional style: skip to the closing brace.
    const end = message.indexOf("}", i);
    if (end === -1) fail("unterminated {");
    i = end + 1;
  }

  text(false, false);
  return [...names].sort();
}

const LOCALES = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];
const namespaces = Object.keys(CATALOGUES.en) as (keyof (typeof CATALOGUES)["en"])[];

describe("message catalogues", () => {
  it("cover both languages with the same namespaces", () => {
    expect(LOCALES.sort()).toEqual(["en", "zh-CN"]);
    expect(Object.keys(CATALOGUES["zh-CN"]).sort()).toEqual([...namespaces].sort());
    expect(leaves(CATALOGUES.en as Tree).length).toBeGreaterThan(0);
  });

  describe.each(namespaces)("namespace %s", (namespace) => {
    const zh = new Map(leaves(CATALOGUES["zh-CN"][namespace] as Tree));
    const en = new Map(leaves(CATALOGUES.en[namespace] as Tree));

    it("has exactly the same nested keys in zh-CN and en", () => {
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it("has a non-empty string for every key in both languages", () => {
      for (const [locale, entries] of [["zh-CN", zh], ["en", en]] as const) {
        for (const [key, value] of entries) {
          expect(typeof value, `${locale} ${namespace}.${key}`).toBe("string");
          expect((value as string).trim(), `${locale} ${namespace}.${key}`).not.toBe("");
        }
      }
    });

    it("uses the same ICU placeholders in zh-CN and en for each key", () => {
      for (const [key, enValue] of en) {
        const zhValue = zh.get(key);
        if (typeof enValue !== "string" || typeof zhValue !== "string") continue; // reported above
        expect(icuArguments(zhValue), `${namespace}.${key}`).toEqual(icuArguments(enValue));
      }
    });
  });
});

describe("icuArguments", () => {
  it.each([
    ["No arguments.", []],
    ["Hello {name}, {count} new", ["count", "name"]],
    ["{n, number} and {d, date, short}", ["d", "n"]],
    ["{count, plural, one {# test of {date}} other {# tests}}", ["count", "date"]],
    ["{slot, select, MORNING {morning} other {}} on {date}", ["date", "slot"]],
    ["It''s '{literal}' {real}", ["real"]],
  ])("%s", (message, expected) => {
    expect(icuArguments(message)).toEqual(expected);
  });

  it.each(["{open", "close}", "{a, select, x {y}"])("rejects %s", (message) => {
    expect(() => icuArguments(message)).toThrow();
  });
});
