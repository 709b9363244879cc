"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action";
import { createScreeningItem } from "@/lib/screening/add-items";
import { importPushList } from "@/lib/screening/import-push-list";
import { recordAttempt } from "@/lib/screening/record-attempt";
import { resolveScreeningItem } from "@/lib/screening/resolve-item";

// Each action authenticates and calls one service, which validates, scopes and checks versions.

function revalidated<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function importPushListAction(form: FormData) {
  return revalidated(
    await runAction(async (user) => {
      const file = form.get("file");
      const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      return importPushList(user, bytes);
    }),
  );
}

export async function createScreeningItemAction(input: unknown) {
  return revalidated(await runAction(async (user) => (await createScreeningItem(user, input)).id));
}

export async function recordAttemptAction(id: string, input: unknown) {
  return revalidated(await runAction(async (user) => (await recordAttempt(user, id, input)).version));
}

export async function resolveScreeningAction(id: string, input: unknown) {
  return revalidated(await runAction(async (user) => {
    const item = await resolveScreeningItem(user, id, input);
    return { status: item.status, contactId: item.contactId };
  }));
}
