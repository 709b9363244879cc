"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { assignCaseStaff, assignContactStaff } from "@/lib/assignment/assign-staff";
import { bulkAction, bulkAnswer } from "@/lib/bulk/bulk-action";
import { confirmTransfer } from "@/lib/contacts/confirm-transfer";
import { runAction } from "@/lib/http/action";
import type { Locale } from "@/lib/i18n/config";

/** "Mark transferred" on the task list: centralized isolation → home health monitoring. */
export async function confirmTransferAction(contactId: string, input: unknown) {
  const result = await runAction(async (user) => {
    const contact = await confirmTransfer(user, contactId, input);
    return { version: contact.version };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** The action bar of Today and the contacts list (docs/decisions/0023-bulk-actions.md). */
export async function bulkActionAction(input: unknown) {
  const locale = (await getLocale()) as Locale;
  const result = await runAction(async (user) => bulkAnswer(await bulkAction(user, input), locale));
  if (result.ok && result.data.done.length) revalidatePath("/", "layout");
  return result;
}

/** Work assignment from the contact and case pages (audited; a stale version is refused). */
export async function assignContactStaffAction(contactId: string, input: unknown) {
  const result = await runAction((user) => assignContactStaff(user, contactId, input));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function assignCaseStaffAction(caseId: string, input: unknown) {
  const result = await runAction((user) => assignCaseStaff(user, caseId, input));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
