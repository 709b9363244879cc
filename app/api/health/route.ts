import { NextResponse } from "next/server";

// Liveness: the process serves HTTP. It deliberately does not touch the database, so a
// database outage makes instances unready (/api/ready), not restarted.
export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
