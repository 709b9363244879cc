import { z } from "zod";

/** GET /api/v1/public/bulletins/{id}/export?format= — csv (default) or xlsx. */
export const bulletinExportSchema = z.object({ format: z.enum(["csv", "xlsx"]).optional() });
