import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * The prefecture this installation serves: the one PREFECTURE row of the reference data (seeded
 * by lib/seed/reference-data.ts, renamed by administrators). Its code's first four digits are
 * the prefix of every county code under it (GB/T 2260).
 */
export async function thePrefecture(db: Db) {
  const prefecture = await db.jurisdiction.findFirst({ where: { level: "PREFECTURE" }, orderBy: { code: "asc" } });
  if (!prefecture) throw notFound();
  return prefecture;
}

export function countyPrefixOf(prefectureCode: string): string {
  return prefectureCode.slice(0, 4);
}
