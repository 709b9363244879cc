import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";
import { exportList, exportResponse } from "@/lib/exports/export-list";

/** ?format=csv|xlsx and the list's own filters; a download (docs/decisions/0016-exports.md). */
export const GET = apiRoute(async ({ req, user, locale }) => exportResponse(await exportList(user, "screening", queryOf(req), locale)));
