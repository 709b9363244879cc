import { NextResponse } from "next/server";
import { bulletinExport } from "@/lib/bulletins/export";
import { getPublishedBulletin } from "@/lib/bulletins/list-bulletins";
import { publicRoute } from "@/lib/http/public-route";

/** Public: a published bulletin's figures as CSV (default) or XLSX (`?format=xlsx`). */
export const GET = publicRoute<{ id: string }>(async ({ req, params }) => {
  const file = await bulletinExport(await getPublishedBulletin(params.id), req.nextUrl.searchParams.get("format"));
  return new NextResponse(new Uint8Array(file.bytes), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.name}"` },
  });
});
