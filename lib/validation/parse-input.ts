// zod issues → FieldIssues with catalogue keys, so routes and services answer the same way.
import type { z } from "zod";
import { type FieldIssue, validationError } from "@/lib/errors";
import { CONTROL_CHARS } from "./fields";

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function isCatalogueKey(message: string): boolean {
  return /^(errors|registry|admin|today)\.[A-Za-z0-9_.]+$/.test(message);
}

function toFieldIssue(issue: z.core.$ZodIssue, input: unknown): FieldIssue {
  const path = issue.path.map(String).join(".");
  if (issue.code === "custom") {
    const key = isCatalogueKey(issue.message) ? issue.message : "errors.invalidValue";
    const params = issue.params as Record<string, string | number> | undefined;
    return params && Object.keys(params).length ? { path, key, values: params } : { path, key };
  }
  if (isCatalogueKey(issue.message)) return { path, key: issue.message };
  switch (issue.code) {
    case "invalid_type":
    // zod 4 reports a missing enum field as invalid_value: absent is "required" there too.
    case "invalid_value":
      return { path, key: valueAt(input, issue.path) === undefined ? "errors.required" : "errors.invalidValue" };
    case "too_big":
      if (issue.origin === "string") return { path, key: "errors.tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { path, key: "registry.errors.tooMany", values: { max: Number(issue.maximum) } };
      return { path, key: "registry.errors.tooLarge", values: { max: Number(issue.maximum) } };
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return { path, key: "errors.required" };
      return { path, key: "registry.errors.tooSmall", values: { min: Number(issue.minimum) } };
    default:
      return { path, key: "errors.invalidValue" };
  }
}

export function toFieldIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.map((issue) => toFieldIssue(issue, input));
}

const MAX_SCAN_DEPTH = 20;

/**
 * Every string in the input (values and keys, at any depth) that holds a control character
 * other than tab and line breaks, by field path. PostgreSQL refuses NUL outright (22021), so
 * this runs before any schema, whatever the schema says about the field.
 */
export function controlCharIssues(input: unknown, path: string[] = [], depth = 0): FieldIssue[] {
  if (typeof input === "string") return CONTROL_CHARS.test(input) ? [{ path: path.join("."), key: "errors.controlCharacter" }] : [];
  if (input === null || typeof input !== "object" || depth > MAX_SCAN_DEPTH) return [];
  const out: FieldIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const at = [...path, key];
    if (CONTROL_CHARS.test(key)) out.push({ path: at.join("."), key: "errors.controlCharacter" });
    else out.push(...controlCharIssues(value, at, depth + 1));
  }
  return out;
}

/** Parses or throws AppError VALIDATION naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const control = controlCharIssues(input);
  const result = schema.safeParse(input);
  if (result.success && !control.length) return result.data;
  const seen = new Set(control.map((i) => i.path));
  const others = result.success ? [] : toFieldIssues(result.error, input).filter((i) => !seen.has(i.path));
  throw validationError([...control, ...others]);
}
