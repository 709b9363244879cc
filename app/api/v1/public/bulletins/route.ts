import { NextResponse } from "next/server";
import { listPublishedBulletins } from "@/lib/bulletins/list-bulletins";
import { publicRoute } from "@/lib/http/public-route";

/** Public: the published bulletins (counts and text only), answered without a session. */
export const GET = publicRoute(async () => NextResponse.json({ items: await listPublishedBulletins() }));
