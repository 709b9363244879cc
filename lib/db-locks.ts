// Row locks for the rest of the current transaction: SELECT … FOR UPDATE, in SQL because
// Prisma's model API has no locking read. Table names are unqualified, so they follow the
// connection's search_path (the per-file test schemas set it; docs/decisions/0003).
import type { Prisma } from "@/lib/db";

/** Locks a contact row; returns its county and version, or null when there is no such row. */
export async function lockContactRow(tx: Prisma.TransactionClient, id: string): Promise<{ countyCode: string; version: number } | null> {
  const rows = await tx.$queryRaw<{ countyCode: string; version: number }[]>`
    SELECT "countyCode", "version" FROM "Contact" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Locks a case row (serializes registrations under one case). */
export async function lockCaseRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

/** Locks an isolation site (capacity checks after it cannot race). */
export async function lockSiteRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "IsolationSite" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

/** Locks the ACTIVE secondary contacts of a close contact, in a stable order. */
export async function lockActiveSecondaries(tx: Prisma.TransactionClient, sourceContactId: string): Promise<void> {
  await tx.$queryRaw`
    SELECT 1 FROM "Contact"
    WHERE "sourceContactId" = ${sourceContactId}::uuid AND "category" = 'SECONDARY' AND "status" = 'ACTIVE'
    ORDER BY "id" FOR UPDATE`;
}
