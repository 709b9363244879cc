import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/registry.json";
import zh from "@/lib/i18n/messages/zh-CN/registry.json";
import { translate } from "@/lib/i18n/catalogue";
import { parseInput } from "@/lib/validation/parse-input";
import { makeRegisterContactsSchema } from "@/lib/contacts/schemas";
import { AppError } from "@/lib/errors";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : sourceFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

describe("registry messages", () => {
  it("has the same keys in both locales", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("has a message for every registry key the services use, in both locales", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve(__dirname, "../../../lib"))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/"registry\.errors\.([A-Za-z]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/(?:refused|ruleViolation|conflict)\("([A-Za-z]+)"/g)) used.add(m[1]!);
    }
    used.delete("x");
    const known = new Set(Object.keys(en.errors));
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  it("formats with the values the services pass", () => {
    expect(translate("zh-CN", "registry.errors.releaseMissingTests", { count: 2, dates: "2026-03-17, 2026-03-22" })).toBe(
      "尚有 2 次核酸检测无阴性结果（2026-03-17, 2026-03-22），不能解除。",
    );
    expect(translate("en", "registry.errors.healthCheckDuplicate", { date: "2026-03-10", slot: "MORNING" })).toBe(
      "The morning health check of 2026-03-10 is already recorded.",
    );
    expect(translate("zh-CN", "registry.errors.contactNotActive", { status: "BECAME_CASE" })).toContain("已转为病例");
  });
});

describe("parseInput", () => {
  it("turns zod issues into FieldIssues naming rows and fields", () => {
    const schema = makeRegisterContactsSchema("CASE", "2026-03-10");
    let error: unknown;
    try {
      parseInput(schema, { contacts: [{ name: "", category: "CLOSE", lastExposureDate: "2026-02-30", identifiedDate: "2026-03-01" }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual([
      { path: "contacts.0.name", key: "errors.required" },
      { path: "contacts.0.lastExposureDate", key: "registry.errors.dateImpossible", values: { value: "2026-02-30" } },
    ]);
  });
});
