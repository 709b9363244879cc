import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/ops/readiness";

// Readiness for load balancers and orchestrators: 200 when the database answers and every
// migration is applied, 503 with the reason otherwise. No sign-in, no personal data.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  const { ready, ...details } = readiness;
  return NextResponse.json(
    { status: ready ? "ready" : "not_ready", ...details },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
