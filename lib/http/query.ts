import type { NextRequest } from "next/server";

/**
 * The query string as a plain object for a service's zod schema. An empty value (`?q=`, as an
 * HTML form sends for an untouched field) means "not given"; for a repeated key the last wins.
 */
export function queryOf(req: NextRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of req.nextUrl.searchParams) {
    if (value.trim() !== "") out[key] = value;
  }
  return out;
}
