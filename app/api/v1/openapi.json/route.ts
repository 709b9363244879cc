import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";

/**
 * Public on purpose (excluded in proxy.ts's matcher): it describes shapes only, never data, and
 * client generators and API consoles can fetch it before anyone signs in.
 */
export function GET() {
  return NextResponse.json(openApiDocument());
}
