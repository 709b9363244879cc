// POST /api/v1/imports/{id}/preview: the staged file checked again under the mapping, edits and
// decisions the user made; nothing is written.
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/user";
import { loadCase } from "@/lib/cases/load-case";
import type { Db, Prisma } from "@/lib/db";
import type { ImportBatch } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { dbFor, todayFor, type ServiceOptions } from "@/lib/transaction";
import { parseInput } from "@/lib/validation/parse-input";
import { checkContactImport } from "./check-contact-import";
import { checkLabImport } from "./check-lab-import";
import { importView } from "./import-view";
import { loadImport } from "./load-import";
import { importSettingsSchema } from "./settings";

export type ImportOptions = ServiceOptions & { locale?: Locale };

export async function previewOf(db: Db | Prisma.TransactionClient, user: SessionUser, batch: ImportBatch, input: unknown, opts: ImportOptions) {
  const settings = parseInput(importSettingsSchema, input);
  const today = todayFor(opts);
  const locale = opts.locale ?? DEFAULT_LOCALE;
  if (batch.kind === "CONTACTS") {
    const source = await loadCase(db, user, batch.sourceCaseId);
    return importView(batch, await checkContactImport(db, user, batch, source, settings, today), locale);
  }
  return importView(batch, await checkLabImport(db, user, batch, settings, today), locale);
}

export async function previewImport(user: SessionUser, id: string, input: unknown, opts: ImportOptions = {}) {
  const db = dbFor(opts);
  const batch = await loadImport(db, user, id);
  assertCan(user, batch.kind === "CONTACTS" ? "contact:write" : "test:write");
  return previewOf(db, user, batch, input, opts);
}
