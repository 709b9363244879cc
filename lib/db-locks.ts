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

/** Locks the ACTIVE secondary contacts of close contacts, in a stable order. */
export async function lockActiveSecondaries(tx: Prisma.TransactionClient, sourceContactIds: string[]): Promise<void> {
  await tx.$queryRaw`
    SELECT 1 FROM "Contact"
    WHERE "sourceContactId" = ANY(${sourceContactIds}::uuid[]) AND "category" = 'SECONDARY' AND "status" = 'ACTIVE'
    ORDER BY "id" FOR UPDATE`;
}

/**
 * Serializes registrations of the same documents in one county until the transaction ends
 * (transaction-scoped advisory locks, taken in a stable order so two batches cannot
 * deadlock). The second of two concurrent registrations of a new person then finds the first
 * one's record and plan instead of creating a second (docs/decisions/0004-identity-model.md).
 */
export async function lockIdentities(tx: Prisma.TransactionClient, countyCode: string, identityKeys: string[]): Promise<void> {
  const keys = [...new Set(identityKeys)].sort().map((key) => `identity:${countyCode}:${key}`);
  if (keys.length === 0) return;
  // One statement for a whole batch (an import holds thousands of documents); the sub-select's
  // order is the order the locks are taken in.
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))::int AS locked
    FROM (SELECT k FROM unnest(${keys}::text[]) AS k ORDER BY k COLLATE "C") AS ordered`;
}

/** Locks a 协查 request (one answer at a time). */
export async function lockAssistRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "AssistRequest" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

/** Locks a transfer request (one answer at a time). */
export async function lockTransferRow(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "TransferRequest" WHERE "id" = ${id}::uuid FOR UPDATE`;
}

/** Locks contact rows in id order (two records merged into one: no deadlock). */
export async function lockContactRows(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort()) await lockContactRow(tx, id);
}

/** Serializes changes of the current policy version (one new version at a time). */
export async function lockPolicyVersions(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended('policy-versions', 0))`;
}
