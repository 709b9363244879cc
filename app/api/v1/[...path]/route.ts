import type { NextRequest } from "next/server";
import { errorResponse, requestIdOf, requestLocale } from "@/lib/http/api";
import { notFound } from "@/lib/errors";

/**
 * Any /api/v1 path no route has: a JSON 404 like every other API error, not Next.js's HTML page.
 * proxy.ts answers these first; this keeps the answer right wherever the proxy does not run.
 */
function answer(req: NextRequest) {
  return errorResponse(notFound(), requestLocale(req), requestIdOf(req), "unknown");
}

export { answer as GET, answer as POST, answer as PUT, answer as PATCH, answer as DELETE };
