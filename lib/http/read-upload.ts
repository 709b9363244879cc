import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { readBodyCapped } from "./read-body";

/**
 * A multipart/form-data body with one file of at most `maxBytes`: refused from the declared
 * length, and again while reading (a chunked body declares none), before it is parsed.
 */
export async function readUpload(
  req: NextRequest,
  maxBytes: number,
  tooLarge: () => AppError,
): Promise<{ fields: Record<string, string>; file: { name: string; bytes: Buffer } }> {
  // The form's own parts (boundaries, field names) come on top of the file.
  const limit = maxBytes + 64 * 1024;
  const body = await readBodyCapped(req, limit, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("VALIDATION", "errors.validation", {}, [{ path: "file", key: "errors.required" }]);
  }
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields[name] = value;
    else if (name === "file") file = { name: value.name || "upload", bytes: Buffer.from(await value.arrayBuffer()) };
  }
  if (!file) throw new AppError("VALIDATION", "errors.validation", {}, [{ path: "file", key: "errors.required" }]);
  if (file.bytes.length > maxBytes) throw tooLarge();
  return { fields, file };
}
