import type { Prisma } from "@/lib/db";
import type { Db } from "@/lib/db";
import { countyScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/user";
import { AppError, assertId, notFound } from "@/lib/errors";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import type { Sheet, SheetRow } from "./read-sheet";

export type ImportKind = "CONTACTS" | "LAB_RESULTS";

/** A staged import of the user's county; another county's is not found. */
export async function loadImport(db: Db | Prisma.TransactionClient, user: SessionUser, id: unknown, kind?: ImportKind): Promise<ImportBatch> {
  assertId(id);
  const found = await db.importBatch.findFirst({ where: { id, ...countyScope(user), ...(kind ? { kind } : {}) } });
  if (!found) throw notFound();
  return found;
}

/** Locks the batch for a commit: one commit at a time, and never twice. */
export async function lockStagedImport(tx: Prisma.TransactionClient, user: SessionUser, id: unknown, kind: ImportKind): Promise<ImportBatch> {
  assertId(id);
  await tx.$queryRaw`SELECT 1 FROM "ImportBatch" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const batch = await loadImport(tx, user, id, kind);
  if (batch.status !== "STAGED") throw new AppError("CONFLICT", "imports.errors.alreadyCommitted");
  return batch;
}

export function sheetOf(batch: ImportBatch): Sheet {
  return { headers: batch.headers as string[], rows: batch.rows as unknown as SheetRow[] };
}
