import type { NextRequest } from "next/server";
import type { AppError } from "@/lib/errors";

/**
 * A request body of at most `limit` bytes: refused from the declared length, and again while
 * reading (a chunked body declares none), so an oversized body is never held whole. Shared by
 * JSON bodies (lib/http/api.ts `readJson`) and uploads (lib/http/read-upload.ts).
 */
export async function readBodyCapped(req: NextRequest, limit: number, tooLarge: () => AppError) {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}
